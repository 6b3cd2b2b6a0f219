package nl.mijnstad.demo.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates a synthetic city for demos and benchmarks: districts, networks, people, memberships, connectors,
 * relations between networks, and the gatherings of the networks the movement reached. The output is a pure
 * function of the {@link CityPlan}: the same scale and seed give equal cities on every run and machine.
 *
 * <p>People are placed in districts in proportion to population and join one to several networks, mostly
 * near home; network sizes follow a heavy-tailed (Pareto) distribution. Each phase draws from its own random
 * stream derived from the seed. Time and memory are linear in the number of memberships.
 */
public final class CityGenerator {

	/** Ages and birth years are as in the movement's time: gatherings were held in 2016 and 2017. */
	static final int REFERENCE_YEAR = 2016;

	static final LocalDate FIRST_GATHERING = LocalDate.of(2016, 9, 1);

	static final LocalDate LAST_GATHERING = LocalDate.of(2017, 12, 31);

	private static final LocalDate EARLIEST_MEMBERSHIP = LocalDate.of(1960, 1, 1);

	private static final Kind[] KINDS = Kind.values();

	private final CityPlan plan;

	public CityGenerator(CityPlan plan) {
		this.plan = Objects.requireNonNull(plan, "plan");
	}

	public DemoCity generate() {
		return new Run(this.plan).generate();
	}

	/** The working state of one generation, in compact arrays indexed by network and person. */
	private static final class Run {

		private final Scale scale;

		private final long seed;

		private Atlas atlas;

		// networks
		private final List<String> networkIds = new ArrayList<>();

		private final List<String> networkNames = new ArrayList<>();

		private final List<String> descriptions = new ArrayList<>();

		private final List<Kind> kinds = new ArrayList<>();

		private final List<int[]> networkDistricts = new ArrayList<>();

		private final List<Integer> networkMunicipality = new ArrayList<>();

		private double[] size;

		private final List<DemoRelation> relations = new ArrayList<>();

		// people
		private String[] personIds;

		private int[] home;

		private int[] birthYear;

		// memberships, one entry per membership
		private Ints memberPerson = new Ints();

		private Ints memberNetwork = new Ints();

		private Ints memberSince = new Ints();

		private final BitSet holderRows = new BitSet();

		private int[] holder;

		private int[] memberStart;

		private int[] members;

		private final LocalDate[] dates = new LocalDate[(int) (LAST_GATHERING.toEpochDay()
				- EARLIEST_MEMBERSHIP.toEpochDay() + 1)];

		Run(CityPlan plan) {
			this.scale = plan.scale();
			this.seed = plan.seed();
		}

		DemoCity generate() {
			this.atlas = new Atlas(this.scale, random(1));
			placeNetworks(random(2));
			relate(random(3));
			List<DemoPerson> people = placePeople(random(4));
			List<DemoMembership> memberships = join(random(5));
			List<DemoConnector> connectors = new ArrayList<>();
			boolean[] known = connect(connectors, random(6));
			List<DemoGathering> gatherings = gather(known, random(7));
			List<DemoNetwork> networks = new ArrayList<>(this.networkIds.size());
			for (int n = 0; n < this.networkIds.size(); n++) {
				List<String> codes = new ArrayList<>();
				for (int d : this.networkDistricts.get(n)) {
					codes.add(this.atlas.districts().get(d).code());
				}
				networks.add(new DemoNetwork(this.networkIds.get(n), this.networkNames.get(n), this.kinds.get(n).name(),
						this.descriptions.get(n), codes));
			}
			return new DemoCity(this.atlas.districts(), networks, people, memberships, connectors, this.relations,
					gatherings);
		}

		/** An independent random stream per phase, so a change in one phase leaves the others as they were. */
		private SplittableRandom random(int phase) {
			long z = this.seed + phase * 0x9E3779B97F4A7C15L;
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			return new SplittableRandom(z ^ (z >>> 31));
		}

		private static String uuid(SplittableRandom random) {
			long high = (random.nextLong() & ~0xF000L) | 0x4000L;
			long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(high, low).toString();
		}

