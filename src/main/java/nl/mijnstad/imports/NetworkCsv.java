package nl.mijnstad.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.mijnstad.network.BulkImport;
import nl.mijnstad.network.MemberRegistration;
import nl.mijnstad.network.MembershipRole;
import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.network.Networks;

/**
 * Reads and checks a networks-with-members file (one row per member; a row without a member registers just the
 * network) into the rows {@link BulkImport} writes. Checks every row before anything is written and reports
 * all problems at once. Pure apart from the two look-ups it is given.
 *
 * <p>People are identified within the file by e-mail (so a person in two networks is one person), otherwise by
 * name, phone, birth year and district within their network. Their ids are derived from the network and that
 * identity, so running the same file twice creates nothing new.
 */
final class NetworkCsv {

	static final List<String> COLUMNS = List.of("network", "kind", "districts", "description", "displayName",
			"district", "birthYear", "email", "phone", "consentPanel", "consentContact", "role");

	static final Set<String> REQUIRED = Set.of("network", "kind");

	static final int MAX_ROWS = 50_000;

	/** What the checks need from the graph. */
	interface Lookups {

		/** The codes among these that name no district. */
		Set<String> unknownDistricts(Collection<String> codes);

		/** Ids of the networks that exist already, by name key. */
		Map<String, String> networksByNameKey(Collection<String> nameKeys);

	}

	/** What an import will write, and how much of it there is. */
	record Plan(List<BulkImport.NetworkRow> networks, List<BulkImport.PersonRow> people,
			List<BulkImport.MembershipRow> memberships, int existingNetworks, int rows) {
	}

	private NetworkCsv() {
	}

