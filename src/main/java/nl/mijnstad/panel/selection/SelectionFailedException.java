package nl.mijnstad.panel.selection;

/** No panel could be drawn: the quotas cannot be met from this pool (or the greedy method got stuck every time). */
public class SelectionFailedException extends RuntimeException {

	public SelectionFailedException(String message) {
		super(message);
	}

}
