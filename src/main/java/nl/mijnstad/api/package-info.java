/**
 * The HTTP conventions every feature's API shares: errors as RFC 9457 problem details with a field-level
 * {@code errors} list (also for the actuator's bodiless errors), the request body limit, the mapping of database
 * outages to 503, and answers sent whole, with their length, when they fit the server's buffer.
 */
package nl.mijnstad.api;
