package org.pdpguard.eval.score;

import java.util.List;
import org.pdpguard.eval.Span;

/**
 * The result of scoring: one row per type, the micro total, the hard-negative figures and every
 * lenient error (for {@code --errors}).
 *
 * @param rows one row per scored type, in the order of {@code EntityType}
 * @param micro the sums over the rows
 * @param negativeDocs number of hard-negative documents
 * @param negativeBytes their size in bytes
 * @param missed gold spans no prediction of their type overlaps, in corpus order
 * @param spurious predictions on labelled documents that overlap no gold span of their type
 * @param onNegatives predictions on hard-negative documents
 * @param misbounded predictions that overlap a gold span of their type but match none exactly, each
 *     with the first gold span it overlaps (strict errors that are lenient hits)
 */
public record Scores(
    List<Row> rows,
    Row micro,
    int negativeDocs,
    long negativeBytes,
    List<Span> missed,
    List<Span> spurious,
    List<Span> onNegatives,
    List<Boundary> misbounded) {

  /** A prediction and the gold span whose bounds it missed. */
  public record Boundary(Span predicted, Span gold) {}

  /** Findings (of the scored types) on the negatives per 100 KB (102,400 bytes) of negatives. */
  public double falsePositivesPer100Kb() {
    return negativeBytes == 0 ? Double.NaN : micro.negatives() / (negativeBytes / 102_400.0);
  }
}
