package nl.mijnstad.analytics.algorithm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks networks not yet reached by how easy they are to reach and how much they would add, as a
 * documented weighted sum whose terms are returned; takes O(N·S + N log N) for N networks with S strata
 * each.
 *
 * <p>score = w_warm · ln(1 + warm paths) + w_rel · relations + w_conn · connectors + w_lift · lift, with
 * lift = Σ_s members_s · max(0, 1 − representationIndex_s) / members. Warm paths are taken on a log scale
 * because the tenth shared member helps far less than the first; relations and connectors are few and
 * each is a real introduction, so they count linearly. Lift is the average, over the network's members,
 * of how far their stratum falls short of proportional representation: a network whose members all live
 * in a district with index 0.4 has lift 0.6 for that dimension; over-represented strata add nothing, and
 * strata without an index (unknown, or without population) add nothing. With districts and age bands
 * both given, lift is at most 2. The default lift weight is 4 rather than 1, so that a network wholly in a
 * stratum reached at half its share (lift 0.5) weighs like one connector; at 1 representation could only
 * break ties. Ties in score are broken by network id.
 */
public final class FrontierScore {

	private final List<FrontierCandidate> candidates;

	private final Map<String, Double> representationIndices;

	private final Weights weights;

	private List<FrontierEntry> result;

	/** Scores with the default weights. */
	public FrontierScore(Collection<FrontierCandidate> candidates, Map<String, Double> representationIndices) {
		this(candidates, representationIndices, Weights.DEFAULTS);
	}

	/**
	 * @param candidates the networks not yet reached, each once
	 * @param representationIndices per stratum, its current representation index, as
	 * {@link Representation#representationIndices()} gives
	 * @param weights the weight of each term
	 */
	public FrontierScore(Collection<FrontierCandidate> candidates, Map<String, Double> representationIndices,
			Weights weights) {
		if (candidates == null || representationIndices == null || weights == null) {
			throw new IllegalArgumentException("candidates, representationIndices and weights must not be null");
		}
		Set<String> networks = new HashSet<>();
		for (FrontierCandidate candidate : candidates) {
			if (candidate == null || !networks.add(candidate.network())) {
				throw new IllegalArgumentException("candidates must not be null or name a network twice, got " + candidate);
			}
		}
		representationIndices.forEach((stratum, index) -> {
			if (stratum == null || index == null || !(index >= 0) || index.isInfinite()) {
				throw new IllegalArgumentException(
						"representation index of '" + stratum + "' must be a finite number, not negative, got " + index);
			}
		});
		this.candidates = List.copyOf(candidates);
		this.representationIndices = Map.copyOf(representationIndices);
		this.weights = weights;
	}

	/** The networks, most promising first, with the terms of their score. */
	public synchronized List<FrontierEntry> ranking() {
		if (this.result == null) {
			List<FrontierEntry> scored = new ArrayList<>(this.candidates.size());
			for (FrontierCandidate candidate : this.candidates) {
				scored.add(score(candidate));
			}
			scored.sort(Comparator.comparingDouble(FrontierEntry::score).reversed().thenComparing(FrontierEntry::network));
			List<FrontierEntry> ranked = new ArrayList<>(scored.size());
			for (int i = 0; i < scored.size(); i++) {
				FrontierEntry entry = scored.get(i);
				ranked.add(new FrontierEntry(i + 1, entry.network(), entry.score(), entry.warmPathsTerm(),
						entry.relationsTerm(), entry.connectorsTerm(), entry.liftTerm()));
			}
			this.result = List.copyOf(ranked);
		}
		return this.result;
	}

	/** The lift of one network: the average shortfall of representation over its members' strata. */
	double lift(FrontierCandidate candidate) {
		if (candidate.members() == 0) {
			return 0.0;
		}
		double shortfall = 0;
		for (Map.Entry<String, Integer> stratum : candidate.membersByStratum().entrySet()) {
			Double index = this.representationIndices.get(stratum.getKey());
			if (index != null) {
				shortfall += stratum.getValue() * Math.max(0.0, 1.0 - index);
			}
		}
		return shortfall / candidate.members();
	}

	private FrontierEntry score(FrontierCandidate candidate) {
		double warm = this.weights.warmPaths() * Math.log1p(candidate.warmPaths());
		double relations = this.weights.relations() * candidate.reachedRelations();
		double connectors = this.weights.connectors() * candidate.connectors();
		double lift = this.weights.lift() * lift(candidate);
		return new FrontierEntry(0, candidate.network(), warm + relations + connectors + lift, warm, relations,
				connectors, lift);
	}

	/**
	 * The weight of each term of the score, each finite and not negative.
	 *
	 * @param warmPaths weight of ln(1 + warm paths) (default 3)
	 * @param relations weight per relation with a reached network (default 2)
	 * @param connectors weight per connector who knows the network (default 2)
	 * @param lift weight of the representation lift (default 4)
	 */
	public record Weights(double warmPaths, double relations, double connectors, double lift) {

		/** 3 · ln(1 + warm) + 2 · relations + 2 · connectors + 4 · lift. */
		public static final Weights DEFAULTS = new Weights(3, 2, 2, 4);

		public Weights {
			for (double weight : new double[] { warmPaths, relations, connectors, lift }) {
				if (!(weight >= 0) || Double.isInfinite(weight)) {
					throw new IllegalArgumentException("weights must be finite and not negative, got " + weight);
				}
			}
		}

	}

}