		// ---- networks --------------------------------------------------------------------------------------

		private void placeNetworks(SplittableRandom random) {
			NetworkNames names = new NetworkNames();
			List<DemoDistrict> districts = this.atlas.districts();
			double[] population = districts.stream().mapToDouble(DemoDistrict::population).toArray();
			WeightedPicker byPopulation = WeightedPicker.of(population);
			List<Double> sizes = new ArrayList<>();

			// the structure every municipality has: umbrellas for carnival and sport, a council per district
			for (int m = 0; m < this.atlas.municipalities().size(); m++) {
				Atlas.Municipality municipality = this.atlas.municipalities().get(m);
				int[] all = municipality.districts().stream().mapToInt(Integer::intValue).toArray();
				String carnival = (m == 0) ? "Oeteldonksche Club van 1882" : "Carnavalsstichting " + municipality.name();
				add(names.reserve(carnival), Kind.CARNIVAL,
						"Overkoepelende vereniging van de carnavalsverenigingen van " + municipality.carnivalName() + ".",
						all, m, random);
				sizes.add(1.0);
				add(names.reserve("Sportraad " + municipality.everydayName()), Kind.SPORT,
						"Federatie van de sportverenigingen in " + municipality.everydayName() + ".", all, m, random);
				sizes.add(0.8);
				for (int d : all) {
					Atlas.Place place = this.atlas.place(d);
					String council = (place.village() ? "Dorpsraad " : "Wijkraad ") + districts.get(d).name();
					add(names.reserve(council), Kind.NEIGHBOURHOOD,
							"Bewoners die meedenken en meepraten over " + districts.get(d).name() + ".", new int[] { d },
							m, random);
					sizes.add(0.5);
				}
			}
			double[] kindShares = Arrays.stream(KINDS).mapToDouble(k -> k.share).toArray();
			WeightedPicker kindPicker = WeightedPicker.of(kindShares);
			while (this.networkIds.size() < this.scale.networks) {
				Kind kind = KINDS[kindPicker.pick(random)];
				int primary = byPopulation.pick(random);
				int m = this.atlas.municipalityOf(primary);
				Atlas.Municipality municipality = this.atlas.municipalities().get(m);
				int[] active = reach(kind, primary, municipality, random);
				String place = (active.length == municipality.districts().size() && active.length > 1)
						? municipality.everydayName() : Atlas.pick(this.atlas.place(primary).localNames(), random);
				String where;
				if (active.length == 0) {
					where = null;
				}
				else if (active.length == municipality.districts().size() && active.length > 1) {
					where = "heel " + municipality.everydayName();
				}
				else {
					List<String> names2 = new ArrayList<>();
					for (int d : active) {
						names2.add(districts.get(d).name());
					}
					where = String.join(" en ", names2);
				}
				String name = names.invent(kind, place, municipality.everydayName(), random);
				add(name, kind, NetworkNames.describe(kind, where, random), active, m, random);
				// Pareto with shape 1.3: many small networks and a few large ones
				double pareto = Math.min(1.0 / Math.pow(1.0 - random.nextDouble(), 1 / 1.3), 80);
				sizes.add(pareto * kind.sizeFactor);
			}
			this.size = sizes.stream().mapToDouble(Double::doubleValue).toArray();
		}

		/** The districts a new network is active in: its own, a few nearby, all of its municipality, or unknown. */
		private static int[] reach(Kind kind, int primary, Atlas.Municipality municipality, SplittableRandom random) {
			int roll = random.nextInt(100);
			int citywide = switch (kind) {
				case POLITICS -> 80;
				case BUSINESS -> 30;
				case CULTURE, EDUCATION -> 10;
				default -> 0;
			};
			int several = switch (kind) {
				case BUSINESS, CULTURE -> 20;
				case SPORT, CARE, FAITH -> 15;
				default -> 5;
			};
			int unknown = switch (kind) {
				case OTHER -> 15;
				case HOBBY -> 5;
				default -> 0;
			};
			List<Integer> all = municipality.districts();
			if (roll < unknown) {
				return new int[0];
			}
			if (roll < unknown + citywide && all.size() > 1) {
				return all.stream().mapToInt(Integer::intValue).toArray();
			}
			if (roll < unknown + citywide + several && all.size() > 2) {
				int second;
				do {
					second = all.get(random.nextInt(all.size()));
				}
				while (second == primary);
				return new int[] { primary, second };
			}
			return new int[] { primary };
		}

