package nl.mijnstad.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import nl.mijnstad.submission.GatheringSubmission;
import nl.mijnstad.submission.IdeaStatus;

/**
 * Realistic gathering submissions for the ingest benchmark: for a network that has members, five values, five
 * ranked spearheads each serving one or two of those values, and five ideas (one per spearhead) carried by
 * members, with up to five members as attendees. Wordings come from the vocabulary already in the graph (the
 * demo city's real Dutch values, spearheads and ideas), so the normaliser does its real work. Seeded: the same
 * seed gives the same sequence.
 */
final class SubmissionFactory {

	static final int VALUES = 5;

	static final int SPEARHEADS = 5;

	/** A network and some of its members, who may attend and carry ideas. */
	record Target(String networkId, List<String> members) {

		Target {
			members = List.copyOf(members);
			if (members.isEmpty()) {
				throw new IllegalArgumentException("a target network needs members");
			}
		}

	}

	/** Wordings to draw from; each list needs at least five entries with distinct keys. */
	record Vocabulary(List<String> values, List<String> spearheads, List<String> ideas) {

		Vocabulary {
			values = List.copyOf(values);
			spearheads = List.copyOf(spearheads);
			ideas = List.copyOf(ideas);
		}

	}

	private final List<Target> targets;

	private final Vocabulary vocabulary;

	private final UnaryOperator<String> key;

	private final SplittableRandom random;

	/**
	 * @param key the service's vocabulary key ({@code Normaliser::key}), so that no submission names one value
	 * twice, which the API rightly refuses
	 */
	SubmissionFactory(List<Target> targets, Vocabulary vocabulary, UnaryOperator<String> key, long seed) {
		if (targets.isEmpty()) {
			throw new IllegalArgumentException("no target networks");
		}
		this.targets = List.copyOf(targets);
		this.vocabulary = vocabulary;
		this.key = key;
		this.random = new SplittableRandom(seed);
		if (distinct(vocabulary.values(), Integer.MAX_VALUE).size() < VALUES
				|| distinct(vocabulary.spearheads(), Integer.MAX_VALUE).size() < SPEARHEADS
				|| vocabulary.ideas().isEmpty()) {
			throw new IllegalArgumentException("the vocabulary needs at least five distinct values and spearheads");
		}
	}

	List<Target> targets() {
		return this.targets;
	}

	/** The next submission for the given target. Not thread-safe: one factory per client thread. */
	GatheringSubmission next(Target target) {
		List<String> values = pick(this.vocabulary.values(), VALUES);
		List<String> titles = pick(this.vocabulary.spearheads(), SPEARHEADS);
		List<String> members = target.members();
		List<String> attendees = new ArrayList<>();
		int wanted = Math.min(5, members.size());
		int offset = this.random.nextInt(members.size());
		for (int i = 0; i < wanted; i++) {
			attendees.add(members.get((offset + i) % members.size()));
		}
		List<GatheringSubmission.Spearhead> spearheads = new ArrayList<>();
		for (int s = 0; s < SPEARHEADS; s++) {
			List<String> served = new ArrayList<>(List.of(values.get(s)));
			if (this.random.nextBoolean()) {
				String second = values.get(this.random.nextInt(VALUES));
				if (!served.contains(second)) {
					served.add(second);
				}
			}
			String idea = this.vocabulary.ideas().get(this.random.nextInt(this.vocabulary.ideas().size()));
			String initiator = members.get(this.random.nextInt(members.size()));
			IdeaStatus status = IdeaStatus.values()[this.random.nextInt(2)];
			spearheads.add(new GatheringSubmission.Spearhead(titles.get(s), "Uit de bijeenkomst: " + titles.get(s),
					served, List.of(new GatheringSubmission.Idea(idea, "Wat we zelf gaan doen: " + idea, status,
							List.of(initiator)))));
		}
		LocalDate heldOn = LocalDate.of(2017, 1, 1).plusDays(this.random.nextInt(300));
		return new GatheringSubmission(heldOn, attendees.size() + this.random.nextInt(30), attendees, values,
				spearheads);
	}

	/** The target at a position, round robin. */
	Target target(int i) {
		return this.targets.get(Math.floorMod(i, this.targets.size()));
	}

	private List<String> pick(List<String> wordings, int count) {
		// Draw by a random start and stride-free walk, keeping the first wording of each key.
		int start = this.random.nextInt(wordings.size());
		List<String> rotated = new ArrayList<>(wordings.size());
		for (int i = 0; i < wordings.size(); i++) {
			rotated.add(wordings.get((start + i * 7919) % wordings.size()));
		}
		return distinct(rotated, count);
	}

	private List<String> distinct(List<String> wordings, int count) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String wording : wordings) {
			String k = this.key.apply(wording);
			if (!k.isEmpty()) {
				byKey.putIfAbsent(k, wording);
			}
			if (byKey.size() == count) {
				break;
			}
		}
		return List.copyOf(byKey.values());
	}

}
