package org.pdpguard.eval.score;

/**
 * The counts of one type (or of all types: the micro total) and the rates derived from them.
 *
 * <p>Lenient: a gold span is found when a prediction of its type overlaps it; a prediction is a
 * false positive when it overlaps no gold span of its type. So lenient precision is {@code
 * (predicted − fp) / predicted} and lenient recall {@code found / gold}; a gold span cut in two
 * predictions is found once and costs nothing. Strict: a prediction matches a gold span with the
 * same type, start and end. A rate with an empty denominator is {@code NaN}; F1 is 0 when there is
 * gold or prediction but no match.
 *
 * @param name the type name, or {@code micro}
 * @param gold gold spans
 * @param found gold spans overlapped by a prediction of the same type (lenient true positives)
 * @param predicted predictions on the labelled documents
 * @param falsePositives predictions overlapping no gold span of their type
 * @param exact predictions with exactly the boundaries of a gold span (strict true positives)
 * @param negatives predictions on the hard-negative documents
 */
public record Row(
    String name, int gold, int found, int predicted, int falsePositives, int exact, int negatives) {

  public int falseNegatives() {
    return gold - found;
  }

  public double precision() {
    return ratio(predicted - falsePositives, predicted);
  }

  public double recall() {
    return ratio(found, gold);
  }

  public double f1() {
    return f1(precision(), recall());
  }

  public double strictPrecision() {
    return ratio(exact, predicted);
  }

  public double strictRecall() {
    return ratio(exact, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  Row plus(Row o, String total) {
    return new Row(
        total,
        gold + o.gold,
        found + o.found,
        predicted + o.predicted,
        falsePositives + o.falsePositives,
        exact + o.exact,
        negatives + o.negatives);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private double f1(double p, double r) {
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return gold == 0 && predicted == 0 ? Double.NaN : 0;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