		private void add(String name, Kind kind, String description, int[] districts, int municipality,
				SplittableRandom random) {
			this.networkIds.add(uuid(random));
			this.networkNames.add(name);
			this.kinds.add(kind);
			this.descriptions.add(description);
			this.networkDistricts.add(districts);
			this.networkMunicipality.add(municipality);
		}

		private void relate(SplittableRandom random) {
			int municipalities = this.atlas.municipalities().size();
			// umbrellas are the first two networks of each municipality's block of structural networks
			int[] carnivalUmbrella = new int[municipalities];
			int[] sportUmbrella = new int[municipalities];
			Arrays.fill(carnivalUmbrella, -1);
			Arrays.fill(sportUmbrella, -1);
			List<List<Integer>> byDistrict = new ArrayList<>();
			for (int d = 0; d < this.atlas.districts().size(); d++) {
				byDistrict.add(new ArrayList<>());
			}
			for (int n = 0; n < this.networkIds.size(); n++) {
				int m = this.networkMunicipality.get(n);
				if (carnivalUmbrella[m] < 0 && this.kinds.get(n) == Kind.CARNIVAL) {
					carnivalUmbrella[m] = n;
					continue;
				}
				if (sportUmbrella[m] < 0 && this.kinds.get(n) == Kind.SPORT) {
					sportUmbrella[m] = n;
					continue;
				}
				if (this.kinds.get(n) == Kind.CARNIVAL && random.nextInt(100) < 85) {
					partOf(n, carnivalUmbrella[m]);
				}
				else if (this.kinds.get(n) == Kind.SPORT && random.nextInt(100) < 55) {
					partOf(n, sportUmbrella[m]);
				}
				for (int d : this.networkDistricts.get(n)) {
					byDistrict.get(d).add(n);
				}
			}
			Set<Long> pairs = new HashSet<>();
			for (int n = 0; n < this.networkIds.size(); n++) {
				int[] active = this.networkDistricts.get(n);
				if (active.length == 0 || random.nextInt(100) >= 35) {
					continue;
				}
				List<Integer> near = byDistrict.get(active[random.nextInt(active.length)]);
				for (int times = 1 + random.nextInt(2); times > 0; times--) {
					int other = near.get(random.nextInt(near.size()));
					long key = (long) Math.min(n, other) << 32 | Math.max(n, other);
					if (other != n && pairs.add(key)) {
						this.relations.add(new DemoRelation(this.networkIds.get(n), "WORKS_WITH", this.networkIds.get(other)));
					}
				}
			}
		}

		private void partOf(int member, int umbrella) {
			this.relations.add(new DemoRelation(this.networkIds.get(member), "PART_OF", this.networkIds.get(umbrella)));
		}

		// ---- people ----------------------------------------------------------------------------------------

