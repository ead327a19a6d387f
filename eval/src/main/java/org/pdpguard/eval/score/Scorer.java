package org.pdpguard.eval.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pdpguard.core.EntityType;
import org.pdpguard.eval.Span;

/** Scores predictions against the gold spans of a corpus; see {@link Row} for the rules. */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores {@code predictions} of the given types (others are ignored, gold included); throws
   * {@link IllegalArgumentException} when a prediction names a document the corpus lacks.
   */
  public static Scores score(
      Corpus corpus, Collection<Span> predictions, Set<EntityType> types, long negativeBytes) {
    Map<String, List<Span>> goldByDoc = byDoc(corpus.gold(), types);
    Map<String, List<Span>> predByDoc = new TreeMap<>();
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : types) {
      counts.put(t, new int[6]);
    }
    List<Span> onNegatives = new ArrayList<>();
    for (Span p : predictions) {
      if (!corpus.contains(p.doc())) {
        throw new IllegalArgumentException(
            "prediction for a document not in the corpus: " + p.doc());
      }
      if (!types.contains(p.type())) {
        continue;
      }
      if (corpus.isNegative(p.doc())) {
        onNegatives.add(p);
        counts.get(p.type())[5]++;
      } else {
        predByDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
      }
    }
    List<Span> missed = new ArrayList<>();
    List<Span> spurious = new ArrayList<>();
    List<Scores.Boundary> misbounded = new ArrayList<>();
    for (String doc : corpus.docs()) {
      List<Span> gold = goldByDoc.getOrDefault(doc, List.of());
      List<Span> pred = predByDoc.getOrDefault(doc, List.of());
      for (Span g : gold) {
        int[] c = counts.get(g.type());
        c[0]++;
        if (pred.stream().anyMatch(p -> p.type() == g.type() && p.overlaps(g))) {
          c[1]++;
        } else {
          missed.add(g);
        }
      }
      for (Span p : pred) {
        int[] c = counts.get(p.type());
        c[2]++;
        if (gold.stream().noneMatch(g -> g.type() == p.type() && g.overlaps(p))) {
          c[3]++;
          spurious.add(p);
        }
        if (gold.stream()
            .anyMatch(g -> g.type() == p.type() && g.start() == p.start() && g.end() == p.end())) {
          c[4]++;
        } else {
          gold.stream()
              .filter(g -> g.type() == p.type() && g.overlaps(p))
              .findFirst()
              .ifPresent(g -> misbounded.add(new Scores.Boundary(p, g)));
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    Row micro = new Row("micro", 0, 0, 0, 0, 0, 0);
    for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      Row r = new Row(e.getKey().name(), c[0], c[1], c[2], c[3], c[4], c[5]);
      rows.add(r);
      micro = micro.plus(r, "micro");
    }
    spurious.sort(Span.ORDER);
    onNegatives.sort(Span.ORDER);
    return new Scores(
        List.copyOf(rows),
        micro,
        corpus.negatives().size(),
        negativeBytes,
        List.copyOf(missed),
        List.copyOf(spurious),
        List.copyOf(onNegatives),
        List.copyOf(misbounded));
  }

  /** The types that occur in {@code spans}, in enum order. */
  public static Set<EntityType> typesOf(Collection<Span> spans) {
    Set<EntityType> s = EnumSet.noneOf(EntityType.class);
    spans.forEach(p -> s.add(p.type()));
    return s;
  }

  private static Map<String, List<Span>> byDoc(List<Span> spans, Set<EntityType> types) {
    Map<String, List<Span>> m = new TreeMap<>();
    for (Span s : spans) {
      if (types.contains(s.type())) {
        m.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
      }
    }
    return m;
  }
}
