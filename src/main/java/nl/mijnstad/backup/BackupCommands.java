package nl.mijnstad.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

/**
 * The operator's commands, run as {@code java -jar mijnstad.jar backup|restore ...} instead of starting the
 * service. {@code backup} asks the running service for a snapshot (the service alone can hold its writes back)
 * and stores it, readable only by its owner; {@code restore} loads an archive into a new data folder with the
 * service stopped.
 */
public final class BackupCommands {

	private static final Set<String> COMMANDS = Set.of("backup", "restore");

	static final String USAGE = """
			Usage:
			  java -jar mijnstad.jar backup --to <file.zip> [--url http://127.0.0.1:8080] [--user admin]
			      asks the running service for a consistent backup; the password is read from the environment
			      variable MIJNSTAD_BACKUP_PASSWORD (or MIJNSTAD_ADMIN_PASSWORD)
			  java -jar mijnstad.jar restore --from <file.zip> --data-dir <empty folder>
			      restores a backup into a new data folder; then start the service with mijnstad.data-dir on it""";

	private BackupCommands() {
	}

	/** Whether the arguments name one of these commands rather than start the service. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the command; returns the process exit code (0 done, 1 failed, 2 wrong arguments). */
	public static int run(String[] args) {
		quietLogging();
		PrintStream out = System.out;
		Map<String, String> options;
		try {
			options = options(List.of(args).subList(1, args.length));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			return 2;
		}
		try {
			if (args[0].equals("backup")) {
				String password = System.getenv().getOrDefault("MIJNSTAD_BACKUP_PASSWORD",
						System.getenv("MIJNSTAD_ADMIN_PASSWORD"));
				if (password == null || password.isBlank()) {
					System.err.println("Set MIJNSTAD_BACKUP_PASSWORD to the password of an admin account.");
					return 2;
				}
				backup(URI.create(options.getOrDefault("url", "http://127.0.0.1:8080")),
						options.getOrDefault("user", "admin"), password, Path.of(required(options, "to")), out);
			}
			else {
				new Restore(Path.of(required(options, "from")), Path.of(required(options, "data-dir")), out).run();
			}
			return 0;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			return 2;
		}
		catch (IOException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	/**
	 * Downloads a backup into {@code target}: first beside it as {@code .part}, mode 600 from the start, checked
	 * against its manifest, then renamed, so {@code target} only ever names a whole archive.
	 */
	static Manifest backup(URI service, String user, String password, Path target, PrintStream out)
			throws IOException, InterruptedException {
		if (Files.exists(target)) {
			throw new IOException(target + " exists already; a backup never overwrites a file.");
		}
		Path part = target.resolveSibling(target.getFileName() + ".part");
		Files.deleteIfExists(part);
		Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(service.resolve("/api/v1/admin/backup"))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new IOException("The service answered " + response.statusCode() + ": "
							+ new String(body.readNBytes(2_000), StandardCharsets.UTF_8));
				}
				// Into the file created above, so it keeps its mode 600 (a copy that replaces it would not).
				try (OutputStream file = Files.newOutputStream(part)) {
					body.transferTo(file);
				}
			}
			Manifest manifest;
			try (ZipFile zip = new ZipFile(part.toFile())) {
				manifest = GraphArchive.verify(zip);
			}
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			out.printf("Backup %s: %d nodes, %d relationships, taken %s, graph hash %s%n", target,
					manifest.content().nodes(), manifest.content().relationships(), manifest.createdAt(),
					manifest.content().graphHash());
			out.println("It holds personal data (contact details, the audit log): store it encrypted, access-controlled.");
			return manifest;
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

	static Map<String, String> options(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (!name.startsWith("--") || i + 1 == args.size()) {
				throw new IllegalArgumentException("Expected --option value, found " + name);
			}
			options.put(name.substring(2), args.get(++i));
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("Missing --" + name);
		}
		return value;
	}

	/** Outside Spring Boot nobody configures logging, and Logback's default is to print every debug line. */
	private static void quietLogging() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(Level.WARN);
		}
	}

}