		private List<DemoPerson> placePeople(SplittableRandom random) {
			List<DemoDistrict> districts = this.atlas.districts();
			WeightedPicker byPopulation = WeightedPicker.of(districts.stream().mapToDouble(DemoDistrict::population).toArray());
			WeightedPicker[] ages = new WeightedPicker[districts.size()];
			for (int d = 0; d < ages.length; d++) {
				ages[d] = agePicker(districts.get(d));
			}
			int count = this.scale.people;
			this.personIds = new String[count];
			this.home = new int[count];
			this.birthYear = new int[count];
			List<DemoPerson> people = new ArrayList<>(count);
			for (int p = 0; p < count; p++) {
				int d = byPopulation.pick(random);
				this.home[p] = d;
				this.birthYear[p] = (random.nextInt(100) < 7) ? 0 : REFERENCE_YEAR - age(ages[d].pick(random), random);
				this.personIds[p] = uuid(random);
				String name = PersonNames.displayName(this.birthYear[p], random);
				String email = (random.nextInt(100) < 80) ? PersonNames.email(name, p + 1) : null;
				String phone = (random.nextInt(100) < 55) ? PersonNames.phone(p + 1) : null;
				boolean panel = random.nextInt(100) < ((email != null) ? 60 : 25);
				boolean contact = random.nextInt(100) < 70;
				// some people leave their district out; they still live somewhere and join networks near home
				String code = (random.nextInt(100) < 5) ? null : districts.get(d).code();
				people.add(new DemoPerson(this.personIds[p], name, (this.birthYear[p] == 0) ? null : this.birthYear[p],
						code, email, phone, panel, contact));
			}
			return people;
		}

		/**
		 * Draws an age band for a member of a network in the district: children under 10 are not registered
		 * themselves, so the youngest band counts for a third.
		 */
		private static WeightedPicker agePicker(DemoDistrict district) {
			double[] shares = { 16, 12, 25, 27, 20 };
			if (!district.ageBands().isEmpty()) {
				for (int b = 0; b < shares.length; b++) {
					shares[b] = district.ageBands().get(Atlas.AGE_BANDS.get(b));
				}
			}
			shares[0] /= 3;
			return WeightedPicker.of(shares);
		}

		private static int age(int band, SplittableRandom random) {
			return switch (band) {
				case 0 -> 10 + random.nextInt(5);
				case 1 -> 15 + random.nextInt(10);
				case 2 -> 25 + random.nextInt(20);
				case 3 -> 45 + random.nextInt(20);
				// fewer people at each older age: a density falling linearly from 65 to 95
				default -> 95 - (int) Math.ceil(30 * Math.sqrt(1 - random.nextDouble()));
			};
		}

		private int ageOf(int person) {
			return (this.birthYear[person] == 0) ? -1 : REFERENCE_YEAR - this.birthYear[person];
		}

		// ---- memberships -----------------------------------------------------------------------------------

		private List<DemoMembership> join(SplittableRandom random) {
			int networks = this.networkIds.size();
			int districts = this.atlas.districts().size();
			int people = this.personIds.length;
			int[][] residents = groupByHome(districts);

			this.holder = new int[networks];
			int[] heldNext = new int[networks];
			int[] firstHeld = new int[people];
			Arrays.fill(firstHeld, -1);
			for (int n = 0; n < networks; n++) {
				int h = chooseHolder(n, residents, random);
				this.holder[n] = h;
				heldNext[n] = firstHeld[h];
				firstHeld[h] = n;
			}

			WeightedPicker[] local = new WeightedPicker[districts];
			WeightedPicker[] regional = new WeightedPicker[this.atlas.municipalities().size()];
			pickers(local, regional);
			WeightedPicker everywhere = WeightedPicker.of(this.size);

			double p = 1.0 / this.scale.membershipsPerPerson;
			int[] mine = new int[64];
			for (int person = 0; person < people; person++) {
				int count = 0;
				for (int n = firstHeld[person]; n >= 0; n = heldNext[n]) {
					mine = ensure(mine, count);
					mine[count++] = n;
					addMembership(person, n, true, random);
				}
				int wanted = Math.min(1 + (int) Math.floor(Math.log(1.0 - random.nextDouble()) / Math.log(1.0 - p)), 25);
				int d = this.home[person];
				WeightedPicker near = local[d].isEmpty() ? everywhere : local[d];
				WeightedPicker region = regional[this.atlas.municipalityOf(d)];
				int age = ageOf(person);
				for (int attempt = 0, joined = 0; joined < wanted && attempt < 4 * wanted; attempt++) {
					int roll = random.nextInt(100);
					int n = (roll < 72) ? near.pick(random) : (roll < 95) ? region.pick(random) : everywhere.pick(random);
					if ((this.kinds.get(n) == Kind.YOUTH && age > 27) || contains(mine, count, n)) {
						continue;
					}
					mine = ensure(mine, count);
					mine[count++] = n;
					joined++;
					addMembership(person, n, false, random);
				}
			}
			indexMembers(networks);
			List<DemoMembership> memberships = new ArrayList<>(this.memberPerson.size);
			for (int row = 0; row < this.memberPerson.size; row++) {
				memberships.add(new DemoMembership(this.personIds[this.memberPerson.get(row)],
						this.networkIds.get(this.memberNetwork.get(row)), this.holderRows.get(row) ? "HOLDER" : "MEMBER",
						date(this.memberSince.get(row))));
			}
			return memberships;
		}

