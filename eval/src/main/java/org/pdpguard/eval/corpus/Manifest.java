package org.pdpguard.eval.corpus;

import java.util.Map;
import org.pdpguard.core.EntityType;

/** {@code MANIFEST.json}: seed, counts by kind and by type, generator version; keys in order. */
final class Manifest {
  private Manifest() {}

  static String json(
      long seed,
      int docs,
      int negatives,
      int spans,
      Map<String, Integer> byKind,
      Map<String, Integer> negByKind,
      Map<EntityType, Integer> byType) {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"generator\": \"pdpguard corpus\",\n");
    b.append("  \"version\": ").append(CorpusGenerator.VERSION).append(",\n");
    b.append("  \"seed\": ").append(seed).append(",\n");
    b.append("  \"documents\": ").append(docs).append(",\n");
    b.append("  \"negatives\": ").append(negatives).append(",\n");
    b.append("  \"spans\": ").append(spans).append(",\n");
    b.append("  \"documents_by_kind\": ").append(object(byKind)).append(",\n");
    b.append("  \"negatives_by_kind\": ").append(object(negByKind)).append(",\n");
    StringBuilder types = new StringBuilder("{");
    for (EntityType t : EntityType.values()) {
      types
          .append(types.length() > 1 ? ", " : "")
          .append('"')
          .append(t.name())
          .append("\": ")
          .append(byType.getOrDefault(t, 0));
    }
    b.append("  \"spans_by_type\": ").append(types).append("}\n}\n");
    return b.toString();
  }

  private static String object(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder("{");
    m.forEach(
        (k, v) ->
            b.append(b.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
    return b.append('}').toString();
  }
}
