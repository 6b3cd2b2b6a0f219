package nl.mijnstad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties.Throttle(3, 5, Duration.ofMinutes(5)),
			this.clock);

	@Test
	void anAccountWaitsAfterItsLimitOfFailuresUntilTheOldestLeavesTheWindow() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.throttle.blocked("anna", "10.0.0.1")).isEmpty();
			this.throttle.failed("anna", "10.0.0.1");
			this.clock.advance(Duration.ofSeconds(10));
		}
		// Another address does not help: the account itself is held back (a distributed guess at one password).
		assertThat(this.throttle.blocked("anna", "10.0.0.2")).hasValueSatisfying(
				wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(5)));
		assertThat(this.throttle.blocked("bert", "10.0.0.2")).isEmpty();

		this.clock.advance(Duration.ofMinutes(5).minusSeconds(29));
		assertThat(this.throttle.blocked("anna", "10.0.0.2")).isEmpty();
	}

	@Test
	void anAddressWaitsAfterTryingManyAccounts() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("account-" + i, "10.0.0.9");
		}
		assertThat(this.throttle.blocked("someone-else", "10.0.0.9")).isPresent();
		assertThat(this.throttle.blocked("someone-else", "10.0.0.8")).isEmpty();
	}

	@Test
	void aSuccessfulLoginClearsTheAccountsCount() {
		this.throttle.failed("anna", "10.0.0.1");
		this.throttle.failed("anna", "10.0.0.1");
		this.throttle.succeeded("anna");
		this.throttle.failed("anna", "10.0.0.1");
		this.throttle.failed("anna", "10.0.0.1");
		assertThat(this.throttle.blocked("anna", "10.0.0.3")).isEmpty();
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-27T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
