package nl.mijnstad.demo.city;

/**
 * A connector (verbinder) who knows a network and could introduce it to the movement.
 */
public record DemoConnector(String personId, String networkId) {
}
