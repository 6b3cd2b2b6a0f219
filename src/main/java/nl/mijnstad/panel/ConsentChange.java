package nl.mijnstad.panel;

import jakarta.validation.constraints.NotNull;

/**
 * A person gives or withdraws consent for one purpose.
 *
 * @param purpose PANEL or CONTACT
 * @param given true to give consent, false to withdraw it (at once)
 */
public record ConsentChange(@NotNull Purpose purpose, @NotNull Boolean given) {
}
