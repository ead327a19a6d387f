package org.pdpguard.eval.score;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pdpguard.eval.Span;

/**
 * Lenient recall of every type in every kind of document (the kind is the file-name part after the
 * number: {@code docs/0012-chat.txt} is a chat), to tell structure problems (CSV cells without a
 * label) from language problems (chats without diacritics).
 */
public final class KindBreakdown {
  private final List<String> kinds;
  private final Map<String, Map<String, int[]>> byType;

  private KindBreakdown(List<String> kinds, Map<String, Map<String, int[]>> byType) {
    this.kinds = kinds;
    this.byType = byType;
  }

  /** Counts gold and found gold spans per type and kind for the scored types. */
  public static KindBreakdown of(Corpus corpus, Scores s) {
    Map<String, Map<String, int[]>> byType = new TreeMap<>();
    Set<String> kinds = new TreeSet<>();
    Set<String> scored = new HashSet<>();
    s.rows().forEach(r -> scored.add(r.name()));
    for (Span g : corpus.gold()) {
      if (scored.contains(g.type().name())) {
        String kind = kind(g.doc());
        kinds.add(kind);
        byType.computeIfAbsent(g.type().name(), k -> new TreeMap<>())
            .computeIfAbsent(kind, k -> new int[2])[0]++;
      }
    }
    for (Span m : s.missed()) {
      byType.get(m.type().name()).get(kind(m.doc()))[1]++;
    }
    return new KindBreakdown(new ArrayList<>(kinds), byType);
  }

  static String kind(String doc) {
    String name = doc.substring(doc.lastIndexOf('/') + 1);
    int dash = name.indexOf('-');
    int dot = name.lastIndexOf('.');
    return dash >= 0 && dot > dash ? name.substring(dash + 1, dot) : "other";
  }

  /** Recall per type (rows) and kind (columns); {@code -} where a kind has no span of the type. */
  void write(ReportFormat format, PrintWriter out) {
    boolean md = format == ReportFormat.MARKDOWN;
    out.println();
    out.println((md ? "### " : "") + "Recall theo loại tài liệu / Recall by document kind");
    out.println();
    StringBuilder head = new StringBuilder(md ? "| type |" : String.format("%-20s", "type"));
    for (String k : kinds) {
      head.append(md ? " " + k + " |" : String.format(Locale.ROOT, "%8s", k));
    }
    out.println(head);
    if (md) {
      out.println("|---|" + "---:|".repeat(kinds.size()));
    }
    for (Map.Entry<String, Map<String, int[]>> e : byType.entrySet()) {
      StringBuilder row =
          new StringBuilder(md ? "| `" + e.getKey() + "` |" : String.format("%-20s", e.getKey()));
      for (String k : kinds) {
        int[] c = e.getValue().get(k);
        String v = c == null ? "-" : ScoreReport.num((double) (c[0] - c[1]) / c[0], 2);
        row.append(md ? " " + v + " |" : String.format(Locale.ROOT, "%8s", v));
      }
      out.println(row);
    }
  }
}
