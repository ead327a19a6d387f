package org.pdpguard.core.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Custom recognizers, allow-lists and deny-lists from a YAML file ({@code --config}). The format,
 * with every key it accepts:
 *
 * <pre>
 * version: 1
 * recognizers:
 *   - id: acme.employee_id          # unique; shown in findings
 *     type: VN_SOCIAL_INSURANCE     # a type of spec/entities.md
 *     category: basic               # optional; must agree with the type
 *     patterns:                     # RE2 syntax: linear time, no back-references
 *       - name: nv
 *         regex: 'NV-[0-9]{6}'
 *         score: 0.6
 *     context: [mã nhân viên, employee id]
 *     context_boost: 0.3            # default 0.3
 *     require_context: false        # default false
 * allow_list:                       # values never reported
 *   - '0123456789'                  # exact (case-insensitive, trimmed)
 *   - regex: 'TEST-[0-9]+'          # or a whole-value RE2 pattern
 * deny_list:                        # words always reported as a type
 *   - type: PERSON_NAME
 *     values: [Tèo Em]
 *     score: 0.9                    # default 0.9
 * </pre>
 *
 * Unknown keys, bad patterns, unknown types and scores outside 0..1 are rejected with a {@link
 * ConfigException} that names the file and the key.
 */
public final class CustomConfig {
  private static final Set<String> TOP =
      Set.of("version", "recognizers", "allow_list", "deny_list");
  private static final Set<String> RECOGNIZER =
      Set.of(
          "id",
          "type",
          "category",
          "patterns",
          "context",
          "context_boost",
          "require_context",
          "description");
  private static final Set<String> PATTERN = Set.of("name", "regex", "score");
  private static final Set<String> ALLOW = Set.of("regex");
  private static final Set<String> DENY = Set.of("type", "values", "score");

  private final List<Recognizer> recognizers;
  private final Predicate<String> allowList;

  private CustomConfig(List<Recognizer> recognizers, Predicate<String> allowList) {
    this.recognizers = List.copyOf(recognizers);
    this.allowList = allowList;
  }

  /** Reads and checks a configuration file. */
  public static CustomConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads and checks a configuration from a stream; {@code name} appears in error messages. */
  public static CustomConfig parse(InputStream in, String name) {
    Object document;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(name).build();
      document = new Load(settings).loadFromInputStream(in);
    } catch (YamlEngineException e) {
      throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    if (document == null) {
      return new CustomConfig(List.of(), v -> false);
    }
    try {
      return read(new YamlNode("", document));
    } catch (ConfigException e) {
      throw new ConfigException(name + ": " + e.getMessage(), e);
    }
  }

  private static CustomConfig read(YamlNode root) {
    Map<String, YamlNode> top = root.map(TOP);
    if (top.containsKey("version") && !top.get("version").string().equals("1")) {
      throw top.get("version").error("only version 1 is known");
    }
    List<Recognizer> recognizers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    YamlNode rs = top.get("recognizers");
    for (YamlNode r : rs == null ? List.<YamlNode>of() : rs.list()) {
      RegexRecognizer rec = recognizer(r);
      if (!ids.add(rec.id())) {
        throw r.error("the id '" + rec.id() + "' is used twice");
      }
      recognizers.add(rec);
    }
    YamlNode deny = top.get("deny_list");
    List<YamlNode> denies = deny == null ? List.of() : deny.list();
    for (int i = 0; i < denies.size(); i++) {
      recognizers.add(denyList(denies.get(i), i));
    }
    YamlNode allow = top.get("allow_list");
    return new CustomConfig(recognizers, allowList(allow == null ? List.of() : allow.list()));
  }

  private static RegexRecognizer recognizer(YamlNode node) {
    Map<String, YamlNode> m = node.map(RECOGNIZER);
    String id = required(node, m, "id").string();
    EntityType type = type(required(node, m, "type"));
    if (m.containsKey("category")) {
      String c = m.get("category").string().toLowerCase(Locale.ROOT);
      if (!c.equals(type.category().label())) {
        throw m.get("category")
            .error(
                "category '"
                    + c
                    + "' disagrees with "
                    + type
                    + ", which is "
                    + type.category().label());
      }
    }
    List<RegexRecognizer.NamedPattern> patterns = new ArrayList<>();
    for (YamlNode p : required(node, m, "patterns").list()) {
      Map<String, YamlNode> pm = p.map(PATTERN);
      YamlNode regex = required(p, pm, "regex");
      Pattern compiled = compile(regex);
      String name = pm.containsKey("name") ? pm.get("name").string() : "pattern" + patterns.size();
      double score = pm.containsKey("score") ? pm.get("score").score() : 0.6;
      patterns.add(new RegexRecognizer.NamedPattern(name, compiled, score));
    }
    if (patterns.isEmpty()) {
      throw m.get("patterns").error("at least one pattern is needed");
    }
    List<String> context = m.containsKey("context") ? m.get("context").strings() : List.of();
    double boost = m.containsKey("context_boost") ? m.get("context_boost").score() : 0.3;
    boolean required = m.containsKey("require_context") && m.get("require_context").bool();
    if (required && context.isEmpty()) {
      throw m.get("require_context").error("require_context needs context words");
    }
    Lexicon lexicon = context.isEmpty() ? null : Lexicon.of("custom." + id + ".context", context);
    return new RegexRecognizer(id, type, patterns, lexicon, boost, required);
  }

  private static Recognizer denyList(YamlNode node, int index) {
    Map<String, YamlNode> m = node.map(DENY);
    EntityType type = type(required(node, m, "type"));
    List<String> values = required(node, m, "values").strings();
    if (values.isEmpty()) {
      throw m.get("values").error("at least one value is needed");
    }
    double score = m.containsKey("score") ? m.get("score").score() : 0.9;
    return new DenyListRecognizer("custom.deny_list." + index, type, values, score);
  }

  private static Predicate<String> allowList(List<YamlNode> entries) {
    Set<String> exact = new HashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    for (YamlNode e : entries) {
      if (e.isMap()) {
        patterns.add(compile(required(e, e.map(ALLOW), "regex")));
      } else {
        exact.add(e.string().strip().toLowerCase(Locale.ROOT));
      }
    }
    if (exact.isEmpty() && patterns.isEmpty()) {
      return v -> false;
    }
    return v -> {
      if (exact.contains(v.strip().toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (Pattern p : patterns) {
        if (p.matches(v)) {
          return true;
        }
      }
      return false;
    };
  }

  private static YamlNode required(YamlNode parent, Map<String, YamlNode> m, String key) {
    YamlNode n = m.get(key);
    if (n == null) {
      throw parent.error("missing required key '" + key + "'");
    }
    return n;
  }

  private static EntityType type(YamlNode node) {
    try {
      return EntityType.parse(node.string());
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage() + "; see spec/entities.md for the list");
    }
  }

  private static Pattern compile(YamlNode regex) {
    String text = regex.string();
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw regex.error("bad pattern '" + text + "': " + e.getMessage());
    }
  }

  /** The custom recognizers: patterns first, then deny-lists. */
  public List<Recognizer> recognizers() {
    return recognizers;
  }

  /** True for values that must never be reported. */
  public Predicate<String> allowList() {
    return allowList;
  }
}
