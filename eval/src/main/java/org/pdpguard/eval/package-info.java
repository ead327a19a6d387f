/**
 * A labelled evaluation corpus generated from a seed ({@link org.pdpguard.eval.corpus}), and
 * scoring of findings against it ({@link org.pdpguard.eval.score}).
 */
package org.pdpguard.eval;
