/**
 * Reach: who the movement has reached and who it has not. Coverage per district and age band against the
 * population, the frontier of unreached networks with who can introduce them, overlaps of networks by members
 * and by values, brokers between clusters, and exports of the network graph. Every result is computed once per
 * analytics snapshot; a read only filters, names and serialises.
 */
@org.springframework.modulith.NamedInterface("reach")
package nl.mijnstad.analytics.reach;
