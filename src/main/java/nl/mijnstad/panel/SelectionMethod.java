package nl.mijnstad.panel;

/** How a panel is drawn from the eligible pool. */
public enum SelectionMethod {

	/** Flanigan et al. (Nature, 2021): the smallest selection probability is as large as it can be. */
	MAXIMIN,
	/** The Sortition Foundation's original greedy method, for comparison. */
	LEGACY

}
