package nl.mijnstad.network;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.mijnstad.api.ConflictException;
import nl.mijnstad.api.ForbiddenException;
import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.graph.RetriedOnConflict;
import nl.mijnstad.privacy.AuditLog;
import nl.mijnstad.reference.Districts;
import nl.mijnstad.security.Accounts;
import nl.mijnstad.security.Caller;
import nl.mijnstad.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers networks and their members; the public face of this module. */
@Service
public class Networks {

	private final NetworkRepository repository;

	private final Districts districts;

	private final Accounts accounts;

	private final AuditLog audit;

	Networks(NetworkRepository repository, Districts districts, Accounts accounts, AuditLog audit) {
		this.repository = repository;
		this.districts = districts;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Registers a network; a network holder who registers one becomes its holder. */
	@RetriedOnConflict
	@Transactional
	public Network register(NetworkRegistration registration, Caller caller) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		checkDistricts(registration.districts(), errors);
		errors.throwIfAny();
		String nameKey = nameKey(registration.name());
		if (this.repository.nameTaken(nameKey)) {
			throw new ConflictException("name", "A network named " + registration.name().strip() + " exists already");
		}
		String id = UUID.randomUUID().toString();
		this.repository.create(id, registration, nameKey);
		if (caller.has(Role.NETWORK_HOLDER) && !caller.isAdmin()) {
			this.accounts.grantNetwork(caller.username(), id);
		}
		return get(id);
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public Network get(String id) {
		return this.repository.find(id).orElseThrow(() -> new NotFoundException("network", id));
	}

	@RetriedOnConflict
	@Transactional(readOnly = true)
	public List<Network> list(Boolean reached, NetworkKind kind, int offset, int limit) {
		return this.repository.list(reached, kind, offset, limit);
	}

	/** Adds an existing or a new person to the network; holders only to their own networks. */
	@RetriedOnConflict
	@Transactional
	public Member addMember(String networkId, MemberRegistration member, Caller caller) {
		get(networkId);
		if (caller.has(Role.NETWORK_HOLDER) && !caller.has(Role.CONNECTOR) && !caller.holds(networkId)) {
			throw new ForbiddenException("You hold no network with id " + networkId);
		}
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		member.check(errors);
		if (member.district() != null) {
			if (!this.districts.unknown(Set.of(member.district())).isEmpty()) {
				errors.add("district", "no district with code " + member.district());
			}
		}
		if (member.personId() != null && !this.repository.personExists(member.personId())) {
			errors.add("personId", "no person with this id");
		}
		errors.throwIfAny();
		String personId;
		if (member.personId() != null) {
			personId = member.personId();
			if (this.repository.isMember(personId, networkId)) {
				throw new ConflictException("personId", "This person is a member of the network already");
			}
			this.repository.addExisting(personId, networkId, member.roleOrDefault());
		}
		else {
			personId = UUID.randomUUID().toString();
			this.repository.addNew(personId, networkId, member);
		}
		return this.repository.members(networkId)
			.stream()
			.filter(m -> m.personId().equals(personId))
			.findFirst()
			.map(m -> new Member(m.personId(), m.displayName(), m.district(), m.birthYear(), m.role(), m.since(),
					null, null, m.consent()))
			.orElseThrow();
	}

	/** The members of a network with their contact data, for its holder or an admin; every read is audited. */
	@RetriedOnConflict
	@Transactional
	public List<Member> members(String networkId, Caller caller) {
		get(networkId);
		if (!caller.holds(networkId)) {
			throw new ForbiddenException("You hold no network with id " + networkId);
		}
		this.audit.record(caller.username(), "READ_CONTACTS", "network:" + networkId,
				"network holder views the members of their network");
		return this.repository.members(networkId);
	}

	private void checkDistricts(List<String> codes, InvalidRequestException.Collector errors) {
		Set<String> unknown = this.districts.unknown(codes);
		for (int i = 0; i < codes.size(); i++) {
			if (unknown.contains(codes.get(i))) {
				errors.add("districts[" + i + "]", "no district with code " + codes.get(i));
			}
		}
	}

	/** Names that differ only in case or spacing name the same network (imports match on this key too). */
	public static String nameKey(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
