package nl.mijnstad.demo.city;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents unique, realistic names and descriptions for the networks of the demo city. Apart from the carnival
 * umbrella the brief names (Oeteldonksche Club van 1882) and descriptive names such as "Wijkraad Noord", the
 * names are invented, so that no real organisation is shown holding opinions it never gave.
 */
final class NetworkNames {

	private static final Map<Kind, List<String>> TEMPLATES = new EnumMap<>(Kind.class);

	private static final Map<Kind, List<String>> DESCRIPTIONS = new EnumMap<>(Kind.class);

	private static final Map<String, List<String>> FILLERS = Map.ofEntries(
			Map.entry("sport", List.of("Voetbalvereniging", "Hockeyclub", "Tennisvereniging", "Korfbalvereniging",
					"Atletiekvereniging", "Zwemvereniging", "Wielertoerclub", "Volleybalvereniging", "Badmintonclub",
					"Handbalvereniging", "Jeu de boulesclub", "Roeivereniging", "Judoclub", "Gymnastiekvereniging",
					"Tafeltennisvereniging", "Basketbalclub")),
			Map.entry("club", List.of("De Valk", "Oranje Wit", "Blauw Wit", "De Zwaluwen", "Olympia", "Concordia",
					"De Meeuwen", "Sparta", "Victoria", "De Kemphanen", "Wilhelmina", "De Dommelrakkers", "Maasvogels",
					"De Treffers", "Achilles", "Hercules", "Kracht en Vriendschap", "Juliana", "De Vlijt", "Tempo",
					"Fortuna", "Be Quick", "De Snelle Vliet", "Eendracht", "Het Noorden", "Vooruit")),
			Map.entry("carnival", List.of("De Kwakkels", "De Dolle Kikkers", "De Pierewaaiers", "De Knorrepotten",
					"De Zwetsers", "De Lollige Lakens", "De Hossende Hanen", "De Vrolijke Vinken", "De Mafkezen",
					"De Kletskoppen", "De Plezierkes", "De Kikkerkoningen", "De Schele Kielen", "De Rooie Neuzen",
					"De Bonte Kielen", "De Lampionnen", "De Zotte Zwanen", "De Knollenboeren")),
			Map.entry("band", List.of("De Blaaskaken", "De Toeters", "De Schetteraars", "Kikkerblaas", "De Valse Noot",
					"De Scheve Trom", "Koperen Kikkers")),
			Map.entry("carnivalGroup", List.of("Carnavalsvereniging", "Carnavalsclub", "Buurtcarnaval")),
			Map.entry("street", List.of("Kerkstraat", "Molenstraat", "Lindenlaan", "Dorpsstraat", "Beukenlaan",
					"Schoolstraat", "Julianalaan", "Kastanjelaan", "Vlierstraat", "Eikenlaan", "Esdoornstraat",
					"Meidoornplein", "Populierenlaan", "Wilgenstraat", "Berkenhof", "Merelstraat", "Lijsterlaan",
					"Kievitstraat", "Rozenstraat", "Tulpstraat")),
			Map.entry("youthCentre", List.of("De Poort", "Het Honk", "De Plek", "Het Anker", "De Wissel", "De Schakel",
					"De Loods", "De Kelder", "Het Station", "De Bunker")),
			Map.entry("saint", List.of("Sint-Joris", "Sint-Willibrord", "Sint-Franciscus", "Sint-Lambertus",
					"Sint-Cecilia", "Sint-Antonius", "Sint-Martinus", "Sint-Petrus", "Don Bosco", "Sint-Catharina")),
			Map.entry("music", List.of("Crescendo", "Vox Humana", "Con Brio", "Da Capo", "De Vriendenkring",
					"Kunst na Arbeid", "Euphonia", "Animo", "Sint-Cecilia", "Excelsior", "Eensgezindheid", "Con Amore")),
			Map.entry("culture", List.of("Gemengd koor", "Harmonie", "Toneelvereniging", "Popkoor", "Dansgroep",
					"Muziekcollectief", "Fanfare", "Mannenkoor", "Vrouwenkoor", "Filmhuisvrijwilligers", "Schutterij")),
			Map.entry("careHome", List.of("De Meerwaarde", "Zonnehof", "De Lindenhof", "Avondrust", "De Wilgen",
					"Het Hofje", "De Regenboog", "Hof van Ouwen")),
			Map.entry("care", List.of("Mantelzorgnetwerk", "Steunpunt", "Vrijwilligersnetwerk", "Maatjesproject",
					"Ouderenvereniging", "Hulpdienst", "Vriendenkring zorgcentrum", "Rouwgroep", "Thuishulp")),
			Map.entry("faith", List.of("Parochie", "Geloofsgemeenschap", "Gebedsgroep", "Bijbelkring", "Koor")),
			Map.entry("hobby", List.of("Breiclub", "Handwerkclub", "Fotoclub", "Volkstuinvereniging", "Schaakclub",
					"Modelspoorclub", "Duivenvereniging", "Bridgeclub", "Kookclub", "Leesclub", "Biljartvereniging",
					"Klaverjasclub", "Oldtimerclub", "Vogelvereniging", "Quiltgroep", "Tekenclub")),
			Map.entry("hobbyName", List.of("De Steek", "Recht en Averecht", "De Wolkjes", "De Lens", "De Toren",
					"Ons Genoegen", "Ontspanning", "De Gezellige Kring", "De Zwarte Loper", "Het Spoor", "De Kwast",
					"Het Bolletje Wol", "Onder Ons", "De Keu")),
			Map.entry("school", List.of("De Regenboog", "De Springplank", "Het Palet", "De Vlonder", "De Kameleon",
					"De Tweemaster", "De Boomgaard", "Het Kompas", "De Zonnewijzer", "Sint-Jozef")),
			Map.entry("party", List.of("Liberalen", "Sociaal", "Groen", "Christelijk", "Ouderenpartij", "Jong Liberaal",
					"Stadspartij", "Politiek Café", "Progressief", "Lokaal Belang")),
			Map.entry("friends", List.of("Vriendengroep", "Oud-collega's", "Lunchclub", "Stamtafel", "Reünieclub",
					"Moedergroep", "Hondenuitlaatgroep", "Kroegquiz-team", "Ontbijtclub", "Vaders van groep 8")));

