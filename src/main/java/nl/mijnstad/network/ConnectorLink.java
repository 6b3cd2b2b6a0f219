package nl.mijnstad.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to record that a person, as connector (verbinder), knows the network in the path.
 *
 * @param personId the id of an existing person
 */
public record ConnectorLink(@NotBlank @Size(max = 64) String personId) {
}
