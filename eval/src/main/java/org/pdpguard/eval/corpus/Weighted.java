package org.pdpguard.eval.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Picks items with probability proportional to their weights (binary search on the sums). */
final class Weighted<T> {
  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  T sample(Dice dice) {
    double x = dice.unit() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    i = i >= 0 ? i + 1 : -i - 1;
    return items.get(Math.min(i, items.size() - 1));
  }

  List<T> items() {
    return items;
  }

  /** Collects items in order; the order, not a hash, decides which item a draw picks. */
  static final class Builder<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Builder<T> add(T item, double weight) {
      if (weight > 0) {
        items.add(item);
        weights.add(weight);
      }
      return this;
    }

    Weighted<T> build() {
      if (items.isEmpty()) {
        throw new IllegalStateException("nothing to pick from");
      }
      double[] cum = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < cum.length; i++) {
        sum += weights.get(i);
        cum[i] = sum;
      }
      return new Weighted<>(List.copyOf(items), cum);
    }
  }
}
