package nl.mijnstad.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service ({@code target/mijnstad.jar}) running as its own process on a data folder, with the
 * embedded database, as an operator runs it: for tests that kill it and start it again.
 */
final class ServiceProcess implements AutoCloseable {

	static final String ADMIN_PASSWORD = "crash-test-admin-password";

	static final String NEO4J_PASSWORD = "crash-test-neo4j-password";

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	private final Path dataDir;

	final int httpPort;

	final int boltPort;

	private Process process;

	private final List<String> extraArguments;

	ServiceProcess(Path dataDir, String... extraArguments) throws IOException {
		this.dataDir = dataDir;
		this.extraArguments = List.of(extraArguments);
		this.httpPort = freePort();
		this.boltPort = freePort();
	}

	ServiceProcess start() throws IOException, InterruptedException {
		Path jar = Path.of("target", "mijnstad.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("Run through Maven's verify phase: " + jar + " is built by package");
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
				"-jar", jar.toString(), "--server.port=" + this.httpPort, "--mijnstad.data-dir=" + this.dataDir,
				"--mijnstad.neo4j.bolt-port=" + this.boltPort, "--mijnstad.neo4j.password=" + NEO4J_PASSWORD,
				"--mijnstad.analytics.poll-interval=5s"));
		command.addAll(this.extraArguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dataDir.resolve("service.log").toFile()));
		builder.environment().put("MIJNSTAD_ADMIN_PASSWORD", ADMIN_PASSWORD);
		this.process = builder.start();
		// Generous by default: on a loaded two-core machine the first start (JIT, page cache, migrations) can take
		// minutes; -Dservice.start-minutes raises it further.
		try {
			awaitHealthy(Duration.ofMinutes(Integer.getInteger("service.start-minutes", 6)));
		}
		catch (RuntimeException | InterruptedException ex) {
			// Callers start inside a try-with-resources header, so close() never runs for a failed start.
			this.process.destroyForcibly();
			this.process.waitFor();
			throw ex;
		}
		return this;
	}

	private void awaitHealthy(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service exited with " + this.process.exitValue() + "; see "
						+ this.dataDir.resolve("service.log"));
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The service did not become healthy within " + timeout);
	}

	/** The operating system's id of the running service, for {@code jcmd}. */
	long pid() {
		return this.process.pid();
	}

	/** A request to the service as an API client sends it, JSON when there is a body; auth and body may be null. */
	HttpResponse<String> send(String method, String path, String auth, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.timeout(Duration.ofMinutes(2))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (auth != null) {
			request.header("Authorization", auth);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** SIGKILL: no shutdown hook runs, the database is not closed, nothing is flushed on the way out. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

}
