package nl.mijnstad.demo.city;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The districts of the demo city and the municipalities they belong to: the 14 real districts of
 * 's-Hertogenbosch (CBS 2024), and at larger scales synthetic municipalities with codes GM9001 and up, a
 * range CBS does not use, so that synthetic data cannot be mistaken for real data.
 */
final class Atlas {

	static final List<String> AGE_BANDS = List.of("0-14", "15-24", "25-44", "45-64", "65+");

	/** A municipality; {@code districts} are indexes into {@link #districts()}. */
	record Municipality(String code, String name, String everydayName, String carnivalName, List<Integer> districts) {
	}

	/** Where a district's networks take their names from, and whether it is a village. */
	record Place(List<String> localNames, boolean village) {
	}

	// The inhabitants are CBS figures for 1 January 2024 (reference/districts-s-hertogenbosch-2024.md). The age
	// shares in percent are synthetic, chosen to agree with the known facts: De Groote Wielen young (about 37%
	// under 20), Rosmalen-Zuid and Zuidoost about 25% aged 65 or over.
	private static final Object[][] S_HERTOGENBOSCH = {
			{ "WK079601", "Binnenstad", 13895, new int[] { 8, 20, 35, 22, 15 }, false,
					List.of("Uilenburg", "Het Zand", "Vughterpoort", "Hinthamerpoort") },
			{ "WK079602", "Zuidoost", 12680, new int[] { 13, 11, 22, 29, 25 }, false, List.of("Zuid", "Aawijk") },
			{ "WK079603", "Graafsepoort", 14115, new int[] { 15, 13, 30, 25, 17 }, false,
					List.of("Kruiskamp", "De Hambaken", "Graafsewijk") },
			{ "WK079604", "Muntel en Vliert", 7090, new int[] { 12, 12, 32, 25, 19 }, false,
					List.of("De Muntel", "De Vliert") },
			{ "WK079605", "Rosmalen-Zuid", 9735, new int[] { 14, 11, 19, 31, 25 }, false, List.of("Rosmalen") },
			{ "WK079606", "Rosmalen-Noord", 12885, new int[] { 17, 12, 22, 29, 20 }, false, List.of("Rosmalen") },
			{ "WK079607", "De Groote Wielen", 10600, new int[] { 30, 13, 33, 17, 7 }, false, List.of() },
			{ "WK079608", "Empel", 6595, new int[] { 19, 12, 24, 29, 16 }, true, List.of() },
			{ "WK079609", "Noord", 20545, new int[] { 15, 12, 25, 26, 22 }, false, List.of("De Rompert") },
			{ "WK079610", "Maaspoort", 16115, new int[] { 17, 13, 26, 27, 17 }, false, List.of() },
			{ "WK079611", "West", 23170, new int[] { 14, 14, 32, 24, 16 }, false,
					List.of("Boschveld", "Deuteren", "De Schadewijk", "Paleiskwartier") },
			{ "WK079612", "Engelen", 5785, new int[] { 17, 11, 22, 30, 20 }, true, List.of("Bokhoven", "Haverleij") },
			{ "WK079613", "Nuland", 4700, new int[] { 17, 11, 21, 30, 21 }, true, List.of() },
			{ "WK079614", "Vinkel", 2850, new int[] { 18, 12, 22, 30, 18 }, true, List.of() } };

	/** Age shares of a typical Dutch district, the starting point for synthetic districts. */
	private static final int[] TYPICAL_AGES = { 16, 12, 25, 27, 20 };

	private static final List<String> NAME_STARTS = List.of("Ooster", "Wester", "Zuider", "Noorder", "Berg", "Dijk",
			"Hoog", "Laag", "Groen", "Maas", "Aa", "Dommel", "Beek", "Linden", "Eiken", "Heide", "Veen", "Wil", "Haar",
			"Elzen", "Molen", "Hul", "Steen", "Vlier", "Esch", "Brug", "Kraai", "Zand", "Bos", "Rijn");

	private static final List<String> NAME_ENDS = List.of("dorp", "veld", "donk", "hoven", "beek", "oord", "wijk",
			"rode", "gestel", "sel", "horst", "lo", "dam", "broek", "meer", "haven", "hout", "kamp", "schot", "weerd");

	private static final List<String> QUARTERS = List.of("Centrum", "Noord", "Oost", "Zuid", "West", "Buitengebied");

	private final List<DemoDistrict> districts = new ArrayList<>();

	private final List<Integer> municipalityOfDistrict = new ArrayList<>();

	private final List<Place> places = new ArrayList<>();