	static {
		TEMPLATES.put(Kind.SPORT, List.of("{sport} {club}", "{sport} {club} {place}", "{sport} {place}",
				"{sport} {club} '{n}"));
		TEMPLATES.put(Kind.CULTURE, List.of("{culture} {music}", "{culture} {place}", "{culture} {music} {place}",
				"Bigband {place}", "Muziekpodium {place}"));
		TEMPLATES.put(Kind.NEIGHBOURHOOD, List.of("Buurtvereniging {place}", "Bewonerscommissie {street}",
				"Buurtpreventie {place}", "Speeltuinvereniging {place}", "Straatcomité {street}",
				"Bewonersplatform {place}", "Buurtkring {street} {place}"));
		TEMPLATES.put(Kind.BUSINESS, List.of("Ondernemersvereniging {place}", "Ondernemerskring {place}",
				"Businessclub {stad}", "Zzp-netwerk {stad}", "Winkeliersvereniging {street} {place}",
				"Horecaplatform {place}", "Netwerk Vrouwelijke Ondernemers {stad}", "Bedrijvenkring {place}"));
		TEMPLATES.put(Kind.CARE, List.of("{care} {place}", "Vrijwilligers zorgcentrum {careHome}",
				"Vrijwilligers zorgcentrum {careHome} {place}", "Voedselbankvrijwilligers {stad}",
				"Welzijnsvrijwilligers {place}"));
		TEMPLATES.put(Kind.YOUTH, List.of("Jongerencentrum {youthCentre}", "Jongerencentrum {youthCentre} {place}",
				"Scouting {saint} {place}", "Jeugdhonk {place}", "Tienerclub {place}", "Kinderclub {place}",
				"Jongerenwerk {place}"));
		TEMPLATES.put(Kind.FAITH, List.of("{faith} {saint}", "{faith} {saint} {place}",
				"Protestantse Gemeente {place}", "Moskeevereniging {place}", "Evangeliegemeente {place}",
				"Hindoestaanse Vereniging {stad}", "Vrouwengroep moskee {place}"));
		TEMPLATES.put(Kind.HOBBY, List.of("{hobby} {hobbyName}", "{hobby} {place}", "{hobby} {hobbyName} {place}"));
		TEMPLATES.put(Kind.EDUCATION, List.of("Ouderraad basisschool {school}", "Ouderraad basisschool {school} {place}",
				"Medezeggenschapsraad {school} {place}", "Taalcafé {place}", "Huiswerkklas {place}",
				"Studentenvereniging {stad}", "Volksuniversiteit {stad}"));
		TEMPLATES.put(Kind.ENVIRONMENT, List.of("Natuurwerkgroep {place}", "Repair Café {place}",
				"Imkersvereniging {place}", "Buurtmoestuin {place}", "Klimaatcafé {stad}", "Energiecoöperatie {place}",
				"Vogelwerkgroep {place}", "Duurzaam {place}", "Bomenstichting {stad}"));
		TEMPLATES.put(Kind.CARNIVAL, List.of("{carnivalGroup} {carnival}", "{carnivalGroup} {carnival} {place}",
				"Dweilorkest {band}", "Raad van Elf {place}", "Kielclub {carnival}", "Optochtgroep {carnival}"));
		TEMPLATES.put(Kind.POLITICS, List.of("{party} {stad}", "{party} {stad}, afdeling {place}"));
		TEMPLATES.put(Kind.OTHER, List.of("{friends} {place}", "{friends} {street}", "App-groep {street} {place}"));

		DESCRIPTIONS.put(Kind.SPORT, List.of("Sportvereniging met teams voor jeugd en senioren, gedragen door vrijwilligers.",
				"Club voor recreatieve en competitiesporters, met een eigen kantine als ontmoetingsplek."));
		DESCRIPTIONS.put(Kind.CULTURE, List.of("Muziek- en cultuurgezelschap dat repeteert, optreedt en nieuwe leden opleidt.",
				"Vrijwilligers die cultuur maken en naar de wijk brengen."));
		DESCRIPTIONS.put(Kind.NEIGHBOURHOOD, List.of("Bewoners die zich inzetten voor een prettige en veilige buurt.",
				"Buurtgroep die activiteiten organiseert en problemen in de straat aankaart."));
		DESCRIPTIONS.put(Kind.BUSINESS, List.of("Netwerk van ondernemers dat elkaar ontmoet bij een maandelijkse borrel.",
				"Ondernemers die samen optrekken voor een sterke lokale economie."));
		DESCRIPTIONS.put(Kind.CARE, List.of("Vrijwilligers die ouderen, mantelzorgers en kwetsbare buurtgenoten ondersteunen.",
				"Netwerk voor zorg en welzijn dicht bij huis."));
		DESCRIPTIONS.put(Kind.YOUTH, List.of("Plek voor kinderen en jongeren om te ontmoeten, te leren en te ontspannen.",
				"Jongerenwerk met activiteiten die jongeren zelf bedenken."));
		DESCRIPTIONS.put(Kind.FAITH, List.of("Geloofsgemeenschap die samenkomt voor vieringen, gesprek en hulp aan anderen.",
				"Gemeenschap van gelovigen die ook in de wijk actief is."));
		DESCRIPTIONS.put(Kind.HOBBY, List.of("Gezellige club voor liefhebbers die wekelijks samenkomen.",
				"Hobbyclub waar leden kennis delen en samen iets maken."));
		DESCRIPTIONS.put(Kind.EDUCATION, List.of("Ouders, leerlingen en vrijwilligers die zich inzetten voor goed onderwijs.",
				"Netwerk rond leren en ontwikkelen, voor jong en oud."));
		DESCRIPTIONS.put(Kind.ENVIRONMENT, List.of("Vrijwilligers die zich inzetten voor natuur, klimaat en een duurzame wijk.",
				"Groene groep die samen tuiniert, repareert en natuur beschermt."));
		DESCRIPTIONS.put(Kind.CARNIVAL, List.of("Carnavalsvereniging die het hele jaar werkt aan de optocht, muziek en gezelligheid.",
				"Vriendengroep die carnaval viert en bouwt aan wagens en kielen."));
		DESCRIPTIONS.put(Kind.POLITICS, List.of("Lokale afdeling van een politieke partij, met leden en een politiek café.",
				"Politieke groep die inwoners betrekt bij de plaatselijke politiek."));
		DESCRIPTIONS.put(Kind.OTHER, List.of("Informele groep die regelmatig bij elkaar komt.",
				"Groep vrienden en bekenden met een gedeelde geschiedenis."));
	}

