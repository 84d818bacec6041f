/**
 * JMH benchmarks and scenario runs that print their figures (run by {@code benchmarks/run}); never asserted in tests.
 */
package org.govrules.benchmarks;
