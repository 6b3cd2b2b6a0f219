package nl.mijnstad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator's client reads what a real HTTP/1.1 server (the JDK's) answers: bodies by length and in
 * chunks, requests with their headers and body, one connection kept alive, and a new one when the server closes.
 */
class BenchHttpTests {

	private HttpServer server;

	private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/length", exchange -> answer(exchange, 200, "sized".getBytes(), false, false));
		this.server.createContext("/chunked", exchange -> answer(exchange, 200, "x".repeat(20_000).getBytes(), true, false));
		this.server.createContext("/echo", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			answer(exchange, 201, (exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
					+ " " + body).getBytes(StandardCharsets.UTF_8), false, false);
		});
		this.server.createContext("/gzipped", exchange -> {
			java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
			try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(packed)) {
				zip.write("{\"unpacked\":true}".getBytes(StandardCharsets.UTF_8));
			}
			exchange.getResponseHeaders().add("Content-Encoding", "gzip");
			answer(exchange, 200, packed.toByteArray(), true, false);
		});
		this.server.createContext("/closing", exchange -> answer(exchange, 200, "bye".getBytes(), false, true));
		this.server.createContext("/unchanged", exchange -> {
			this.clientPorts.add(exchange.getRemoteAddress().getPort());
			exchange.sendResponseHeaders(304, -1);
			exchange.close();
		});
		this.server.start();
	}

	private void answer(HttpExchange exchange, int status, byte[] body, boolean chunked, boolean close)
			throws IOException {
		this.clientPorts.add(exchange.getRemoteAddress().getPort());
		if (close) {
			exchange.getResponseHeaders().add("Connection", "close");
		}
		exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void readsBodiesByLengthAndInChunksOverOneKeptAliveConnection() throws IOException {
		try (BenchHttp http = new BenchHttp(this.server.getAddress().getPort())) {
			BenchHttp.Answer sized = http.get("/length", Map.of());
			BenchHttp.Answer chunked = http.get("/chunked", Map.of());
			BenchHttp.Answer unchanged = http.get("/unchanged", Map.of());
			BenchHttp.Answer again = http.get("/length", Map.of());

			assertThat(sized.status()).isEqualTo(200);
			assertThat(sized.text()).isEqualTo("sized");
			assertThat(chunked.text()).hasSize(20_000).matches("x+");
			assertThat(unchanged.status()).isEqualTo(304);
			assertThat(unchanged.body()).isEmpty();
			assertThat(again.text()).isEqualTo("sized");
		}
		assertThat(this.clientPorts).hasSize(4).containsOnly(this.clientPorts.getFirst());
	}

	@Test
	void sendsTheMethodHeadersAndBody() throws IOException {
		try (BenchHttp http = new BenchHttp(this.server.getAddress().getPort())) {
			BenchHttp.Answer answer = http.post("/echo", Map.of("Authorization", "Bearer t0k3n"),
					"{\"values\":[\"groen\"]}".getBytes(StandardCharsets.UTF_8));

			assertThat(answer.status()).isEqualTo(201);
			assertThat(answer.text()).isEqualTo("POST Bearer t0k3n {\"values\":[\"groen\"]}");
		}
	}

	@Test
	void keepsAGzippedBodyPackedAndUnpacksItsText() throws IOException {
		try (BenchHttp http = new BenchHttp(this.server.getAddress().getPort())) {
			BenchHttp.Answer answer = http.get("/gzipped", Map.of("Accept-Encoding", "gzip"));
			assertThat(answer.gzipped()).isTrue();
			assertThat(answer.body()).startsWith((byte) 0x1f, (byte) 0x8b);
			assertThat(answer.text()).isEqualTo("{\"unpacked\":true}");
		}
	}

	@Test
	void opensANewConnectionAfterTheServerClosedOne() throws IOException {
		try (BenchHttp http = new BenchHttp(this.server.getAddress().getPort())) {
			assertThat(http.get("/closing", Map.of()).text()).isEqualTo("bye");
			assertThat(http.get("/length", Map.of()).text()).isEqualTo("sized");
		}
		assertThat(this.clientPorts).hasSize(2).doesNotHaveDuplicates();
	}

}
