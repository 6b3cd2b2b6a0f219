package nl.mijnstad.network;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A network as the API shows it: no personal data, only counts.
 *
 * @param id the network's id
 * @param name its name
 * @param kind its kind
 * @param description what it is
 * @param districts codes of the districts it is active in
 * @param createdAt when it was registered
 * @param members how many people are members
 * @param gatherings how many gatherings it submitted
 * @param reached whether it held at least one gathering
 */
public record Network(String id, String name, NetworkKind kind, String description, List<String> districts,
		OffsetDateTime createdAt, long members, long gatherings, boolean reached) {

	public Network {
		districts = List.copyOf(districts);
	}

}