	private final List<Municipality> municipalities = new ArrayList<>();

	Atlas(Scale scale, SplittableRandom random) {
		addSHertogenbosch();
		Set<String> names = new HashSet<>();
		int number = 9001;
		while (this.districts.size() < scale.districts) {
			int size = Math.min(3 + random.nextInt(7), scale.districts - this.districts.size());
			String name;
			do {
				name = pick(NAME_STARTS, random) + pick(NAME_ENDS, random);
			}
			while (!names.add(name));
			addSynthetic("GM" + number++, name, size, names, random);
		}
	}

	List<DemoDistrict> districts() {
		return this.districts;
	}

	List<Municipality> municipalities() {
		return this.municipalities;
	}

	int municipalityOf(int district) {
		return this.municipalityOfDistrict.get(district);
	}

	Place place(int district) {
		return this.places.get(district);
	}

	private void addSHertogenbosch() {
		List<Integer> indexes = new ArrayList<>();
		for (Object[] row : S_HERTOGENBOSCH) {
			int population = (Integer) row[2];
			indexes.add(this.districts.size());
			this.districts.add(new DemoDistrict((String) row[0], (String) row[1], population,
					bands(population, (int[]) row[3])));
			@SuppressWarnings("unchecked")
			List<String> local = (List<String>) row[5];
			List<String> localNames = new ArrayList<>(local);
			localNames.addFirst((String) row[1]);
			this.places.add(new Place(List.copyOf(localNames), (Boolean) row[4]));
			this.municipalityOfDistrict.add(0);
		}
		this.municipalities.add(new Municipality("GM0796", "'s-Hertogenbosch", "Den Bosch", "Oeteldonk", List.copyOf(indexes)));
	}

	private void addSynthetic(String code, String name, int size, Set<String> names, SplittableRandom random) {
		List<Integer> indexes = new ArrayList<>();
		int municipality = this.municipalities.size();
		for (int i = 0; i < size; i++) {
			String districtName;
			boolean village = false;
			if (i < QUARTERS.size() - 1 && i < size - 1) {
				districtName = (i == 0) ? name + " Centrum" : name + "-" + QUARTERS.get(i);
			}
			else {
				// the outer districts of a municipality are its villages
				village = true;
				do {
					districtName = pick(NAME_STARTS, random) + pick(NAME_ENDS, random);
				}
				while (!names.add(districtName));
			}
			names.add(districtName);
			int population = roundToFive(Math.clamp(Math.exp(Math.log(7000) + 0.6 * gaussian(random)), 800, 30000));
			Map<String, Integer> bands = (random.nextInt(3) == 0) ? Map.of() : bands(population, varied(random));
			indexes.add(this.districts.size());
			this.districts.add(new DemoDistrict("WK" + code.substring(2) + String.format("%02d", i + 1), districtName,
					population, bands));
			this.places.add(new Place(List.of(districtName), village));
			this.municipalityOfDistrict.add(municipality);
		}
		this.municipalities.add(new Municipality(code, name, name, name, List.copyOf(indexes)));
	}

	private static int[] varied(SplittableRandom random) {
		int[] shares = new int[TYPICAL_AGES.length];
		for (int i = 0; i < shares.length; i++) {
			shares[i] = (int) Math.round(TYPICAL_AGES[i] * (0.75 + 0.5 * random.nextDouble()) * 10);
		}
		return shares;
	}

	/** Splits {@code population} over the bands in proportion to {@code shares}, by largest remainder. */
	static Map<String, Integer> bands(int population, int[] shares) {
		long total = 0;
		for (int share : shares) {
			total += share;
		}
		int[] counts = new int[shares.length];
		double[] remainders = new double[shares.length];
		int assigned = 0;
		for (int i = 0; i < shares.length; i++) {
			double exact = (double) population * shares[i] / total;
			counts[i] = (int) Math.floor(exact);
			remainders[i] = exact - counts[i];
			assigned += counts[i];
		}
		for (int left = population - assigned; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			counts[best]++;
			remainders[best] = -1;
		}
		Map<String, Integer> bands = new LinkedHashMap<>();
		for (int i = 0; i < counts.length; i++) {
			bands.put(AGE_BANDS.get(i), counts[i]);
		}
		return bands;
	}

	private static int roundToFive(double value) {
		return (int) Math.round(value / 5) * 5;
	}

	static double gaussian(SplittableRandom random) {
		// Box-Muller, so that the stream of numbers is ours and does not depend on a JDK's nextGaussian
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	static <T> T pick(List<T> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

}
