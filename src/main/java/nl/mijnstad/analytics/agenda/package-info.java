/**
 * The city's agenda as the movement sums it up: shared values with their group-aware consensus, the collective
 * ranking of spearheads (Schulze, Borda), the clusters of networks and what sets them apart, and the printable
 * city profile. Every result is an aggregate over networks and gatherings: no person appears in it.
 */
@org.springframework.modulith.NamedInterface("agenda")
package nl.mijnstad.analytics.agenda;
