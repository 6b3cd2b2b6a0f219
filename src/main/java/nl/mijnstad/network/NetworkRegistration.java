package nl.mijnstad.network;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to register a network.
 *
 * @param name the network's name, unique in the city (ignoring case and spacing)
 * @param kind what kind of network it is
 * @param description what the network is, in a few sentences
 * @param districts codes of the districts the network is active in
 */
public record NetworkRegistration(@NotBlank @Size(max = 200) String name, @NotNull NetworkKind kind,
		@Size(max = 4000) String description, @Size(max = 100) List<@NotBlank String> districts) {

	public NetworkRegistration {
		districts = districts == null ? List.of() : List.copyOf(districts);
	}

}
