/**
 * The analytics algorithms as plain Java on the JDK and JGraphT only, so that they can be tested on
 * small hand-checked inputs and know nothing of Spring or Neo4j.
 */
package nl.mijnstad.analytics.algorithm;
