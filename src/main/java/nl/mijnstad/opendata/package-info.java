/**
 * Open data: a public ZIP of CSV files per entity and the network graph, without personal data.
 */
package nl.mijnstad.opendata;
