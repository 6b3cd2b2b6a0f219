/**
 * The HTTP conventions every feature's API shares: errors as RFC 9457 problem details with a field-level
 * {@code errors} list, the request body limit, and the mapping of database outages to 503.
 */
package nl.mijnstad.api;
