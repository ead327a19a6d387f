package org.pdpguard.core.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdpguard.core.detect.Detector.Scored;

/**
 * Keeps the best of overlapping candidates: higher score first, then the longer span, then the
 * earlier one. Output is in text order.
 */
final class OverlapResolver {
  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing(s -> s.candidate().start - s.candidate().end)
          .thenComparingInt(s -> s.candidate().start)
          .thenComparing(s -> s.candidate().type);

  private OverlapResolver() {}

  static List<Scored> resolve(List<Scored> all) {
    if (all.size() < 2) {
      return all;
    }
    List<Scored> sorted = new ArrayList<>(all);
    sorted.sort(BEST_FIRST);
    TreeMap<Integer, Scored> kept = new TreeMap<>(); // by start
    for (Scored s : sorted) {
      int start = s.candidate().start;
      int end = s.candidate().end;
      Map.Entry<Integer, Scored> before = kept.floorEntry(start);
      if (before != null && before.getValue().candidate().end > start) {
        continue;
      }
      Map.Entry<Integer, Scored> after = kept.ceilingEntry(start);
      if (after != null && after.getKey() < end) {
        continue;
      }
      kept.put(start, s);
    }
    return new ArrayList<>(kept.values());
  }
}
