package nl.mijnstad.demo.city;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the loader and the service rely on in every generated city, whatever its scale and seed: references
 * resolve, one holder per network, and each gathering passes the service's validation.
 */
final class CityInvariants {

	static final Set<String> KINDS = Set.of("SPORT", "CULTURE", "NEIGHBOURHOOD", "BUSINESS", "CARE", "YOUTH", "FAITH",
			"HOBBY", "EDUCATION", "ENVIRONMENT", "CARNIVAL", "POLITICS", "OTHER");

	private static final Pattern EMAIL = Pattern.compile("[a-z.]+\\.\\d+@example\\.org");

	private static final Pattern PHONE = Pattern.compile("\\+31 6 00\\d{6}");

	private CityInvariants() {
	}

	/** A plain check where AssertJ would scan a large collection for every one of a million rows. */
	private static void expect(boolean condition, String what) {
		if (!condition) {
			fail(what);
		}
	}

	static void check(DemoCity city) {
		Set<String> districts = new HashSet<>();
		city.districts().forEach(d -> assertThat(districts.add(d.code())).as(d.code()).isTrue());

		Set<String> networks = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (DemoNetwork network : city.networks()) {
			assertThat(networks.add(network.id())).isTrue();
			assertThat(UUID.fromString(network.id()).version()).isEqualTo(4);
			assertThat(names.add(network.name())).as("unique name %s", network.name()).isTrue();
			assertThat(network.name()).hasSizeLessThanOrEqualTo(200);
			assertThat(network.kind()).isIn(KINDS);
			expect(districts.containsAll(network.districtCodes()), "districts of " + network.name());
		}

		Set<String> people = new HashSet<>();
		for (DemoPerson person : city.people()) {
			assertThat(people.add(person.id())).isTrue();
			expect(person.districtCode() == null || districts.contains(person.districtCode()), person.districtCode());
			expect(person.email() == null || EMAIL.matcher(person.email()).matches(), person.email());
			expect(person.phone() == null || PHONE.matcher(person.phone()).matches(), person.phone());
		}

		Map<String, Set<String>> members = new HashMap<>();
		Map<String, Integer> holders = new HashMap<>();
		for (DemoMembership membership : city.memberships()) {
			expect(people.contains(membership.personId()), "member " + membership);
			expect(networks.contains(membership.networkId()), "network of " + membership);
			expect(membership.role().equals("MEMBER") || membership.role().equals("HOLDER"), membership.role());
			expect(membership.since().isBefore(CityGenerator.FIRST_GATHERING), "since " + membership);
			boolean fresh = members.computeIfAbsent(membership.networkId(), n -> new HashSet<>()).add(membership.personId());
			expect(fresh, "a person is a member of a network once: " + membership);
			if (membership.role().equals("HOLDER")) {
				holders.merge(membership.networkId(), 1, Integer::sum);
			}
		}
		assertThat(holders).as("one holder per network").hasSize(networks.size()).allSatisfy((n, count) -> assertThat(count).isEqualTo(1));

		for (DemoConnector connector : city.connectors()) {
			expect(people.contains(connector.personId()) && networks.contains(connector.networkId()), connector.toString());
		}
		assertThat(new HashSet<>(city.connectors())).hasSameSizeAs(city.connectors());
		for (DemoRelation relation : city.relations()) {
			expect(networks.contains(relation.fromNetworkId()) && networks.contains(relation.toNetworkId()), relation.toString());
			assertThat(relation.fromNetworkId()).isNotEqualTo(relation.toNetworkId());
			assertThat(relation.type()).isIn("PART_OF", "WORKS_WITH");
		}

		Set<String> gatherings = new HashSet<>();
		LocalDate previous = LocalDate.MIN;
		for (DemoGathering gathering : city.gatherings()) {
			assertThat(gatherings.add(gathering.id())).isTrue();
			assertThat(gathering.heldOn()).isBetween(CityGenerator.FIRST_GATHERING, CityGenerator.LAST_GATHERING)
				.isAfterOrEqualTo(previous);
			previous = gathering.heldOn();
			Set<String> network = members.get(gathering.networkId());
			assertThat(gathering.attendeePersonIds()).isNotEmpty().doesNotHaveDuplicates();
			expect(network.containsAll(gathering.attendeePersonIds()), "attendees are members of " + gathering.networkId());
			assertThat(gathering.participants()).isGreaterThanOrEqualTo(gathering.attendeePersonIds().size());
			checkSubmission(gathering, network);
		}
	}

	/** The limits and rules the service enforces on a submitted gathering. */
	private static void checkSubmission(DemoGathering gathering, Set<String> members) {
		List<String> values = gathering.values();
		assertThat(values).hasSizeBetween(1, 50);
		assertThat(values.stream().map(Folding::fold)).as("values distinct after folding").doesNotHaveDuplicates();
		values.forEach(v -> assertThat(v).isNotBlank().hasSizeLessThanOrEqualTo(200));
		assertThat(gathering.spearheads()).hasSizeBetween(1, 30);
		assertThat(gathering.spearheads().stream().map(s -> Folding.fold(s.title())))
			.as("spearhead titles distinct after folding").doesNotHaveDuplicates();
		for (DemoSpearhead spearhead : gathering.spearheads()) {
			assertThat(spearhead.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(spearhead.explanation()).hasSizeLessThanOrEqualTo(4000);
			assertThat(spearhead.values()).isNotEmpty().isSubsetOf(values);
			assertThat(spearhead.ideas()).hasSizeLessThanOrEqualTo(50);
			for (DemoIdea idea : spearhead.ideas()) {
				assertThat(idea.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
				assertThat(idea.description()).hasSizeLessThanOrEqualTo(4000);
				assertThat(idea.status()).isIn("PLANNED", "RUNNING", "DONE", "STOPPED");
				assertThat(idea.initiatorPersonIds()).isNotEmpty().doesNotHaveDuplicates();
				expect(members.containsAll(idea.initiatorPersonIds()), "initiators are members: " + idea.title());
			}
		}
	}

}
