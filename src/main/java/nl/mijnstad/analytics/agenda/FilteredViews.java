package nl.mijnstad.analytics.agenda;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The filtered views of one snapshot, kept with it (through {@code Snapshot.part}) so that they die with it, and
 * bounded so that a client walking through every date cannot fill the heap. Least recently used goes first. A view
 * is computed outside the lock: two readers may compute the same view at once, which wastes a little work but never
 * makes one reader wait on another's computation.
 */
final class FilteredViews {

	private final Map<Object, Object> views;

	FilteredViews(int capacity) {
		this.views = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
				return size() > capacity;
			}
		};
	}

	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> computation) {
		synchronized (this.views) {
			Object view = this.views.get(key);
			if (view != null) {
				return (T) view;
			}
		}
		T view = computation.get();
		synchronized (this.views) {
			Object raced = this.views.putIfAbsent(key, view);
			return raced != null ? (T) raced : view;
		}
	}

	int size() {
		synchronized (this.views) {
			return this.views.size();
		}
	}

}