	private final Set<String> taken = new HashSet<>();

	/** Reserves a name that was not invented here, such as that of an umbrella. */
	String reserve(String name) {
		if (!this.taken.add(name)) {
			throw new IllegalStateException("duplicate network name " + name);
		}
		return name;
	}

	/** A new name, unique among all names given out so far. */
	String invent(Kind kind, String place, String city, SplittableRandom random) {
		List<String> templates = TEMPLATES.get(kind);
		for (int attempt = 0; attempt < 6; attempt++) {
			String name = fill(templates.get(random.nextInt(templates.size())), place, city, random);
			if (this.taken.add(name)) {
				return name;
			}
		}
		String name = fill(templates.getFirst(), place, city, random) + " " + place;
		for (int number = 2; !this.taken.add(name); number++) {
			name = fill(templates.getFirst(), place, city, random) + " " + place + " " + number;
		}
		return name;
	}

	static String describe(Kind kind, String where, SplittableRandom random) {
		String text = Atlas.pick(DESCRIPTIONS.get(kind), random);
		return (where == null) ? text : text + " Actief in " + where + ".";
	}

	private static String fill(String template, String place, String city, SplittableRandom random) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < template.length()) {
			int open = template.indexOf('{', at);
			if (open < 0) {
				out.append(template, at, template.length());
				break;
			}
			out.append(template, at, open);
			int close = template.indexOf('}', open);
			String key = template.substring(open + 1, close);
			out.append(switch (key) {
				case "place" -> place;
				case "stad" -> city;
				case "n" -> String.format("%02d", random.nextInt(100));
				default -> Atlas.pick(FILLERS.get(key), random);
			});
			at = close + 1;
		}
		return out.toString();
	}

}
