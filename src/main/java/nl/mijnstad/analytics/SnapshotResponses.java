package nl.mijnstad.analytics;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a read of the analytics API with the bytes the same request got before, for as long as the snapshot it
 * was computed from is the latest. Every view is computed once per snapshot already; this also saves writing it as
 * JSON again for each of many dashboards polling the same views (under load that serialising took a third of the
 * request threads' time). An answer is kept per path, query, Accept headers and user (what a user may see depends
 * on their roles), only when it is a 200 of at most {@link #MAX_BODY} bytes, and at most {@link #MAX_ENTRIES}
 * answers and {@link #MAX_BYTES} bytes per snapshot (queries differing only in parameters the endpoint ignores
 * must not fill the heap); a new snapshot starts empty. Each kept answer carries an ETag, so a client that asks
 * again with If-None-Match gets a 304 without a body. A kept answer is also kept gzipped, compressed once, for the
 * clients that accept it (every browser): the bytes each read writes are what a polled dashboard costs most.
 *
 * <p>Runs after Spring Security's filters (which are at order -100): only an authenticated, authorised request
 * reaches it, and the security headers are already on the response.
 */
@Component
@Order(0)
class SnapshotResponses extends OncePerRequestFilter {

	static final String PREFIX = "/api/v1/analytics/";

	/**
	 * At national scale the clusters answer is 3.6 MB (20,000 networks); with a cap of 1 MiB it was serialised again
	 * for every read, and that took over half of the dashboard's CPU (BENCHMARKS.md, 2026-11-29).
	 */
	static final int MAX_BODY = 8 << 20;

	static final int MAX_ENTRIES = 512;

	static final long MAX_BYTES = 64L << 20;

	/** The headers a controller sets that belong to the answer and must come back with it. */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.VARY,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_DISPOSITION);

	private final Analytics analytics;

	private final long maxBytes;

	private volatile Generation generation = new Generation(null);

	@Autowired
	SnapshotResponses(Analytics analytics) {
		this(analytics, MAX_BYTES);
	}

	SnapshotResponses(Analytics analytics, long maxBytes) {
		this.analytics = analytics;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith(PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Snapshot snapshot = this.analytics.latest();
		if (snapshot == null) {
			chain.doFilter(request, response);
			return;
		}
		Generation generation = generationOf(snapshot);
		String key = key(request);
		Answer kept = generation.answers.get(key);
		if (kept != null) {
			kept.writeTo(request, response, acceptsGzip(request));
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorded);
		byte[] body = recorded.getContentAsByteArray();
		if (recorded.getStatus() == HttpServletResponse.SC_OK && body.length <= MAX_BODY
				&& generation.answers.size() < MAX_ENTRIES && this.generation == generation
				&& generation.reserve(body.length, this.maxBytes)) {
			Answer answer = Answer.of(recorded, body, snapshot, key);
			if (answer.gzipped() != null && !generation.reserve(answer.gzipped().length, this.maxBytes)) {
				answer = answer.withoutGzip();
			}
			if (generation.answers.putIfAbsent(key, answer) != null) {
				generation.bytes.addAndGet(-body.length - (answer.gzipped() == null ? 0 : answer.gzipped().length));
			}
			response.setHeader(HttpHeaders.ETAG, answer.etag());
			response.setHeader(HttpHeaders.VARY, answer.headers().get(HttpHeaders.VARY));
		}
		recorded.copyBodyToResponse();
	}

	private Generation generationOf(Snapshot snapshot) {
		Generation current = this.generation;
		if (current.snapshot != snapshot) {
			synchronized (this) {
				current = this.generation;
				if (current.snapshot != snapshot) {
					current = new Generation(snapshot);
					this.generation = current;
				}
			}
		}
		return current;
	}

	/** Whether the client takes gzip: named in Accept-Encoding, and not with q=0. */
	static boolean acceptsGzip(HttpServletRequest request) {
		java.util.Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (headers != null && headers.hasMoreElements()) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip")) {
					return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
		}
		return false;
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query) + '\n'
				+ String.valueOf(request.getHeader(HttpHeaders.ACCEPT)) + '\n'
				+ String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)) + '\n' + who();
	}

	/** Who asks, with their roles: what a user may see depends on them. */
	private static String who() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null) ? "" : authentication.getName() + authentication.getAuthorities();
	}

	/** The answers kept for one snapshot. */
	private static final class Generation {

		final Snapshot snapshot;

		final Map<String, Answer> answers = new ConcurrentHashMap<>();

		final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

		Generation(Snapshot snapshot) {
			this.snapshot = snapshot;
		}

		/** Counts a body against the budget; false, and nothing counted, when it does not fit. */
		boolean reserve(int length, long budget) {
			if (this.bytes.addAndGet(length) <= budget) {
				return true;
			}
			this.bytes.addAndGet(-length);
			return false;
		}

	}

	/**
	 * A kept 200: its headers, body, the body gzipped (null when too small to gain from it) and ETag. The gzipped
	 * representation has an ETag of its own (the same with "-gzip"), as a cache must not take one for the other.
	 */
	private record Answer(Map<String, String> headers, byte[] body, byte[] gzipped, String etag) {

		/** Below this a body is sent as it is: gzip's own header and trailer would eat the gain. */
		static final int MIN_GZIP = 512;

		static Answer of(HttpServletResponse response, byte[] body, Snapshot snapshot, String key) {
			Map<String, String> headers = new java.util.LinkedHashMap<>();
			for (String name : KEPT_HEADERS) {
				String value = response.getHeader(name);
				if (value != null) {
					headers.put(name, value);
				}
			}
			String vary = headers.get(HttpHeaders.VARY);
			headers.put(HttpHeaders.VARY, vary == null ? HttpHeaders.ACCEPT_ENCODING : vary + ", " + HttpHeaders.ACCEPT_ENCODING);
			String etag = "W/\"" + Long.toHexString(snapshot.computedAt().toEpochMilli()) + "-"
					+ Integer.toHexString(key.hashCode()) + "-" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
			return new Answer(Map.copyOf(headers), body, body.length < MIN_GZIP ? null : gzip(body), etag);
		}

		Answer withoutGzip() {
			return new Answer(this.headers, this.body, null, this.etag);
		}

		private static byte[] gzip(byte[] body) {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
			try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
				zip.write(body);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response, boolean gzip) throws IOException {
			boolean zipped = gzip && this.gzipped != null;
			String etag = zipped ? this.etag.substring(0, this.etag.length() - 1) + "-gzip\"" : this.etag;
			this.headers.forEach(response::setHeader);
			// Spring's own check: lists of ETags, weak comparison, "*"; it answers 304 and sets the ETag.
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			byte[] bytes = zipped ? this.gzipped : this.body;
			response.setHeader(HttpHeaders.ETAG, etag);
			if (zipped) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

	}

}
