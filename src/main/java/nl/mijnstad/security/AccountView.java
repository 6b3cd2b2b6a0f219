package nl.mijnstad.security;

import java.util.Set;

/** An account as the API shows it: never its password or hash. */
public record AccountView(String username, Set<Role> roles, Set<String> networks) {
}
