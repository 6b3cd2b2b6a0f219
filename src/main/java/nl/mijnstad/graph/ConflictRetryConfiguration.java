package nl.mijnstad.graph;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Switches on {@link RetriedOnConflict}: Spring's retry advice, placed around the transaction advice. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ConflictRetryConfiguration {

}
