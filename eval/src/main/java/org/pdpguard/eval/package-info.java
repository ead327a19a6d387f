/** A labelled evaluation corpus generated from a seed, and scoring of findings against it. */
package org.pdpguard.eval;
