/**
 * The Dutch web pages (server-rendered with Thymeleaf) for every role, on their own session-based security
 * chain: they call the features' services directly, so a page submission goes through the same checks and
 * the same one-statement write as the API.
 */
package nl.mijnstad.web;
