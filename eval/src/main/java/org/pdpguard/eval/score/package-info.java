/**
 * Scoring of findings against a labelled corpus: per type lenient (overlap) and strict (exact
 * boundaries) precision, recall and F1, micro totals, false positives per 100 KB of hard negatives,
 * and samples of errors.
 */
package org.pdpguard.eval.score;
