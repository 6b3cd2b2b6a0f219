package nl.mijnstad.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.mijnstad.api.InvalidRequestException;
import nl.mijnstad.vocabulary.Normaliser;

/**
 * A checked submission turned into the rows of its one batched write: vocabulary keys computed, ids generated,
 * and every person it names, so that the write can verify membership in the same statement.
 */
record SubmissionPlan(String gatheringId, Map<String, Object> gathering, List<Map<String, Object>> values,
		List<Map<String, Object>> spearheads, List<Map<String, Object>> ideas, List<String> attendees,
		List<String> people) {

	/** The earliest date accepted for a gathering; the movement started in 2016. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static SubmissionPlan of(GatheringSubmission submission, Normaliser normaliser, LocalDate today) {
		InvalidRequestException.Collector errors = new InvalidRequestException.Collector();
		if (submission.heldOn().isBefore(EARLIEST) || submission.heldOn().isAfter(today.plusDays(1))) {
			errors.add("heldOn", "must be between " + EARLIEST + " and today");
		}
		List<String> attendees = List.copyOf(new LinkedHashSet<>(submission.attendees()));
		if (attendees.size() > submission.participants()) {
			errors.add("attendees", "more attendees (" + attendees.size() + ") than participants ("
					+ submission.participants() + ")");
		}

		List<Map<String, Object>> values = new ArrayList<>();
		Map<String, Integer> valueIndex = new HashMap<>();
		for (int i = 0; i < submission.values().size(); i++) {
			String wording = submission.values().get(i);
			String key = normaliser.key(wording);
			Integer earlier = valueIndex.putIfAbsent(key, i);
			if (key.isEmpty()) {
				errors.add("values[" + i + "]", "has no letters or digits");
			}
			else if (earlier != null) {
				errors.add("values[" + i + "]", "the same value as values[" + earlier + "]");
			}
			else {
				values.add(Map.of("key", key, "label", normaliser.label(wording), "wording", wording, "position", i));
			}
		}

		List<Map<String, Object>> spearheads = new ArrayList<>();
		List<Map<String, Object>> ideas = new ArrayList<>();
		Set<String> people = new LinkedHashSet<>(attendees);
		Map<String, Integer> spearheadIndex = new HashMap<>();
		for (int s = 0; s < submission.spearheads().size(); s++) {
			GatheringSubmission.Spearhead spearhead = submission.spearheads().get(s);
			String field = "spearheads[" + s + "]";
			String key = normaliser.key(spearhead.title());
			Integer earlier = spearheadIndex.putIfAbsent(key, s);
			if (key.isEmpty()) {
				errors.add(field + ".title", "has no letters or digits");
			}
			else if (earlier != null) {
				errors.add(field + ".title", "the same spearhead as spearheads[" + earlier + "]");
			}
			List<String> served = new ArrayList<>();
			for (int v = 0; v < spearhead.values().size(); v++) {
				String valueKey = normaliser.key(spearhead.values().get(v));
				if (!valueIndex.containsKey(valueKey)) {
					errors.add(field + ".values[" + v + "]", "not among the gathering's values");
				}
				else if (!served.contains(valueKey)) {
					served.add(valueKey);
				}
			}
			Map<String, Object> row = new HashMap<>();
			row.put("rank", s + 1);
			row.put("key", key);
			row.put("title", normaliser.label(spearhead.title()));
			row.put("wording", spearhead.title());
			row.put("explanation", spearhead.explanation());
			row.put("values", served);
			spearheads.add(row);
			for (int i = 0; i < spearhead.ideas().size(); i++) {
				GatheringSubmission.Idea idea = spearhead.ideas().get(i);
				List<String> initiators = List.copyOf(new LinkedHashSet<>(idea.initiators()));
				people.addAll(initiators);
				Map<String, Object> ideaRow = new HashMap<>();
				ideaRow.put("id", UUID.randomUUID().toString());
				ideaRow.put("spearhead", key);
				ideaRow.put("position", i);
				ideaRow.put("title", idea.title().strip());
				ideaRow.put("description", idea.description());
				ideaRow.put("status", idea.status().name());
				ideaRow.put("initiators", initiators);
				ideas.add(ideaRow);
			}
		}
		errors.throwIfAny();

		String id = UUID.randomUUID().toString();
		Map<String, Object> gathering = Map.of("id", id, "heldOn", submission.heldOn(), "participants",
				submission.participants());
		return new SubmissionPlan(id, gathering, values, spearheads, ideas, attendees, List.copyOf(people));
	}

	/**
	 * An {@code Idempotency-Key} as stored: per account, so two clients cannot collide. The request hash covers
	 * the network, which is not in the body. Null without a key.
	 */
	static String storedKey(String username, String idempotencyKey) {
		return idempotencyKey == null ? null : username + "\u0000" + idempotencyKey;
	}

	/**
	 * The parameters of {@link GatheringRepository#WRITE} for this plan.
	 *
	 * @param submissionKey the idempotency key as stored (per account), or null
	 * @param requestHash what a replay with the same key must match
	 */
	Map<String, Object> parameters(String network, String submittedBy, String submissionKey, String requestHash) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("network", network);
		parameters.put("people", this.people);
		parameters.put("submissionKey", submissionKey);
		parameters.put("requestHash", requestHash);
		parameters.put("submittedBy", submittedBy);
		parameters.put("gathering", this.gathering);
		parameters.put("attendees", this.attendees);
		parameters.put("values", this.values);
		parameters.put("spearheads", this.spearheads);
		parameters.put("ideas", this.ideas);
		return parameters;
	}

	/** The fields that name a given person, for a 422 that points at each place a non-member appears. */
	static List<String> fieldsNaming(GatheringSubmission submission, Set<String> personIds) {
		List<String> fields = new ArrayList<>();
		for (int a = 0; a < submission.attendees().size(); a++) {
			if (personIds.contains(submission.attendees().get(a))) {
				fields.add("attendees[" + a + "]");
			}
		}
		for (int s = 0; s < submission.spearheads().size(); s++) {
			List<GatheringSubmission.Idea> ideas = submission.spearheads().get(s).ideas();
			for (int i = 0; i < ideas.size(); i++) {
				List<String> initiators = ideas.get(i).initiators();
				for (int p = 0; p < initiators.size(); p++) {
					if (personIds.contains(initiators.get(p))) {
						fields.add("spearheads[" + s + "].ideas[" + i + "].initiators[" + p + "]");
					}
				}
			}
		}
		return fields;
	}

}
