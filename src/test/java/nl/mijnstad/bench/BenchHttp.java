package nl.mijnstad.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The load generator's HTTP/1.1 client: one kept-alive connection, a request written in one go and the answer read
 * by its Content-Length or its chunks, on the calling thread. The benchmark's clients share the two cores with the
 * service they measure, so they should cost as little as a load generator made for the job (wrk, h2load) does:
 * the JDK's HttpClient hands every exchange between its selector, its workers and the caller, and made about a
 * sixth of the process's allocations while sixteen dashboards read. Not a general client: no TLS, no redirects,
 * no 1xx answers, no proxies; it reconnects when the service closes the connection.
 */
final class BenchHttp implements AutoCloseable {

	/**
	 * An answer: its status and body as sent, and whether that body is gzipped (the other headers are not kept).
	 * A gzipped body is unpacked only when its text is asked for: a dashboard's browser unpacks on its own machine,
	 * so the load generator does not spend the service's cores on it.
	 */
	record Answer(int status, byte[] body, boolean gzipped) {

		String text() throws IOException {
			byte[] bytes = this.gzipped
					? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(this.body)).readAllBytes()
					: this.body;
			return new String(bytes, StandardCharsets.UTF_8);
		}

	}

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	BenchHttp(int port) {
		this.host = "127.0.0.1";
		this.port = port;
	}

	Answer get(String path, Map<String, String> headers) throws IOException {
		return exchange("GET", path, headers, null);
	}

	Answer post(String path, Map<String, String> headers, byte[] body) throws IOException {
		return exchange("POST", path, headers, body);
	}

	private Answer exchange(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
		boolean fresh = this.socket == null;
		if (fresh) {
			connect();
		}
		try {
			return send(method, path, headers, body);
		}
		catch (EOFException | java.net.SocketException ex) {
			// The service closed a kept-alive connection between two requests: once more on a new one.
			if (fresh) {
				throw ex;
			}
			close();
			connect();
			return send(method, path, headers, body);
		}
	}

	private Answer send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
		StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
			.append("Host: ").append(this.host).append(':').append(this.port).append("\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		this.out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			this.out.write(body);
		}
		this.out.flush();
		return read();
	}

	private Answer read() throws IOException {
		String statusLine = line();
		if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
			throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		boolean gzipped = false;
		for (String line = line(); !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closing = value.equalsIgnoreCase("close");
				case "content-encoding" -> gzipped = value.equalsIgnoreCase("gzip");
				default -> {
				}
			}
		}
		byte[] body;
		if (status == 204 || status == 304) {
			body = new byte[0];
		}
		else if (chunked) {
			body = chunks();
		}
		else if (length >= 0) {
			body = this.in.readNBytes((int) length);
			if (body.length != length) {
				throw new EOFException("The answer ended after " + body.length + " of " + length + " bytes");
			}
		}
		else {
			body = this.in.readAllBytes();
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Answer(status, body, gzipped);
	}

	private byte[] chunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line();
			int extension = size.indexOf(';');
			int length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
			if (length == 0) {
				while (!line().isEmpty()) {
					// trailers: none that the benchmark needs
				}
				return body.toByteArray();
			}
			byte[] chunk = this.in.readNBytes(length);
			if (chunk.length != length) {
				throw new EOFException("A chunk ended after " + chunk.length + " of " + length + " bytes");
			}
			body.write(chunk);
			line();
		}
	}

	/** One header line, without its CRLF; ISO-8859-1, as HTTP/1.1 header bytes are read. */
	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		while (true) {
			int b = this.in.read();
			if (b < 0) {
				throw new EOFException("The connection closed mid-answer");
			}
			if (b == '\n') {
				int end = line.length();
				return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
			}
			line.append((char) b);
		}
	}

	private void connect() throws IOException {
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.connect(new InetSocketAddress(this.host, this.port), 10_000);
		this.socket.setSoTimeout(120_000);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
		this.out = new BufferedOutputStream(this.socket.getOutputStream(), 16 * 1024);
	}

	@Override
	public void close() throws IOException {
		if (this.socket != null) {
			Socket closing = this.socket;
			this.socket = null;
			closing.close();
		}
	}

}
