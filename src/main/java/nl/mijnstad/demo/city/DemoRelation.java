package nl.mijnstad.demo.city;

/**
 * A relation between two networks.
 *
 * @param type PART_OF (e.g. a carnival association of the umbrella club) or WORKS_WITH
 */
public record DemoRelation(String fromNetworkId, String type, String toNetworkId) {
}
