/** JMH benchmarks of the detection engine. */
package org.pdpguard.bench;