		private int[][] groupByHome(int districts) {
			int[] counts = new int[districts];
			for (int d : this.home) {
				counts[d]++;
			}
			int[][] residents = new int[districts][];
			for (int d = 0; d < districts; d++) {
				residents[d] = new int[counts[d]];
				counts[d] = 0;
			}
			for (int p = 0; p < this.home.length; p++) {
				residents[this.home[p]][counts[this.home[p]]++] = p;
			}
			return residents;
		}

		/** The holder is an adult (or of unknown age) living in the network's first district, if anyone does. */
		private int chooseHolder(int network, int[][] residents, SplittableRandom random) {
			int[] active = this.networkDistricts.get(network);
			int[] candidates = (active.length > 0 && residents[active[0]].length > 0) ? residents[active[0]] : null;
			int chosen = -1;
			for (int attempt = 0; attempt < 20; attempt++) {
				chosen = (candidates != null) ? candidates[random.nextInt(candidates.length)]
						: random.nextInt(this.personIds.length);
				if (ageOf(chosen) < 0 || ageOf(chosen) >= 18) {
					break;
				}
			}
			return chosen;
		}

		private void pickers(WeightedPicker[] local, WeightedPicker[] regional) {
			int networks = this.networkIds.size();
			Ints[] inDistrict = new Ints[local.length];
			Ints[] inMunicipality = new Ints[regional.length];
			Arrays.setAll(inDistrict, i -> new Ints());
			Arrays.setAll(inMunicipality, i -> new Ints());
			for (int n = 0; n < networks; n++) {
				for (int d : this.networkDistricts.get(n)) {
					inDistrict[d].add(n);
				}
				inMunicipality[this.networkMunicipality.get(n)].add(n);
			}
			for (int d = 0; d < local.length; d++) {
				local[d] = picker(inDistrict[d], true);
			}
			for (int m = 0; m < regional.length; m++) {
				regional[m] = picker(inMunicipality[m], false);
			}
		}

		/** Weighted by size; spread over its districts, so a city-wide network is not counted in each one in full. */
		private WeightedPicker picker(Ints networks, boolean spread) {
			double[] weights = new double[networks.size];
			for (int i = 0; i < networks.size; i++) {
				int n = networks.get(i);
				weights[i] = spread ? this.size[n] / this.networkDistricts.get(n).length : this.size[n];
			}
			return WeightedPicker.of(networks.values, weights, networks.size);
		}

		private static int[] ensure(int[] values, int count) {
			return (count < values.length) ? values : Arrays.copyOf(values, values.length * 2);
		}

		private static boolean contains(int[] values, int count, int value) {
			for (int i = 0; i < count; i++) {
				if (values[i] == value) {
					return true;
				}
			}
			return false;
		}

		private void addMembership(int person, int network, boolean holds, SplittableRandom random) {
			// most memberships are a few years old, a few go back decades; none before a member turned six
			int years = (int) Math.floor(-Math.log(1.0 - random.nextDouble()) * (holds ? 9 : 6));
			int year = REFERENCE_YEAR - years;
			int born = this.birthYear[person];
			year = Math.max(year, Math.max(EARLIEST_MEMBERSHIP.getYear(), (born == 0) ? 0 : born + 6));
			year = Math.min(year, REFERENCE_YEAR);
			long first = LocalDate.of(year, 1, 1).toEpochDay();
			long last = Math.min(LocalDate.of(year, 12, 31).toEpochDay(), FIRST_GATHERING.minusDays(1).toEpochDay());
			long day = first + random.nextLong(last - first + 1);
			if (holds) {
				this.holderRows.set(this.memberPerson.size);
			}
			this.memberPerson.add(person);
			this.memberNetwork.add(network);
			this.memberSince.add((int) (day - EARLIEST_MEMBERSHIP.toEpochDay()));
		}

