package nl.mijnstad.panel.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pool of candidates, a panel size and quotas: the input every selection method shares. Candidates are put in
 * the order of their ids, so that a seeded method chooses the same panel from the same pool however the pool was
 * read. Candidates who look alike to every quota form one <em>profile</em>; the methods reason about profiles
 * (a few dozen) rather than people (thousands), which is exact because people of one profile are interchangeable.
 */
public final class SelectionProblem {

	private final List<Candidate> pool;

	private final int size;

	private final List<Quota> quotas;

	private final List<List<Integer>> profiles = new ArrayList<>();

	private final int[] profileOf;

	/**
	 * @param pool the eligible candidates, at least {@code size} of them, with distinct ids
	 * @param size how many to select, at least 1
	 * @param quotas at most one per category and value
	 */
	public SelectionProblem(List<Candidate> pool, int size, List<Quota> quotas) {
		if (size < 1) {
			throw new IllegalArgumentException("The panel size must be at least 1, not " + size);
		}
		if (pool.size() < size) {
			throw new IllegalArgumentException("The pool holds " + pool.size() + " candidates, fewer than " + size);
		}
		Set<String> ids = new HashSet<>();
		for (Candidate candidate : pool) {
			if (!ids.add(candidate.id())) {
				throw new IllegalArgumentException("Candidate " + candidate.id() + " is in the pool twice");
			}
		}
		Set<String> keys = new HashSet<>();
		for (Quota quota : quotas) {
			if (!keys.add(quota.category() + "\u0000" + quota.value())) {
				throw new IllegalArgumentException("Two quotas for " + quota.category() + "=" + quota.value());
			}
		}
		this.pool = pool.stream().sorted(Comparator.comparing(Candidate::id)).toList();
		this.size = size;
		this.quotas = List.copyOf(quotas);
		this.profileOf = new int[this.pool.size()];
		Map<List<Boolean>, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < this.pool.size(); i++) {
			Candidate candidate = this.pool.get(i);
			List<Boolean> signature = this.quotas.stream().map(quota -> quota.counts(candidate)).toList();
			int profile = index.computeIfAbsent(signature, key -> {
				this.profiles.add(new ArrayList<>());
				return this.profiles.size() - 1;
			});
			this.profiles.get(profile).add(i);
			this.profileOf[i] = profile;
		}
	}

	public List<Candidate> pool() {
		return this.pool;
	}

	public int size() {
		return this.size;
	}

	public List<Quota> quotas() {
		return this.quotas;
	}

	int profileCount() {
		return this.profiles.size();
	}

	/** Indexes into {@link #pool()} of the candidates with this profile. */
	List<Integer> members(int profile) {
		return this.profiles.get(profile);
	}

	int profileOf(int candidate) {
		return this.profileOf[candidate];
	}

	/** Whether the candidates of this profile count towards this quota. */
	boolean counts(int quota, int profile) {
		return this.quotas.get(quota).counts(this.pool.get(this.profiles.get(profile).get(0)));
	}

}
