package nl.mijnstad.ideas;

import java.util.ArrayList;
import java.util.List;

import nl.mijnstad.vocabulary.Normaliser;

import org.springframework.stereotype.Component;

/**
 * Keeps the {@link SimilarityIndex} of all ideas, rebuilt once after each change of the ideas (their number,
 * or a recorded change such as a status change or a vocabulary merge), never per request. The check costs one
 * count-store query; several instances sharing one database each notice every change.
 */
@Component
class SimilarIdeas {

	private final IdeaRepository repository;

	private final Normaliser normaliser;

	private volatile Built built;

	private record Built(List<Long> signature, SimilarityIndex index) {
	}

	SimilarIdeas(IdeaRepository repository, Normaliser normaliser) {
		this.repository = repository;
		this.normaliser = normaliser;
	}

	/** The index for the ideas as they are now. */
	SimilarityIndex index() {
		List<Long> signature = this.repository.signature();
		Built current = this.built;
		if (current != null && current.signature().equals(signature)) {
			return current.index();
		}
		synchronized (this) {
			current = this.built;
			if (current == null || !current.signature().equals(signature)) {
				current = new Built(signature, build());
				this.built = current;
			}
			return current.index();
		}
	}

	private SimilarityIndex build() {
		List<SimilarityIndex.Document> documents = new ArrayList<>();
		this.repository.texts(text -> {
			List<String> terms = new ArrayList<>(this.normaliser.terms(text.title()));
			terms.addAll(this.normaliser.terms(text.description()));
			documents.add(new SimilarityIndex.Document(text.id(), text.network(), terms));
		});
		return new SimilarityIndex(documents);
	}

	/** The terms of a search text, as the index knows them. */
	List<String> terms(String text) {
		return this.normaliser.terms(text);
	}

}