		private LocalDate date(int dayIndex) {
			LocalDate date = this.dates[dayIndex];
			if (date == null) {
				date = EARLIEST_MEMBERSHIP.plusDays(dayIndex);
				this.dates[dayIndex] = date;
			}
			return date;
		}

		/** Members per network as one array, in the order they joined: {@code members[memberStart[n]..]}. */
		private void indexMembers(int networks) {
			this.memberStart = new int[networks + 1];
			for (int row = 0; row < this.memberNetwork.size; row++) {
				this.memberStart[this.memberNetwork.get(row) + 1]++;
			}
			for (int n = 0; n < networks; n++) {
				this.memberStart[n + 1] += this.memberStart[n];
			}
			int[] next = Arrays.copyOf(this.memberStart, networks);
			this.members = new int[this.memberNetwork.size];
			for (int row = 0; row < this.memberNetwork.size; row++) {
				this.members[next[this.memberNetwork.get(row)]++] = this.memberPerson.get(row);
			}
		}

		private int memberCount(int network) {
			return this.memberStart[network + 1] - this.memberStart[network];
		}

		// ---- connectors ------------------------------------------------------------------------------------

		/** Chooses connectors among people active in several networks; returns which networks a connector knows. */
		private boolean[] connect(List<DemoConnector> connectors, SplittableRandom random) {
			int people = this.personIds.length;
			int networks = this.networkIds.size();
			int[] membershipsOf = new int[people];
			for (int row = 0; row < this.memberPerson.size; row++) {
				membershipsOf[this.memberPerson.get(row)]++;
			}
			int[][] networksOf = new int[people][];
			for (int p = 0; p < people; p++) {
				networksOf[p] = new int[membershipsOf[p]];
				membershipsOf[p] = 0;
			}
			for (int row = 0; row < this.memberPerson.size; row++) {
				int p = this.memberPerson.get(row);
				networksOf[p][membershipsOf[p]++] = this.memberNetwork.get(row);
			}
			WeightedPicker[] local = new WeightedPicker[this.atlas.districts().size()];
			WeightedPicker[] regional = new WeightedPicker[this.atlas.municipalities().size()];
			pickers(local, regional);

			boolean[] known = new boolean[networks];
			boolean[] chosen = new boolean[people];
			int wanted = Math.max(12, people / 100);
			for (int c = 0; c < wanted;) {
				int p = random.nextInt(people);
				if (chosen[p] || random.nextDouble() >= Math.min(1.0, networksOf[p].length / 4.0)) {
					continue;
				}
				chosen[p] = true;
				c++;
				Set<Integer> knows = new java.util.LinkedHashSet<>();
				for (int n : networksOf[p]) {
					knows.add(n);
				}
				int extra = 2 + (int) Math.floor(-Math.log(1.0 - random.nextDouble()) * 6);
				WeightedPicker near = local[this.home[p]].isEmpty() ? regional[this.atlas.municipalityOf(this.home[p])]
						: local[this.home[p]];
				WeightedPicker region = regional[this.atlas.municipalityOf(this.home[p])];
				for (int i = 0; i < Math.min(extra, 40); i++) {
					knows.add(((random.nextInt(100) < 60) ? near : region).pick(random));
				}
				for (int n : knows) {
					known[n] = true;
					connectors.add(new DemoConnector(this.personIds[p], this.networkIds.get(n)));
				}
			}
			return known;
		}

		// ---- gatherings ------------------------------------------------------------------------------------

