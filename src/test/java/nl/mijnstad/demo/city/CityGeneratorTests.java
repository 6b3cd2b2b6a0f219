package nl.mijnstad.demo.city;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityGeneratorTests {

	private static DemoCity city;

	@BeforeAll
	static void generate() {
		city = new CityGenerator(new CityPlan(Scale.CITY, 2016)).generate();
	}

	@Test
	void sameScaleAndSeedGiveTheSameCity() {
		assertThat(new CityGenerator(new CityPlan(Scale.CITY, 2016)).generate()).isEqualTo(city);
	}

	@Test
	void anotherSeedGivesAnotherCity() {
		DemoCity other = new CityGenerator(new CityPlan(Scale.CITY, 2017)).generate();
		assertThat(other.networks()).isNotEqualTo(city.networks());
		assertThat(other.people()).isNotEqualTo(city.people());
		assertThat(other.gatherings()).isNotEqualTo(city.gatherings());
		assertThat(other.districts()).as("reference data does not depend on the seed").isEqualTo(city.districts());
	}

	@Test
	void holdsEverythingTheLoaderAndServiceRelyOn() {
		CityInvariants.check(city);
	}

	@Test
	void hasTheSizeOfOneCity() {
		assertThat(city.districts()).hasSize(14);
		assertThat(city.networks()).hasSizeBetween(130, 170);
		assertThat(city.people()).hasSizeBetween(2_700, 3_300);
		assertThat(city.memberships()).hasSizeBetween(4_500, 9_000);
		assertThat(city.gatherings()).hasSizeBetween(70, 90);
		assertThat(city.connectors()).isNotEmpty();
		assertThat(city.relations()).isNotEmpty();
	}

	@Test
	void districtsAreTheRealOnesOfSHertogenbosch() {
		Map<String, Integer> population = city.districts().stream()
			.collect(Collectors.toMap(DemoDistrict::code, DemoDistrict::population));
		assertThat(population).hasSize(14).containsEntry("WK079601", 13895).containsEntry("WK079611", 23170)
			.containsEntry("WK079614", 2850);
		assertThat(population.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(160_760);
		assertThat(city.districts()).extracting(DemoDistrict::name).contains("Binnenstad", "De Groote Wielen", "Vinkel");
		for (DemoDistrict district : city.districts()) {
			assertThat(district.ageBands()).containsOnlyKeys("0-14", "15-24", "25-44", "45-64", "65+");
			assertThat(district.ageBands().values().stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(district.population());
		}
	}

	@Test
	void ageBandsAgreeWithTheKnownFacts() {
		DemoDistrict grooteWielen = district("WK079607");
		double underFifteen = share(grooteWielen, "0-14");
		assertThat(underFifteen + share(grooteWielen, "15-24") / 2).as("about 37% under 20").isBetween(0.33, 0.41);
		assertThat(share(district("WK079605"), "65+")).as("Rosmalen-Zuid").isBetween(0.23, 0.27);
		assertThat(share(district("WK079602"), "65+")).as("Zuidoost").isBetween(0.23, 0.27);
		assertThat(underFifteen).isGreaterThan(share(district("WK079605"), "0-14"));
	}

	@Test
	void peopleLiveWhereThePopulationLivesAndAreOfTheirDistrictsAge() {
		Map<String, Long> residents = city.people().stream().filter(p -> p.districtCode() != null)
			.collect(Collectors.groupingBy(DemoPerson::districtCode, Collectors.counting()));
		assertThat(residents.get("WK079611")).as("West, the largest").isGreaterThan(residents.get("WK079614") * 4);
		double grooteWielen = meanBirthYear("WK079607");
		assertThat(grooteWielen).isGreaterThan(meanBirthYear("WK079605")).isGreaterThan(meanBirthYear("WK079602"));
		assertThat(city.people()).allSatisfy(p -> {
			if (p.birthYear() != null) {
				assertThat(p.birthYear()).isBetween(1920, 2006);
			}
		});
	}

	@Test
	void somePeopleLackADistrictAnEmailOrABirthYear() {
		List<DemoPerson> people = city.people();
		assertThat(people).filteredOn(p -> p.districtCode() == null).hasSizeBetween(50, 300);
		assertThat(people).filteredOn(p -> p.email() == null).hasSizeBetween(300, 1_000);
		assertThat(people).filteredOn(p -> p.birthYear() == null).isNotEmpty();
		assertThat(people).filteredOn(DemoPerson::panelConsent).hasSizeBetween(1_000, 2_000);
		assertThat(people).extracting(DemoPerson::email).filteredOn(e -> e != null).doesNotHaveDuplicates();
		assertThat(people).extracting(DemoPerson::displayName).allMatch(n -> n.matches("\\p{L}+ (v\\. |v\\. d\\. |d\\. )?[A-Z]\\."));
	}

	@Test
	void everyPersonBelongsToOneOrSeveralNetworksAndFewToMany() {
		Map<String, Long> perPerson = city.memberships().stream()
			.collect(Collectors.groupingBy(DemoMembership::personId, Collectors.counting()));
		assertThat(perPerson).hasSize(city.people().size());
		long single = perPerson.values().stream().filter(n -> n == 1).count();
		long many = perPerson.values().stream().filter(n -> n >= 5).count();
		assertThat(single).isGreaterThan(city.people().size() / 3);
		assertThat(many).isBetween(20L, single / 3);
	}

	@Test
	void networkSizesHaveAHeavyTail() {
		List<Long> sizes = city.memberships().stream()
			.collect(Collectors.groupingBy(DemoMembership::networkId, Collectors.counting()))
			.values().stream().sorted().toList();
		long median = sizes.get(sizes.size() / 2);
		assertThat(sizes.getLast()).isGreaterThan(8 * median);
		assertThat(sizes.getFirst()).isLessThan(median / 3);
	}

	@Test
	void aboutHalfTheNetworksAreReached() {
		Set<String> reached = city.gatherings().stream().map(DemoGathering::networkId).collect(Collectors.toSet());
		assertThat((double) reached.size() / city.networks().size()).isBetween(0.4, 0.7);
	}

	@Test
	void carnivalAssociationsArePartOfTheOeteldonkscheClub() {
		Map<String, DemoNetwork> byId = city.networks().stream()
			.collect(Collectors.toMap(DemoNetwork::id, Function.identity()));
		DemoNetwork umbrella = city.networks().stream().filter(n -> n.name().equals("Oeteldonksche Club van 1882"))
			.findFirst().orElseThrow();
		List<DemoNetwork> associations = city.relations().stream()
			.filter(r -> r.type().equals("PART_OF") && r.toNetworkId().equals(umbrella.id()))
			.map(r -> byId.get(r.fromNetworkId())).toList();
		assertThat(associations).isNotEmpty().extracting(DemoNetwork::kind).containsOnly("CARNIVAL");
		assertThat(city.relations()).anyMatch(r -> r.type().equals("WORKS_WITH"));
		assertThat(city.networks()).extracting(DemoNetwork::name).contains("Wijkraad Binnenstad", "Dorpsraad Vinkel",
				"Sportraad Den Bosch");
	}

	@Test
	void networksOfEveryKindAppear() {
		assertThat(city.networks()).extracting(DemoNetwork::kind).containsAll(CityInvariants.KINDS);
		assertThat(city.networks()).filteredOn(n -> n.districtCodes().size() == 1).hasSizeGreaterThan(90);
	}

	@Test
	void sharedValuesEmergeAcrossKindsAndOthersStayWithinAFew() {
		Map<String, String> kindOf = city.networks().stream()
			.collect(Collectors.toMap(DemoNetwork::id, DemoNetwork::kind));
		Map<String, Set<String>> kindsPerValue = new HashMap<>();
		for (DemoGathering gathering : city.gatherings()) {
			for (String value : gathering.values()) {
				kindsPerValue.computeIfAbsent(Folding.fold(value), v -> new HashSet<>()).add(kindOf.get(gathering.networkId()));
			}
		}
		assertThat(kindsPerValue.entrySet()).filteredOn(e -> e.getValue().size() >= 6).isNotEmpty();
		assertThat(kindsPerValue.get("ontmoeting")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(kindsPerValue.entrySet()).filteredOn(e -> e.getValue().size() <= 3).isNotEmpty();
	}

	@Test
	void holdersTypeValuesInDifferentWays() {
		Set<String> wordings = city.gatherings().stream().flatMap(g -> g.values().stream()).collect(Collectors.toSet());
		Set<String> keys = wordings.stream().map(Folding::fold).collect(Collectors.toSet());
		assertThat(wordings).hasSizeGreaterThan(keys.size() + 20);
		assertThat(wordings).anyMatch(w -> !w.equals(w.strip())).anyMatch(w -> Character.isUpperCase(w.charAt(0)));
	}

	@Test
	void gatheringsSubmitOneToSevenSpearheadsWithIdeasMostlyPlannedOrRunning() {
		List<DemoSpearhead> spearheads = city.gatherings().stream().flatMap(g -> g.spearheads().stream()).toList();
		assertThat(city.gatherings()).allSatisfy(g -> assertThat(g.spearheads()).hasSizeBetween(1, 7));
		List<DemoIdea> ideas = spearheads.stream().flatMap(s -> s.ideas().stream()).toList();
		assertThat(ideas).hasSizeGreaterThan(spearheads.size());
		long plannedOrRunning = ideas.stream().filter(i -> i.status().equals("PLANNED") || i.status().equals("RUNNING")).count();
		assertThat(plannedOrRunning).isGreaterThan(ideas.size() * 3L / 4);
		assertThat(ideas).extracting(DemoIdea::status).contains("DONE", "STOPPED");
	}

	private static DemoDistrict district(String code) {
		return city.districts().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}

	private static double share(DemoDistrict district, String band) {
		return (double) district.ageBands().get(band) / district.population();
	}

	private static double meanBirthYear(String code) {
		return city.people().stream().filter(p -> code.equals(p.districtCode()) && p.birthYear() != null)
			.mapToInt(DemoPerson::birthYear).average().orElseThrow();
	}

}
