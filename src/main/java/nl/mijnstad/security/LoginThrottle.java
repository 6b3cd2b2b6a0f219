package nl.mijnstad.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins for one account, or from one client address,
 * within a window, further attempts are refused (429 with Retry-After) until the window has passed. Counting
 * per account stops a distributed guess at one password; counting per address stops one client trying many
 * accounts. A successful login clears the account's count.
 */
@Component
public class LoginThrottle {

	private final SecurityProperties.Throttle limits;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(SecurityProperties properties) {
		this(properties.throttle(), Clock.systemUTC());
	}

	LoginThrottle(SecurityProperties.Throttle limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/** How long this account or address must wait before trying again, if it must. */
	public Optional<Duration> blocked(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Duration> account = wait("account:" + username, this.limits.perAccount(), now);
		Optional<Duration> client = wait("address:" + address, this.limits.perAddress(), now);
		if (account.isPresent() && client.isPresent()) {
			return Optional.of(account.get().compareTo(client.get()) > 0 ? account.get() : client.get());
		}
		return account.isPresent() ? account : client;
	}

	private Optional<Duration> wait(String key, int limit, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			Instant horizon = now.minus(this.limits.window());
			while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
				times.pollFirst();
			}
			if (times.size() < limit) {
				return Optional.empty();
			}
			return Optional.of(Duration.between(horizon, times.peekFirst()).plusSeconds(1));
		}
	}

	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		record("account:" + username, now);
		record("address:" + address, now);
	}

	private void record(String key, Instant now) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			// Keep memory bounded whatever a client sends: only the most recent failures matter.
			while (times.size() > 1000) {
				times.pollFirst();
			}
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		failed(String.valueOf(event.getAuthentication().getName()), address);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	void succeeded(String username) {
		this.failures.remove("account:" + username);
	}

}
