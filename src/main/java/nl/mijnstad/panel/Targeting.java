package nl.mijnstad.panel;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.mijnstad.network.NetworkKind;

/**
 * Whom a consultation is for and how they are drawn: the same body previews a selection and sends it, so that a
 * preview with a seed shows exactly the panel that a send with that seed invites.
 *
 * @param size how many people to invite
 * @param method MAXIMIN (default) or LEGACY
 * @param seed makes the draw repeatable (default 0)
 * @param filters who may be drawn at all; every filter given must match
 * @param stratifyBy categories whose quotas follow the population of the districts (floor and ceiling of the
 * proportional share)
 * @param quotas explicit quotas; they replace the proportional ones of their category
 * @param expectedDigest on a send: the digest of a preview; the send is refused if the panel would differ
 */
public record Targeting(@NotNull @Min(1) @Max(1000) Integer size, SelectionMethod method, Long seed,
		@Valid Filters filters, @Size(max = 2) List<@NotNull Stratum> stratifyBy,
		@Size(max = 200) List<@Valid @NotNull QuotaRequest> quotas, @Size(max = 100) String expectedDigest) {

	public Targeting {
		method = method == null ? SelectionMethod.MAXIMIN : method;
		seed = seed == null ? 0L : seed;
		filters = filters == null ? new Filters(null, null, null, null, null) : filters;
		stratifyBy = stratifyBy == null ? List.of() : List.copyOf(stratifyBy);
		quotas = quotas == null ? List.of() : List.copyOf(quotas);
	}

	/**
	 * Who may be drawn.
	 *
	 * @param districts codes of the districts people live in
	 * @param ageBands age bands: 0-14, 15-24, 25-44, 45-64, 65+
	 * @param networkKinds kinds of network people are a member of
	 * @param networks ids of networks people are a member of
	 * @param values values (as wording or key) held at gatherings of people's networks
	 */
	public record Filters(@Size(max = 100) List<@NotBlank String> districts,
			@Size(max = 5) List<@NotBlank String> ageBands, @Size(max = 20) List<@NotNull NetworkKind> networkKinds,
			@Size(max = 500) List<@NotBlank String> networks, @Size(max = 100) List<@NotBlank String> values) {

		public Filters {
			districts = districts == null ? List.of() : List.copyOf(districts);
			ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
			networkKinds = networkKinds == null ? List.of() : List.copyOf(networkKinds);
			networks = networks == null ? List.of() : List.copyOf(networks);
			values = values == null ? List.of() : List.copyOf(values);
		}

	}

	/**
	 * An explicit quota.
	 *
	 * @param category DISTRICT or AGE_BAND
	 * @param value a district code or an age band
	 * @param min the least number to select
	 * @param max the greatest number to select
	 */
	public record QuotaRequest(@NotNull Stratum category, @NotBlank String value, @NotNull @Min(0) Integer min,
			@NotNull @Min(0) Integer max) {
	}

}