	static Plan plan(CsvTable table, Lookups lookups, Validator validator) {
		List<CsvTable.Row> rows = table.rows();
		Set<String> codes = new LinkedHashSet<>();
		Set<String> nameKeys = new LinkedHashSet<>();
		for (CsvTable.Row row : rows) {
			codes.addAll(Cells.list(row.get("districts")));
			if (!row.get("district").isEmpty()) {
				codes.add(row.get("district"));
			}
			if (!row.get("network").isEmpty()) {
				nameKeys.add(Networks.nameKey(row.get("network")));
			}
		}
		Set<String> unknown = lookups.unknownDistricts(codes);
		Map<String, String> existing = lookups.networksByNameKey(nameKeys);

		List<RowProblem> problems = new ArrayList<>();
		Map<String, NetworkDraft> networks = new LinkedHashMap<>();
		Map<String, PersonDraft> people = new LinkedHashMap<>();
		Map<String, Integer> memberships = new HashMap<>();
		List<BulkImport.MembershipRow> membershipRows = new ArrayList<>();
		int thisYear = Year.now().getValue();

		for (CsvTable.Row row : rows) {
			int line = row.line();
			String name = row.get("network");
			if (name.isEmpty() || name.length() > 200) {
				problems.add(new RowProblem(line, "network", "a name of 1 to 200 characters is required"));
				continue;
			}
			String nameKey = Networks.nameKey(name);
			NetworkDraft network = networks.get(nameKey);
			if (network == null) {
				network = firstRowOf(row, nameKey, existing.get(nameKey), unknown, problems);
				networks.put(nameKey, network);
			}
			else {
				sameAsFirst(row, "kind", network, problems);
				sameAsFirst(row, "districts", network, problems);
				sameAsFirst(row, "description", network, problems);
			}

			String displayName = row.get("displayName");
			if (displayName.isEmpty()) {
				for (String column : List.of("district", "birthYear", "email", "phone", "consentPanel",
						"consentContact", "role")) {
					if (!row.get(column).isEmpty()) {
						problems.add(new RowProblem(line, "displayName",
								"required when the member columns are filled (" + column + " is)"));
						break;
					}
				}
				continue;
			}
			int before = problems.size();
			check(validator, "displayName", displayName, line, problems);
			if (displayName.length() > 200) {
				problems.add(new RowProblem(line, "displayName", "at most 200 characters"));
			}
			Integer birthYear = null;
			if (!row.get("birthYear").isEmpty()) {
				birthYear = Cells.number(row.get("birthYear"));
				if (birthYear == null || birthYear < 1900 || birthYear > thisYear) {
					problems.add(new RowProblem(line, "birthYear", "a year from 1900 to " + thisYear + ", got '"
							+ row.get("birthYear") + "'"));
				}
			}
			String district = row.get("district").isEmpty() ? null : row.get("district");
			if (district != null && unknown.contains(district)) {
				problems.add(new RowProblem(line, "district", "no district with code " + district));
			}
			String email = row.get("email").isEmpty() ? null : row.get("email");
			check(validator, "email", email, line, problems);
			String phone = row.get("phone").isEmpty() ? null : row.get("phone");
			check(validator, "phone", phone, line, problems);
			Boolean panel = Cells.yesNo(row.get("consentPanel"));
			if (panel == null) {
				problems.add(new RowProblem(line, "consentPanel", "yes or no (ja/nee) is required for a member"));
			}
			Boolean contact = Cells.yesNo(row.get("consentContact"));
			if (contact == null) {
				problems.add(new RowProblem(line, "consentContact", "yes or no (ja/nee) is required for a member"));
			}
			MembershipRole role = MembershipRole.MEMBER;
			if (!row.get("role").isEmpty()) {
				try {
					role = MembershipRole.valueOf(row.get("role").toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add(new RowProblem(line, "role", "MEMBER or HOLDER, got '" + row.get("role") + "'"));
				}
			}
			if (problems.size() > before) {
				continue;
			}

			String identity = email != null ? "email:" + email.toLowerCase(Locale.ROOT)
					: String.join("\u0000", "name:" + network.id, displayName.toLowerCase(Locale.ROOT),
							String.valueOf(phone), String.valueOf(birthYear), String.valueOf(district));
			PersonDraft person = people.get(identity);
			if (person == null) {
				String id = UUID.nameUUIDFromBytes(("mijnstad-import\u0000" + network.id + "\u0000" + identity)
					.getBytes(StandardCharsets.UTF_8)).toString();
				person = new PersonDraft(line, new BulkImport.PersonRow(id, displayName, birthYear, district, email,
						phone, panel, contact));
				people.put(identity, person);
			}
			else if (!person.row.displayName().equals(displayName)) {
				problems.add(new RowProblem(line, "email", "the same e-mail as " + person.row.displayName()
						+ " on line " + person.line + "; one e-mail is one person"));
				continue;
			}
			Integer earlier = memberships.putIfAbsent(person.row.id() + "\u0000" + network.id, line);
			if (earlier != null) {
				problems.add(new RowProblem(line, "displayName",
						"the same member of " + name + " as on line " + earlier));
				continue;
			}
			membershipRows.add(new BulkImport.MembershipRow(person.row.id(), network.id, role, LocalDate.now()));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		List<BulkImport.NetworkRow> newNetworks = networks.values()
			.stream()
			.filter(network -> network.isNew)
			.map(network -> network.row)
			.toList();
		return new Plan(newNetworks, people.values().stream().map(person -> person.row).toList(),
				List.copyOf(membershipRows), networks.size() - newNetworks.size(), rows.size());
	}

	private static NetworkDraft firstRowOf(CsvTable.Row row, String nameKey, String existingId, Set<String> unknown,
			List<RowProblem> problems) {
		int line = row.line();
		NetworkKind kind = null;
		try {
			kind = NetworkKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			if (existingId == null) {
				problems.add(new RowProblem(line, "kind", "one of " + List.of(NetworkKind.values()) + ", got '"
						+ row.get("kind") + "'"));
			}
		}
		List<String> districts = Cells.list(row.get("districts"));
		for (String code : districts) {
			if (unknown.contains(code)) {
				problems.add(new RowProblem(line, "districts", "no district with code " + code));
			}
		}
		if (districts.size() > 100) {
			problems.add(new RowProblem(line, "districts", "at most 100 districts"));
		}
		String description = row.get("description");
		if (description.length() > 4000) {
			problems.add(new RowProblem(line, "description", "at most 4,000 characters"));
		}
		boolean isNew = existingId == null;
		String id = isNew ? UUID.randomUUID().toString() : existingId;
		return new NetworkDraft(line, id, isNew, row.get("kind"), row.get("districts"), description,
				new BulkImport.NetworkRow(id, row.get("network"), kind, description.isEmpty() ? null : description,
						districts));
	}

	/** Later rows of a network may leave its columns empty or repeat them, but not contradict the first. */
	private static void sameAsFirst(CsvTable.Row row, String column, NetworkDraft network, List<RowProblem> problems) {
		String value = row.get(column);
		String first = switch (column) {
			case "kind" -> network.kind;
			case "districts" -> network.districts;
			default -> network.description;
		};
		if (!value.isEmpty() && !value.equalsIgnoreCase(first)) {
			problems.add(new RowProblem(row.line(), column,
					"differs from line " + network.line + " of the same network ('" + first + "')"));
		}
	}

	/** The member rules of the API ({@link MemberRegistration}), so a file and a request are held to the same. */
	private static void check(Validator validator, String field, String value, int line, List<RowProblem> problems) {
		if (value == null) {
			return;
		}
		for (ConstraintViolation<MemberRegistration> violation : validator.validateValue(MemberRegistration.class,
				field, value)) {
			problems.add(new RowProblem(line, field, violation.getMessage()));
		}
	}

	private record NetworkDraft(int line, String id, boolean isNew, String kind, String districts,
			String description, BulkImport.NetworkRow row) {
	}

	private record PersonDraft(int line, BulkImport.PersonRow row) {
	}

}
