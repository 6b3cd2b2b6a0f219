/**
 * Imports from spreadsheets: networks with their members, and gatherings' output (one row per idea), from CSV
 * files that follow the shipped templates. Every row is checked before anything is written; a good file is
 * written in one transaction by a background job whose progress the caller follows.
 */
package nl.mijnstad.imports;
