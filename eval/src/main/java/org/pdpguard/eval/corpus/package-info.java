/**
 * The labelled corpus generator: realistic Vietnamese documents of many kinds with gold spans of
 * every personal-data type, hard negatives without personal data, and a streaming writer for
 * throughput benchmarks. Deterministic for a seed.
 */
package org.pdpguard.eval.corpus;
