package nl.mijnstad.analytics.reach;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mijnstad.analytics.AnalysisPart;
import nl.mijnstad.analytics.AnalyticsProperties;
import nl.mijnstad.analytics.GraphProjection;
import nl.mijnstad.analytics.Snapshot;
import nl.mijnstad.analytics.algorithm.Representation;
import nl.mijnstad.analytics.algorithm.StratumCount;
import nl.mijnstad.analytics.algorithm.StratumRepresentation;

import org.springframework.stereotype.Component;

/**
 * Coverage per district and age band, for all districts as a precomputed part and per municipality on demand
 * (kept with the snapshot). O(P + D) for P people and D districts.
 *
 * <p>A person reached counts in the district they live in; people without a district count as "unknown",
 * never dropped, and appear in every municipality's view because they cannot be placed in one. The age
 * breakdown covers only the districts that have age bands (their residents are the population): a person
 * reached in such a district counts in the band of their birth year at the snapshot's year, or as unknown
 * without one; people without a district are unknown here too.
 */
@Component
class CoverageAnalysis implements AnalysisPart<CoverageAnalysis.Coverage> {

	static final String UNKNOWN_DISTRICT = "district not known";

	static final String UNKNOWN_AGE = "birth year or district not known";

	private final Municipalities municipalities;

	private final int k;

	CoverageAnalysis(Municipalities municipalities, AnalyticsProperties properties) {
		this.municipalities = municipalities;
		this.k = properties.k();
	}

	/**
	 * The report and, for the frontier, the representation index of every stratum ("district:CODE", "age:BAND").
	 */
	record Coverage(CoverageReport report, Map<String, Double> indices) {
	}

	private record Key(String municipality) {
	}

	@Override
	public Object key() {
		return new Key(null);
	}

	@Override
	public Coverage compute(Snapshot snapshot) {
		return compute(snapshot, null);
	}

	/** Coverage of one municipality's districts, or of all districts when {@code municipality} is null. */
	Coverage of(Snapshot snapshot, String municipality) {
		return snapshot.part(new Key(municipality), () -> compute(snapshot, municipality));
	}

	/** The municipality codes known, so a request cannot fill the snapshot with views of made-up ones. */
	Set<String> municipalities(Snapshot snapshot) {
		return Set.copyOf(this.municipalities.of(snapshot).values());
	}

	private Coverage compute(Snapshot snapshot, String municipality) {
		GraphProjection projection = snapshot.projection();
		Map<String, String> municipalityOf = (municipality == null) ? Map.of() : this.municipalities.of(snapshot);
		List<GraphProjection.District> scope = projection.districts()
			.stream()
			.filter(d -> municipality == null || municipality.equals(municipalityOf.get(d.code())))
			.sorted(java.util.Comparator.comparing(GraphProjection.District::code))
			.toList();
		Map<String, GraphProjection.District> inScope = scope.stream()
			.collect(Collectors.toMap(GraphProjection.District::code, d -> d));
		int year = snapshot.computedAt().atZone(ZoneId.of("Europe/Amsterdam")).getYear();
		boolean anyBands = scope.stream().anyMatch(d -> !d.ageBands().isEmpty());

		Map<String, Long> byDistrict = new HashMap<>();
		Map<String, Long> byBand = new HashMap<>();
		long unknownDistrict = 0;
		long unknownAge = 0;
		long reachedInScope = 0;
		boolean[] reached = Reached.of(snapshot).person();
		for (GraphProjection.Person person : projection.people()) {
			if (!reached[person.index()]) {
				continue;
			}
			String code = person.district();
			if (code == null) {
				unknownDistrict++;
				unknownAge++;
				reachedInScope++;
				continue;
			}
			GraphProjection.District district = inScope.get(code);
			if (district == null) {
				continue;
			}
			reachedInScope++;
			byDistrict.merge(code, 1L, Long::sum);
			if (!district.ageBands().isEmpty()) {
				String band = GraphProjection.ageBand(person.birthYear(), year);
				if (band == null) {
					unknownAge++;
				}
				else {
					byBand.merge(band, 1L, Long::sum);
				}
			}
		}

		List<StratumCount> districtCounts = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		for (GraphProjection.District district : scope) {
			districtCounts.add(new StratumCount(district.code(), district.population(),
					byDistrict.getOrDefault(district.code(), 0L)));
			names.put(district.code(), district.name());
		}
		Representation districts = new Representation(districtCounts, unknownDistrict);
		Map<String, Double> indices = new LinkedHashMap<>();
		districts.representationIndices().forEach((code, index) -> indices.put("district:" + code, index));
		List<CoverageCell> districtCells = cells(districts, names, UNKNOWN_DISTRICT);

		CoverageReport.AgeCoverage ages = null;
		if (anyBands) {
			Map<String, Long> bandPopulation = new LinkedHashMap<>();
			GraphProjection.AGE_BANDS.forEach(band -> bandPopulation.put(band, 0L));
			int banded = 0;
			for (GraphProjection.District district : scope) {
				if (!district.ageBands().isEmpty()) {
					banded++;
					district.ageBands().forEach((band, count) -> bandPopulation.merge(band, (long) count, Long::sum));
				}
			}
			List<StratumCount> bandCounts = new ArrayList<>();
			Map<String, String> bandNames = new HashMap<>();
			bandPopulation.forEach((band, population) -> {
				bandCounts.add(new StratumCount(band, population, byBand.getOrDefault(band, 0L)));
				bandNames.put(band, band);
			});
			Representation bands = new Representation(bandCounts, unknownAge);
			bands.representationIndices().forEach((band, index) -> indices.put("age:" + band, index));
			ages = new CoverageReport.AgeCoverage(banded, year, bands.totalPopulation(), value(bands.rScore()),
					value(bands.proportionalSimilarity()), cells(bands, bandNames, UNKNOWN_AGE));
		}
		CoverageReport report = new CoverageReport(municipality, snapshot.computedAt(), this.k,
				districts.totalPopulation(), reachedInScope, value(districts.rScore()),
				value(districts.proportionalSimilarity()), districtCells, ages);
		return new Coverage(report, Map.copyOf(indices));
	}

	private static List<CoverageCell> cells(Representation representation, Map<String, String> names,
			String unknownName) {
		List<CoverageCell> cells = new ArrayList<>();
		for (StratumRepresentation stratum : representation.strata()) {
			boolean unknown = Representation.UNKNOWN.equals(stratum.stratum());
			cells.add(CoverageCell.of(stratum, unknown ? unknownName : names.get(stratum.stratum()), unknown));
		}
		return List.copyOf(cells);
	}

	private static Double value(java.util.OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

}
