package nl.mijnstad.panel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import nl.mijnstad.privacy.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Invitations that still have to be mailed are the outbox: an INVITED relationship that still carries its token.
 * Delivery reads the address at sending time (it is never copied), mails the Dutch invitation with the personal
 * answer and opt-out links, and then forgets the token. Without {@code spring.mail.host} nothing is mailed and the
 * invitations wait until {@link #deliver} runs with SMTP configured. Every delivery's read of contact data is
 * audited.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
			Locale.forLanguageTag("nl-NL"));

	private static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");

	private static final int BATCH = 500;

	/**
	 * @param delivered invitations mailed by this call
	 * @param pending invitations still waiting
	 * @param mailConfigured whether SMTP is configured at all
	 */
	public record Delivery(int delivered, long pending, boolean mailConfigured) {
	}

	private final Neo4jClient neo4j;

	private final ObjectProvider<JavaMailSender> mail;

	private final PanelProperties properties;

	private final AuditLog audit;

	Outbox(Neo4jClient neo4j, ObjectProvider<JavaMailSender> mail, PanelProperties properties, AuditLog audit) {
		this.neo4j = neo4j;
		this.mail = mail;
		this.properties = properties;
		this.audit = audit;
	}

	/** Mails what waits (of one consultation, or all when {@code consultationId} is null). */
	public Delivery deliver(String consultationId, String actor) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return new Delivery(0, pending(consultationId), false);
		}
		int delivered = 0;
		while (true) {
			List<Map<String, Object>> batch = pendingBatch(consultationId);
			if (batch.isEmpty()) {
				break;
			}
			Set<String> consultations = new LinkedHashSet<>();
			batch.forEach(row -> consultations.add((String) row.get("consultation")));
			consultations.forEach(id -> this.audit.record(actor, "READ_CONTACTS", "consultation:" + id,
					"mail the panel invitations of this consultation"));
			int before = delivered;
			for (Map<String, Object> row : batch) {
				try {
					sender.send(message(sender, row));
					markDelivered((String) row.get("hash"));
					delivered++;
				}
				catch (MailException | MessagingException ex) {
					// The kind of failure only: a mail server's message names the recipient's address, and
					// contact data must not reach the log.
					log.warn("Could not mail a panel invitation; it stays in the outbox ({})",
							ex.getClass().getSimpleName());
				}
			}
			if (delivered == before) {
				break; // the mail server refuses everything now; try again later
			}
		}
		return new Delivery(delivered, pending(consultationId), true);
	}

	public long pending(String consultationId) {
		return this.neo4j.query("""
				MATCH (c:Consultation)-[i:INVITED]->()
				WHERE i.pendingToken IS NOT NULL AND ($id IS NULL OR c.id = $id)
				RETURN count(i)""").bindAll(parameters(consultationId)).fetchAs(Long.class).one().orElse(0L);
	}

	private List<Map<String, Object>> pendingBatch(String consultationId) {
		Map<String, Object> parameters = parameters(consultationId);
		parameters.put("batch", BATCH);
		return List.copyOf(this.neo4j.query("""
				MATCH (c:Consultation)-[i:INVITED]->(p:Person)-[:HAS_CONTACT]->(k:Contact)
				WHERE i.pendingToken IS NOT NULL AND k.email IS NOT NULL AND ($id IS NULL OR c.id = $id)
				RETURN c.id AS consultation, c.title AS title, c.question AS question, c.closesAt AS closesAt,
				       i.tokenHash AS hash, i.pendingToken AS token, p.displayName AS name, k.email AS email
				LIMIT $batch""").bindAll(parameters).fetch().all());
	}

	private void markDelivered(String hash) {
		this.neo4j.query("""
				MATCH ()-[i:INVITED {tokenHash: $hash}]->()
				SET i.mailedAt = datetime()
				REMOVE i.pendingToken""").bind(hash).to("hash").run();
	}

	private MimeMessage message(JavaMailSender sender, Map<String, Object> row) throws MessagingException {
		String base = this.properties.base();
		String token = (String) row.get("token");
		String answer = base + "/r/" + token;
		String optOut = base + "/o/" + token;
		Object closesAt = row.get("closesAt");
		java.time.ZonedDateTime closing = closesAt instanceof java.time.ZonedDateTime zoned ? zoned
				: ((java.time.OffsetDateTime) closesAt).toZonedDateTime();
		String closes = DUTCH.format(closing.withZoneSameInstant(CITY));
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.properties.mailFrom());
		helper.setTo((String) row.get("email"));
		helper.setSubject("Burgerpanel: " + row.get("title"));
		helper.setText("""
				Beste %s,

				Het burgerpanel van Mijn Stad vraagt uw mening:

				%s

				Geef uw antwoord via uw persoonlijke link, tot %s:
				%s

				Wilt u geen uitnodigingen meer ontvangen? Meld u af met één klik:
				%s

				U krijgt dit bericht omdat u toestemming gaf om voor het burgerpanel benaderd te worden.
				Uw antwoord wordt niet aan uw naam of e-mailadres gekoppeld.
				""".formatted(row.get("name"), row.get("question"), closes, answer, optOut));
		message.setHeader("List-Unsubscribe", "<" + optOut + ">");
		return message;
	}

	private static Map<String, Object> parameters(String consultationId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", consultationId);
		return parameters;
	}

}
