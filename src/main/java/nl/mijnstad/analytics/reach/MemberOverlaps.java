package nl.mijnstad.analytics.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.NetworkOverlap;

import org.springframework.stereotype.Component;

/**
 * The snapshot's overlaps by shared members (already counted from the inverted index over people), sorted once
 * most shared first, so a read with a minimum takes a prefix.
 */
@Component
class MemberOverlaps implements AnalysisPart<List<NetworkOverlap>> {

	static final Comparator<NetworkOverlap> MOST_SHARED_FIRST = Comparator
		.comparingInt(NetworkOverlap::sharedMembers)
		.reversed()
		.thenComparing(Comparator.comparingDouble(NetworkOverlap::jaccard).reversed())
		.thenComparing(NetworkOverlap::a)
		.thenComparing(NetworkOverlap::b);

	@Override
	public List<NetworkOverlap> compute(Snapshot snapshot) {
		List<NetworkOverlap> sorted = new ArrayList<>(snapshot.overlaps());
		sorted.sort(MOST_SHARED_FIRST);
		return List.copyOf(sorted);
	}

}