		private List<DemoGathering> gather(boolean[] known, SplittableRandom random) {
			int networks = this.networkIds.size();
			int reached = Math.min((int) Math.round(networks * this.scale.reachedShare), this.scale.gatherings);
			// weighted sampling without replacement (Efraimidis and Spirakis): keep the largest u^(1/w)
			Integer[] order = new Integer[networks];
			double[] key = new double[networks];
			for (int n = 0; n < networks; n++) {
				order[n] = n;
				double weight = this.kinds.get(n).readiness * (known[n] ? 2.2 : 1.0)
						* (1 + Math.log1p(memberCount(n)) / 3);
				key[n] = Math.log(1.0 - random.nextDouble()) / weight;
			}
			Arrays.sort(order, Comparator.comparingDouble((Integer n) -> key[n]).reversed());
			int[] chosen = new int[reached];
			int[] times = new int[networks];
			double[] again = new double[reached];
			for (int i = 0; i < reached; i++) {
				chosen[i] = order[i];
				times[chosen[i]] = 1;
				again[i] = 1 + Math.log1p(memberCount(chosen[i]));
			}
			WeightedPicker repeat = WeightedPicker.of(chosen, again, reached);
			for (int extra = this.scale.gatherings - reached; extra > 0;) {
				int n = repeat.pick(random);
				if (times[n] < 3) {
					times[n]++;
					extra--;
				}
			}
			Arrays.sort(chosen);

			Submissions submissions = new Submissions(Vocabulary.dutch());
			List<DemoGathering> gatherings = new ArrayList<>(this.scale.gatherings);
			long firstDay = FIRST_GATHERING.toEpochDay();
			long lastFirstDay = LocalDate.of(2017, 6, 30).toEpochDay();
			for (int n : chosen) {
				long day = firstDay + random.nextLong(lastFirstDay - firstDay + 1);
				for (int t = 0; t < times[n]; t++) {
					gatherings.add(gathering(n, LocalDate.ofEpochDay(day), submissions, random));
					day = Math.min(day + 45 + random.nextInt(156), LAST_GATHERING.toEpochDay());
				}
			}
			gatherings.sort(Comparator.comparing(DemoGathering::heldOn).thenComparing(DemoGathering::id));
			return gatherings;
		}

		private DemoGathering gathering(int network, LocalDate heldOn, Submissions submissions,
				SplittableRandom random) {
			int count = memberCount(network);
			int participants = Math.clamp(Math.round(count * (0.25 + 0.6 * random.nextDouble())) + random.nextInt(7),
					3, 400);
			int attending = Math.clamp(Math.round(participants * (0.55 + 0.45 * random.nextDouble())), 1, count);
			// the holder organises the gathering and is always there; the other attendees are drawn from the members
			int h = this.holder[network];
			int[] others = new int[count - 1];
			int o = 0;
			for (int i = this.memberStart[network]; i < this.memberStart[network + 1]; i++) {
				if (this.members[i] != h) {
					others[o++] = this.members[i];
				}
			}
			List<String> attendees = new ArrayList<>(attending);
			attendees.add(this.personIds[h]);
			for (int i = 0; i < attending - 1; i++) {
				int j = i + random.nextInt(others.length - i);
				int swap = others[i];
				others[i] = others[j];
				others[j] = swap;
				attendees.add(this.personIds[others[i]]);
			}
			int[] active = this.networkDistricts.get(network);
			Atlas.Municipality municipality = this.atlas.municipalities().get(this.networkMunicipality.get(network));
			String place = (active.length == 0) ? null : this.atlas.districts().get(active[0]).name();
			Submissions.Output output = submissions.write(this.kinds.get(network), municipality.everydayName(),
					municipality.carnivalName(), place, attendees, random);
			return new DemoGathering(uuid(random), this.networkIds.get(network), heldOn, Math.max(participants, attending),
					attendees, output.values(), output.spearheads());
		}

	}

	/** A growable array of ints, to keep a million memberships compact while they are generated. */
	private static final class Ints {

		int[] values = new int[16];

		int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int get(int index) {
			return this.values[index];
		}

	}

}
