package nl.mijnstad.demo.city;

import java.time.LocalDate;

/**
 * A person's membership of a network.
 *
 * @param role MEMBER, or HOLDER for the one network holder (netwerkhouder) of each network
 */
public record DemoMembership(String personId, String networkId, String role, LocalDate since) {
}
