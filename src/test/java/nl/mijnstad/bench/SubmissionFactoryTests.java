package nl.mijnstad.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.vocabulary.Normaliser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionFactoryTests {

	private static final Normaliser NORMALISER = new Normaliser();

	private static final SubmissionFactory.Vocabulary VOCABULARY = new SubmissionFactory.Vocabulary(
			List.of("Groen", "Natuur", "Ontmoeting", "Veiligheid", "Gezondheid", "Cultuur", "Duurzaamheid", "Sport"),
			List.of("Meer groen in de wijk", "Een plek om elkaar te ontmoeten", "Veilige fietsroutes",
					"Sporten voor iedereen", "Schone energie", "Cultuur dichtbij"),
			List.of("Buurtakker", "Repaircafé", "Fietsschool"));

	private static SubmissionFactory factory(long seed) {
		return new SubmissionFactory(List.of(new SubmissionFactory.Target("n1", List.of("p1", "p2", "p3", "p4", "p5", "p6")),
				new SubmissionFactory.Target("n2", List.of("q1", "q2"))), VOCABULARY, NORMALISER::key, seed);
	}

	@Test
	void everySubmissionHasFiveValuesFiveRankedSpearheadsAndFiveIdeasByMembers() {
		SubmissionFactory factory = factory(7);
		for (int i = 0; i < 200; i++) {
			SubmissionFactory.Target target = factory.target(i);
			GatheringSubmission submission = factory.next(target);
			Set<String> valueKeys = new HashSet<>();
			submission.values().forEach(v -> valueKeys.add(NORMALISER.key(v)));
			assertThat(valueKeys).hasSize(5);
			assertThat(submission.spearheads()).hasSize(5);
			assertThat(submission.spearheads().stream().map(s -> NORMALISER.key(s.title())).distinct()).hasSize(5);
			assertThat(submission.spearheads().stream().mapToInt(s -> s.ideas().size()).sum()).isEqualTo(5);
			assertThat(submission.spearheads()).allSatisfy(s -> assertThat(s.values()).isNotEmpty()
				.allSatisfy(v -> assertThat(submission.values()).contains(v)));
			assertThat(submission.attendees()).hasSize(Math.min(5, target.members().size()))
				.doesNotHaveDuplicates()
				.allSatisfy(a -> assertThat(target.members()).contains(a));
			assertThat(submission.participants()).isGreaterThanOrEqualTo(submission.attendees().size());
			submission.spearheads().forEach(s -> s.ideas().forEach(idea -> assertThat(target.members())
				.containsAll(idea.initiators())));
		}
	}

	@Test
	void theSameSeedGivesTheSameSubmissions() {
		SubmissionFactory one = factory(42);
		SubmissionFactory other = factory(42);
		IntStream.range(0, 20).forEach(i -> assertThat(one.next(one.target(i))).isEqualTo(other.next(other.target(i))));
	}

	@Test
	void targetsAreTakenRoundRobin() {
		SubmissionFactory factory = factory(1);
		assertThat(factory.target(0).networkId()).isEqualTo("n1");
		assertThat(factory.target(1).networkId()).isEqualTo("n2");
		assertThat(factory.target(2).networkId()).isEqualTo("n1");
	}

}
