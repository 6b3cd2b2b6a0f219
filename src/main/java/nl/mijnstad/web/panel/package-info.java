/**
 * The citizens' panel in the browser: the panel admin's pages (consultations, selection preview, sending,
 * results) and the resident's pages reached from the invitation mail. They call the panel's services, so a
 * page does exactly what the API does, with the same checks.
 */
package nl.mijnstad.web.panel;
