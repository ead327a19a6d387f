package org.pdpguard.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A value read from YAML with its path in the document ({@code recognizers[2].patterns[0].regex}),
 * so that every error names where it is. Rejects unknown keys by name.
 */
final class YamlNode {
  private final String path;
  private final Object value;

  YamlNode(String path, Object value) {
    this.path = path;
    this.value = value;
  }

  String path() {
    return path;
  }

  boolean isMap() {
    return value instanceof Map;
  }

  ConfigException error(String reason) {
    return new ConfigException((path.isEmpty() ? "top level" : path) + ": " + reason);
  }

  /** This node as a map whose keys must all be in {@code allowed}. */
  Map<String, YamlNode> map(Set<String> allowed) {
    if (!(value instanceof Map<?, ?> raw)) {
      throw error("expected a mapping of keys " + new TreeSet<>(allowed));
    }
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : raw.entrySet()) {
      String key = String.valueOf(e.getKey());
      String child = path.isEmpty() ? key : path + "." + key;
      if (!allowed.contains(key)) {
        throw new ConfigException(
            child + ": unknown key '" + key + "'; expected one of " + new TreeSet<>(allowed));
      }
      out.put(key, new YamlNode(child, e.getValue()));
    }
    return out;
  }

  List<YamlNode> list() {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> raw)) {
      throw error("expected a list");
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      out.add(new YamlNode(path + "[" + i + "]", raw.get(i)));
    }
    return out;
  }

  String string() {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw error("expected a non-empty text");
  }

  List<String> strings() {
    return list().stream().map(YamlNode::string).toList();
  }

  double score() {
    if (!(value instanceof Number n)) {
      throw error("expected a score between 0 and 1");
    }
    double d = n.doubleValue();
    if (!(d >= 0 && d <= 1)) {
      throw error("score " + d + " is outside 0..1");
    }
    return d;
  }

  boolean bool() {
    if (!(value instanceof Boolean b)) {
      throw error("expected true or false");
    }
    return b;
  }
}
