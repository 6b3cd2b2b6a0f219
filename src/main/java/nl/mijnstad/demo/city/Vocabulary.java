package nl.mijnstad.demo.city;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Dutch values, spearheads and ideas that the demo city's gatherings submit, read from
 * {@code demo/values.txt} and {@code demo/spearheads.txt} on the class path.
 */
final class Vocabulary {

	/**
	 * A value with the other wordings that mean the same, and its weight per network kind.
	 */
	record Value(String wording, List<String> synonyms, double[] weightByKind) {
	}

	record Idea(String title, String description) {
	}

	/** A spearhead; {@code values} are indexes into {@link #values()}. */
	record Spearhead(String title, String explanation, int[] values, List<Idea> ideas) {
	}

	private static final Vocabulary DUTCH = new Vocabulary(read("demo/values.txt"), read("demo/spearheads.txt"));

	private final List<Value> values;

	private final List<Spearhead> spearheads;

	private Vocabulary(List<String> valueLines, List<String> spearheadLines) {
		this.values = parseValues(valueLines);
		this.spearheads = parseSpearheads(spearheadLines, this.values);
	}

	static Vocabulary dutch() {
		return DUTCH;
	}

	List<Value> values() {
		return this.values;
	}

	List<Spearhead> spearheads() {
		return this.spearheads;
	}

	private static List<Value> parseValues(List<String> lines) {
		List<Value> values = new ArrayList<>();
		for (String line : lines) {
			String[] parts = line.split("\\|", -1);
			if (parts.length != 3) {
				throw new IllegalStateException("values.txt: expected 3 fields in '" + line + "'");
			}
			List<String> synonyms = Arrays.stream(parts[1].split(";")).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
			double[] weights = new double[Kind.values().length];
			double everyKind = 0;
			for (String entry : parts[2].split(",")) {
				String[] kv = entry.strip().split(":");
				double weight = Double.parseDouble(kv[1].strip());
				if (kv[0].strip().equals("*")) {
					everyKind = weight;
				}
				else {
					weights[Kind.valueOf(kv[0].strip()).ordinal()] += weight;
				}
			}
			for (int k = 0; k < weights.length; k++) {
				weights[k] += everyKind;
			}
			values.add(new Value(parts[0].strip(), synonyms, weights));
		}
		return List.copyOf(values);
	}

	private static List<Spearhead> parseSpearheads(List<String> lines, List<Value> values) {
		List<Spearhead> spearheads = new ArrayList<>();
		String title = null;
		String explanation = null;
		int[] served = null;
		List<Idea> ideas = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("= ")) {
				if (title != null) {
					spearheads.add(new Spearhead(title, explanation, served, List.copyOf(ideas)));
				}
				String[] parts = line.substring(2).split("\\|");
				title = parts[0].strip();
				served = Arrays.stream(parts[1].split(",")).map(String::strip).mapToInt(w -> indexOf(values, w)).toArray();
				explanation = null;
				ideas.clear();
			}
			else if (line.startsWith("+ ")) {
				String[] parts = line.substring(2).split("\\|");
				ideas.add(new Idea(parts[0].strip(), parts[1].strip()));
			}
			else if (title != null && explanation == null) {
				explanation = line.strip();
			}
			else {
				throw new IllegalStateException("spearheads.txt: unexpected line '" + line + "'");
			}
		}
		if (title != null) {
			spearheads.add(new Spearhead(title, explanation, served, List.copyOf(ideas)));
		}
		return List.copyOf(spearheads);
	}

	private static int indexOf(List<Value> values, String wording) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).wording().equals(wording)) {
				return i;
			}
		}
		throw new IllegalStateException("spearheads.txt: unknown value '" + wording + "'");
	}

	/** The non-blank, non-comment lines of a class path resource. */
	private static List<String> read(String resource) {
		try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing class path resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
