package org.pdpguard.judge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pdpguard.core.EntityType;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reading of rule packs and inventories: each value keeps its path in the document ({@code
 * rules[2].when.types_any[0]}) and problems are collected, not thrown one at a time, so that a rule
 * file's author sees every mistake in one run.
 */
final class Yaml {
  private Yaml() {}

  static Node load(InputStream in, String name) {
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(name).build();
      return new Node("", new Load(settings).loadFromInputStream(in));
    } catch (YamlEngineException e) {
      throw new RuleFileException(
          name, List.of("không phải YAML hợp lệ / not valid YAML: " + e.getMessage()));
    }
  }

  /** Problems found in one file. */
  static final class Problems {
    private final String file;
    private final List<String> messages = new ArrayList<>();

    Problems(String file) {
      this.file = file;
    }

    void add(Node at, String message) {
      messages.add((at.path.isEmpty() ? "(gốc / top level)" : at.path) + ": " + message);
    }

    boolean isEmpty() {
      return messages.isEmpty();
    }

    void throwIfAny() {
      if (!messages.isEmpty()) {
        throw new RuleFileException(file, messages);
      }
    }
  }

  /** A value and where it is. Accessors report a problem and return null on a wrong shape. */
  static final class Node {
    final String path;
    final Object value;

    Node(String path, Object value) {
      this.path = path;
      this.value = value;
    }

    boolean isNull() {
      return value == null;
    }

    /** The entries of a mapping; keys outside {@code allowed} (when not null) are problems. */
    Map<String, Node> map(Set<String> allowed, Problems problems) {
      Map<String, Node> out = new LinkedHashMap<>();
      if (!(value instanceof Map<?, ?> raw)) {
        problems.add(this, "cần một ánh xạ khóa: giá trị / expected a mapping of keys");
        return out;
      }
      for (Map.Entry<?, ?> e : raw.entrySet()) {
        String key = String.valueOf(e.getKey());
        Node child = new Node(path.isEmpty() ? key : path + "." + key, e.getValue());
        if (allowed != null && !allowed.contains(key)) {
          problems.add(
              child,
              "khóa không biết / unknown key '"
                  + key
                  + "'; expected one of "
                  + new TreeSet<>(allowed));
        } else {
          out.put(key, child);
        }
      }
      return out;
    }

    List<Node> list(Problems problems) {
      List<Node> out = new ArrayList<>();
      if (!(value instanceof List<?> raw)) {
        problems.add(this, "cần một danh sách / expected a list");
        return out;
      }
      for (int i = 0; i < raw.size(); i++) {
        out.add(new Node(path + "[" + i + "]", raw.get(i)));
      }
      return out;
    }

    String text(Problems problems) {
      if (value instanceof String s && !s.isBlank()) {
        return s.strip();
      }
      if (value instanceof Number || value instanceof Boolean) {
        return String.valueOf(value);
      }
      problems.add(this, "cần một chuỗi không rỗng / expected a non-empty text");
      return null;
    }

    Boolean bool(Problems problems) {
      if (value instanceof Boolean b) {
        return b;
      }
      problems.add(this, "cần true hoặc false / expected true or false");
      return null;
    }

    /** A whole number of at least {@code min}, or null. */
    Long number(long min, Problems problems) {
      if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
        long v = n.longValue();
        if (v >= min) {
          return v;
        }
        problems.add(this, "phải ít nhất / must be at least " + min + ", got " + v);
        return null;
      }
      problems.add(this, "cần một số nguyên / expected a whole number");
      return null;
    }
  }

  static PlaceKind placeKind(Node node, Problems problems) {
    String s = node.text(problems);
    if (s == null) {
      return null;
    }
    PlaceKind k = PlaceKind.parse(s);
    if (k == null) {
      problems.add(
          node,
          "loại nơi không biết / unknown place kind '"
              + s
              + "'; expected one of "
              + labels(PlaceKind.values()));
    }
    return k;
  }

  static EntityType entityType(Node node, Problems problems) {
    String s = node.text(problems);
    if (s == null) {
      return null;
    }
    try {
      return EntityType.valueOf(s);
    } catch (IllegalArgumentException e) {
      problems.add(node, "loại dữ liệu không biết / unknown personal-data type '" + s + "'");
      return null;
    }
  }

  private static List<String> labels(PlaceKind[] kinds) {
    List<String> out = new ArrayList<>();
    for (PlaceKind k : kinds) {
      out.add(k.label());
    }
    return out;
  }
}
