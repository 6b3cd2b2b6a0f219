package nl.mijnstad.submission;

/** Where an idea stands: only what people do themselves becomes real. */
public enum IdeaStatus {

	PLANNED, RUNNING, DONE, STOPPED

}
