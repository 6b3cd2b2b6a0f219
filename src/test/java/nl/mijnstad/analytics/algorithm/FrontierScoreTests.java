package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FrontierScoreTests {

	private final Map<String, Double> indices = Map.of("north", 2.5, "south", 0.5, "west", 0.0, "age-18-25", 0.4);

	@Test
	void scoreIsTheDocumentedSumOfItsTerms() {
		// 10 members: 6 in south (short 0.5), 4 in west (short 1); 5 aged 18-25 (short 0.6).
		// lift = (6·0.5 + 4·1 + 5·0.6) / 10 = 1.0; score = 3 ln 4 + 2·1 + 2·2 + 4·1.0
		FrontierCandidate club = new FrontierCandidate("club", 3, 1, 2, 10,
				Map.of("south", 6, "west", 4, "age-18-25", 5));

		FrontierEntry entry = new FrontierScore(List.of(club), this.indices).ranking().get(0);

		assertThat(entry.rank()).isEqualTo(1);
		assertThat(entry.warmPathsTerm()).isCloseTo(3 * Math.log(4), within(1e-12));
		assertThat(entry.relationsTerm()).isEqualTo(2.0);
		assertThat(entry.connectorsTerm()).isEqualTo(4.0);
		assertThat(entry.liftTerm()).isCloseTo(4.0, within(1e-12));
		assertThat(entry.score()).isCloseTo(3 * Math.log(4) + 2 + 4 + 4, within(1e-12));
	}

	@Test
	void overRepresentedAndUnknownStrataAddNoLift() {
		FrontierCandidate north = new FrontierCandidate("north-club", 0, 0, 0, 8, Map.of("north", 5, "elsewhere", 3));

		assertThat(new FrontierScore(List.of(north), this.indices).ranking().get(0).liftTerm()).isZero();
		FrontierCandidate empty = new FrontierCandidate("empty", 0, 0, 0, 0, Map.of());
		assertThat(new FrontierScore(List.of(empty), this.indices).ranking().get(0).score()).isZero();
	}

	@Test
	void ranksByScoreThenByIdWithUniqueRanks() {
		FrontierCandidate warm = new FrontierCandidate("b-warm", 20, 0, 0, 30, Map.of());
		FrontierCandidate known = new FrontierCandidate("c-known", 0, 1, 1, 30, Map.of());
		FrontierCandidate twin = new FrontierCandidate("a-known", 0, 1, 1, 30, Map.of());
		FrontierCandidate cold = new FrontierCandidate("d-cold", 0, 0, 0, 30, Map.of());

		List<FrontierEntry> ranking = new FrontierScore(List.of(cold, known, warm, twin), this.indices).ranking();

		// warm: 3 ln 21 = 9.13; known and twin: 4
		assertThat(ranking).extracting(FrontierEntry::network).containsExactly("b-warm", "a-known", "c-known", "d-cold");
		assertThat(ranking).extracting(FrontierEntry::rank).containsExactly(1, 2, 3, 4);
	}

	@Test
	void weightsCanBeChanged() {
		FrontierCandidate club = new FrontierCandidate("club", 0, 0, 1, 10, Map.of("west", 10));

		FrontierEntry entry = new FrontierScore(List.of(club), this.indices, new FrontierScore.Weights(3, 2, 0, 1))
			.ranking()
			.get(0);

		assertThat(entry.score()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void rejectsBadInput() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FrontierCandidate("club", 0, 0, 0, 3, Map.of("west", 4)))
			.withMessageContaining("4 members in stratum 'west', but 3 members in all");
		assertThatIllegalArgumentException().isThrownBy(() -> new FrontierCandidate("club", -1, 0, 0, 3, Map.of()));
		FrontierCandidate club = new FrontierCandidate("club", 0, 0, 0, 3, Map.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FrontierScore(List.of(club, club), this.indices))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FrontierScore(List.of(club), Map.of("west", Double.NaN)));
		assertThatIllegalArgumentException().isThrownBy(() -> new FrontierScore.Weights(1, -1, 0, 0));
	}

	@Property
	void rankingDoesNotDependOnInputOrderAndTermsAddUp(@ForAll long seed) {
		Random random = new Random(seed);
		List<FrontierCandidate> candidates = new ArrayList<>();
		for (int n = 0; n < 15; n++) {
			int members = random.nextInt(50);
			int south = (members == 0) ? 0 : random.nextInt(members + 1);
			candidates.add(new FrontierCandidate("n" + n, random.nextInt(4), random.nextInt(3), random.nextInt(3), members,
					Map.of("south", south)));
		}
		List<FrontierCandidate> shuffled = new ArrayList<>(candidates);
		Collections.shuffle(shuffled, random);

		List<FrontierEntry> ranking = new FrontierScore(candidates, this.indices).ranking();

		assertThat(new FrontierScore(shuffled, this.indices).ranking()).isEqualTo(ranking);
		for (FrontierEntry entry : ranking) {
			assertThat(entry.score()).isCloseTo(
					entry.warmPathsTerm() + entry.relationsTerm() + entry.connectorsTerm() + entry.liftTerm(), within(1e-12));
		}
		for (int i = 1; i < ranking.size(); i++) {
			assertThat(ranking.get(i).score()).isLessThanOrEqualTo(ranking.get(i - 1).score());
		}
	}

}
