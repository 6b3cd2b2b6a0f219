package nl.mijnstad.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to relate the network in the path to another network, and the relation as answered.
 *
 * @param type PART_OF (the path network is part of {@code network}) or WORKS_WITH
 * @param network the id of the other network
 */
public record NetworkRelation(@NotNull NetworkRelationType type, @NotBlank @Size(max = 64) String network) {
}
