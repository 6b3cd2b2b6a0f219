package nl.mijnstad.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The kept answers' limits and conditional requests, with the filter alone and a chain that counts its calls. */
class SnapshotResponsesTests {

	private final Snapshot snapshot = new Snapshot(
			new GraphProjection(List.of(), List.of(), Map.of(), List.of(), new int[0][], new int[0][], List.of(),
					List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of()),
			List.of(), List.of(), List.of(), new int[0], Instant.now(), List.of(), new ConcurrentHashMap<>());

	private final Analytics analytics = new Analytics(null, null,
			new AnalyticsProperties(java.time.Duration.ofSeconds(1), 2017, 25, 5, 2), null) {
		@Override
		Snapshot latest() {
			return SnapshotResponsesTests.this.snapshot;
		}
	};

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void answersBeyondTheByteBudgetAreServedButNotKept() throws Exception {
		SnapshotResponses filter = new SnapshotResponses(this.analytics, 10);

		assertThat(get(filter, "/api/v1/analytics/values", null).getContentAsString()).isEqualTo("12345678");
		get(filter, "/api/v1/analytics/values", null);
		assertThat(this.computed).as("the first answer fits the 10 bytes and is kept").hasValue(1);

		MockHttpServletResponse other = get(filter, "/api/v1/analytics/values?junk=1", null);
		get(filter, "/api/v1/analytics/values?junk=1", null);
		assertThat(other.getContentAsString()).isEqualTo("12345678");
		assertThat(other.getHeader("ETag")).as("not kept, so no ETag").isNull();
		assertThat(this.computed).as("8 more bytes do not fit: computed each time").hasValue(3);
	}

	@Test
	void anAnswerOfTheNationalClustersSizeIsKeptAndOneAboveTheCapIsNot() throws Exception {
		SnapshotResponses filter = new SnapshotResponses(this.analytics, SnapshotResponses.MAX_BYTES);
		// 3.6 MB: the clusters answer at national scale, which a 1 MiB cap made the service serialise for every read
		this.body = "{\"clusters\":[" + "{\"id\":1,\"networks\":[\"n-0001\"]},".repeat(120_000) + "{}]}";
		assertThat(this.body.length()).isGreaterThan(3_500_000);
		get(filter, "/api/v1/analytics/clusters", null);
		assertThat(get(filter, "/api/v1/analytics/clusters", null).getContentAsString()).isEqualTo(this.body);
		assertThat(this.computed).as("computed once, then kept").hasValue(1);

		this.body = "x".repeat(SnapshotResponses.MAX_BODY + 1);
		get(filter, "/api/v1/analytics/coverage", null);
		get(filter, "/api/v1/analytics/coverage", null);
		assertThat(this.computed).as("above the cap: computed each time").hasValue(3);
	}

	@Test
	void aKeptAnswerIsNotSentAgainToAClientThatHoldsIt() throws Exception {
		SnapshotResponses filter = new SnapshotResponses(this.analytics, SnapshotResponses.MAX_BYTES);
		String etag = get(filter, "/api/v1/analytics/values", null).getHeader("ETag");
		assertThat(etag).startsWith("W/\"");

		MockHttpServletResponse held = get(filter, "/api/v1/analytics/values", "\"elsewhere\", " + etag);
		assertThat(held.getStatus()).isEqualTo(304);
		assertThat(held.getContentAsByteArray()).isEmpty();
		MockHttpServletResponse stale = get(filter, "/api/v1/analytics/values", "W/\"elsewhere\"");
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).isEqualTo("12345678");
		assertThat(this.computed).hasValue(1);
	}

	@Test
	void aKeptAnswerGoesGzippedToAClientThatTakesGzipWithAnETagOfItsOwn() throws Exception {
		SnapshotResponses filter = new SnapshotResponses(this.analytics, SnapshotResponses.MAX_BYTES);
		this.body = "{\"values\":[" + "{\"key\":\"groen\",\"label\":\"Groen\"},".repeat(60) + "{}]}";
		MockHttpServletResponse first = get(filter, "/api/v1/analytics/values", null, "gzip, deflate, br");
		assertThat(first.getHeader("Content-Encoding")).as("the first answer is computed and sent as it is").isNull();
		assertThat(first.getHeader("Vary")).contains("Accept-Encoding");

		MockHttpServletResponse zipped = get(filter, "/api/v1/analytics/values", null, "gzip, deflate, br");
		assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(zipped.getHeader("Vary")).contains("Accept-Encoding");
		byte[] compressed = zipped.getContentAsByteArray();
		assertThat(compressed.length).isLessThan(this.body.length() / 4);
		assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed)).readAllBytes(),
				StandardCharsets.UTF_8)).isEqualTo(this.body);
		assertThat(zipped.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag")).endsWith("-gzip\"");

		MockHttpServletResponse plain = get(filter, "/api/v1/analytics/values", null, "gzip;q=0, identity");
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentAsString()).isEqualTo(this.body);
		assertThat(plain.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
		assertThat(get(filter, "/api/v1/analytics/values", zipped.getHeader("ETag"), "gzip").getStatus()).isEqualTo(304);
		assertThat(this.computed).hasValue(1);
	}

	private String body = "12345678";

	private MockHttpServletResponse get(SnapshotResponses filter, String uri, String ifNoneMatch) throws Exception {
		return get(filter, uri, ifNoneMatch, null);
	}

	private MockHttpServletResponse get(SnapshotResponses filter, String uri, String ifNoneMatch, String acceptEncoding)
			throws Exception {
		String[] parts = uri.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
		}
		if (ifNoneMatch != null) {
			request.addHeader("If-None-Match", ifNoneMatch);
		}
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			this.computed.incrementAndGet();
			res.setContentType("application/json");
			res.getOutputStream().write(this.body.getBytes(StandardCharsets.UTF_8));
		});
		return response;
	}

}
