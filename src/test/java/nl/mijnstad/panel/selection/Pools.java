package nl.mijnstad.panel.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made pools: people described by gender and age only. */
final class Pools {

	private Pools() {
	}

	/** {@code count} candidates with these features, ids prefixed by the features so the pool order is known. */
	static List<Candidate> people(int count, String gender, String age) {
		List<Candidate> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(new Candidate(gender + age + i, Map.of("gender", gender, "age", age)));
		}
		return people;
	}

	@SafeVarargs
	static List<Candidate> pool(List<Candidate>... groups) {
		List<Candidate> pool = new ArrayList<>();
		for (List<Candidate> group : groups) {
			pool.addAll(group);
		}
		return pool;
	}

	static Quota exactly(String category, String value, int count) {
		return new Quota(category, value, count, count);
	}

	static long count(List<Candidate> panel, String category, String value) {
		return panel.stream().filter(c -> value.equals(c.feature(category))).count();
	}

}
