package org.pdpguard.judge;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;

/**
 * Reads a rule pack and checks everything a rule needs, collecting every problem with the path of
 * the value it concerns. Long because it is one check per key of the format in {@code
 * docs/RULES.md}; each method reads one part (rule, condition, citation, sanction, text).
 */
final class RuleReader {
  private RuleReader() {}

  private static final Set<String> TOP = Set.of("version", "pack", "title", "rules");
  private static final Set<String> RULE =
      Set.of(
          "id",
          "severity",
          "scope",
          "title",
          "explanation",
          "remedy",
          "when",
          "basis",
          "sanctions");
  private static final Set<String> WHEN =
      Set.of(
          "place",
          "types_any",
          "category",
          "min_distinct",
          "min_subjects",
          "min_findings",
          "declared",
          "unless_declared",
          "public",
          "cross_border",
          "children",
          "signals_any",
          "data");
  private static final Set<String> TEXT = Set.of("vi", "en");
  private static final Set<String> CITATION =
      Set.of("instrument", "article", "clause", "point", "provisional");
  private static final Set<String> SANCTION;

  static {
    Set<String> s = new HashSet<>(CITATION);
    s.addAll(Set.of("min", "max", "from", "note"));
    SANCTION = Set.copyOf(s);
  }

  /**
   * Reads and checks a pack.
   *
   * @throws RuleFileException naming every problem, when the pack cannot be used
   */
  static RulePack read(InputStream in, String fileName) {
    Yaml.Node root = Yaml.load(in, fileName);
    Yaml.Problems problems = new Yaml.Problems(fileName);
    if (root.isNull()) {
      problems.add(root, "tệp rỗng / the file is empty");
      problems.throwIfAny();
    }
    Map<String, Yaml.Node> top = root.map(TOP, problems);
    Yaml.Node version = top.get("version");
    if (version == null) {
      problems.add(root, "thiếu 'version: 1' / missing 'version: 1'");
    } else if (!"1".equals(version.text(problems))) {
      problems.add(version, "chỉ hỗ trợ version 1 / only version 1 is known");
    }
    String name = top.containsKey("pack") ? top.get("pack").text(problems) : fileName;
    List<Rule> rules = new ArrayList<>();
    Yaml.Node list = top.get("rules");
    if (list == null) {
      problems.add(root, "thiếu 'rules' / missing 'rules'");
    } else {
      Set<String> ids = new HashSet<>();
      for (Yaml.Node r : list.list(problems)) {
        Rule rule = rule(r, problems);
        if (rule != null && !ids.add(rule.id())) {
          problems.add(r, "mã quy tắc trùng / duplicate rule id '" + rule.id() + "'");
        }
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    problems.throwIfAny();
    return new RulePack(name, rules);
  }

  private static Rule rule(Yaml.Node node, Yaml.Problems problems) {
    Map<String, Yaml.Node> m = node.map(RULE, problems);
    for (String required : List.of("id", "severity", "title", "explanation", "remedy", "when")) {
      if (!m.containsKey(required)) {
        problems.add(node, "thiếu / missing '" + required + "'");
      }
    }
    if (!m.containsKey("basis")) {
      problems.add(node, "thiếu căn cứ pháp lý / missing 'basis' (the articles the rule rests on)");
    }
    String id = m.containsKey("id") ? m.get("id").text(problems) : null;
    if (id != null && !id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
      problems.add(
          m.get("id"), "mã quy tắc dạng / ids look like VN-LOG-IDENTIFIERS, got '" + id + "'");
    }
    Severity severity = null;
    if (m.containsKey("severity")) {
      String s = m.get("severity").text(problems);
      severity = s == null ? null : Severity.parse(s);
      if (s != null && severity == null) {
        problems.add(
            m.get("severity"),
            "mức độ không biết / unknown severity '"
                + s
                + "'; expected low, medium, high or critical");
      }
    }
    Text title = text(m.get("title"), problems);
    Text explanation = text(m.get("explanation"), problems);
    Text remedy = text(m.get("remedy"), problems);
    Condition when = m.containsKey("when") ? condition(m.get("when"), problems) : null;
    Map<Regime, List<Citation>> basis = new EnumMap<>(Regime.class);
    if (m.containsKey("basis")) {
      for (Map.Entry<Regime, Yaml.Node> e : byRegime(m.get("basis"), problems).entrySet()) {
        List<Citation> cs = new ArrayList<>();
        for (Yaml.Node c : e.getValue().list(problems)) {
          Citation citation = citation(c, c.map(CITATION, problems), problems);
          if (citation != null) {
            cs.add(citation);
          }
        }
        if (cs.isEmpty()) {
          problems.add(e.getValue(), "cần ít nhất một điều luật / at least one citation is needed");
        }
        basis.put(e.getKey(), cs);
      }
    }
    Map<Regime, List<Sanction>> sanctions = new EnumMap<>(Regime.class);
    if (m.containsKey("sanctions")) {
      for (Map.Entry<Regime, Yaml.Node> e : byRegime(m.get("sanctions"), problems).entrySet()) {
        if (!basis.containsKey(e.getKey())) {
          problems.add(
              e.getValue(),
              "có chế tài nhưng không có căn cứ cho chế độ này / a sanction without a basis under "
                  + e.getKey().key());
        }
        List<Sanction> ss = new ArrayList<>();
        for (Yaml.Node s : e.getValue().list(problems)) {
          Sanction sanction = sanction(s, e.getKey(), problems);
          if (sanction != null) {
            ss.add(sanction);
          }
        }
        sanctions.put(e.getKey(), ss);
      }
    }
    if (id == null
        || severity == null
        || title == null
        || explanation == null
        || remedy == null
        || when == null
        || basis.isEmpty()) {
      return null;
    }
    boolean organisation = false;
    if (m.containsKey("scope")) {
      String scope = m.get("scope").text(problems);
      organisation = "organisation".equals(scope);
      if (scope != null && !organisation && !"place".equals(scope)) {
        problems.add(
            m.get("scope"),
            "cần place hoặc organisation / expected place or organisation, got '" + scope + "'");
      }
      if (organisation && !when.places().isEmpty()) {
        problems.add(
            m.get("scope"),
            "quy tắc cấp tổ chức không lọc theo nơi / an organisation rule cannot have 'place'");
      }
    }
    return new Rule(id, title, explanation, severity, when, basis, sanctions, remedy, organisation);
  }

  private static Map<Regime, Yaml.Node> byRegime(Yaml.Node node, Yaml.Problems problems) {
    Map<Regime, Yaml.Node> out = new EnumMap<>(Regime.class);
    for (Map.Entry<String, Yaml.Node> e : node.map(null, problems).entrySet()) {
      Regime r = Regime.byKey(e.getKey());
      if (r == null) {
        problems.add(
            e.getValue(),
            "chế độ pháp lý không biết / unknown regime '"
                + e.getKey()
                + "'; expected decree13 or law91");
      } else {
        out.put(r, e.getValue());
      }
    }
    if (out.isEmpty() && node.value instanceof Map<?, ?> map && map.isEmpty()) {
      problems.add(node, "rỗng / empty");
    }
    return out;
  }

  private static Citation citation(
      Yaml.Node node, Map<String, Yaml.Node> m, Yaml.Problems problems) {
    Instrument instrument = null;
    if (!m.containsKey("instrument")) {
      problems.add(node, "thiếu / missing 'instrument'");
    } else {
      String key = m.get("instrument").text(problems);
      instrument = key == null ? null : Instrument.byKey(key);
      if (key != null && instrument == null) {
        problems.add(
            m.get("instrument"),
            "văn bản không biết / unknown instrument '"
                + key
                + "'; expected one of "
                + List.of("law91", "decree356", "decree330", "decree13", "decree15"));
      }
    }
    Long article = null;
    if (!m.containsKey("article")) {
      problems.add(node, "thiếu / missing 'article'");
    } else {
      article = m.get("article").number(1, problems);
    }
    Long clause = m.containsKey("clause") ? m.get("clause").number(1, problems) : null;
    String point = m.containsKey("point") ? m.get("point").text(problems) : null;
    if (point != null && !point.matches("[a-zđ]")) {
      problems.add(
          m.get("point"),
          "điểm là một chữ cái / a point is one letter (a, b, đ...), got '" + point + "'");
    }
    Boolean provisional =
        m.containsKey("provisional") ? m.get("provisional").bool(problems) : false;
    if (instrument == null
        || article == null
        || provisional == null
        || m.containsKey("clause") && clause == null) {
      return null;
    }
    return new Citation(
        instrument,
        article.intValue(),
        clause == null ? null : clause.intValue(),
        point,
        provisional);
  }

  private static Sanction sanction(Yaml.Node node, Regime regime, Yaml.Problems problems) {
    Map<String, Yaml.Node> m = node.map(SANCTION, problems);
    Citation citation = citation(node, m, problems);
    Long min = m.containsKey("min") ? m.get("min").number(0, problems) : null;
    Long max = m.containsKey("max") ? m.get("max").number(0, problems) : null;
    if (!m.containsKey("min") || !m.containsKey("max")) {
      problems.add(node, "thiếu mức phạt / missing 'min' or 'max' (VND)");
    }
    if (min != null && max != null && max < min) {
      problems.add(
          m.get("max"), "mức tối đa nhỏ hơn mức tối thiểu / max " + max + " is below min " + min);
    }
    LocalDate from = regime.from();
    if (m.containsKey("from")) {
      String s = m.get("from").text(problems);
      try {
        from = s == null ? null : LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        problems.add(
            m.get("from"), "cần ngày dạng / expected a date like 2026-08-19, got '" + s + "'");
        from = null;
      }
    }
    Text note = m.containsKey("note") ? text(m.get("note"), problems) : null;
    if (citation == null || min == null || max == null || max < min || from == null) {
      return null;
    }
    return new Sanction(citation, min, max, from, note);
  }

  private static Condition condition(Yaml.Node node, Yaml.Problems problems) {
    Map<String, Yaml.Node> m = node.map(WHEN, problems);
    Set<PlaceKind> places = EnumSet.noneOf(PlaceKind.class);
    if (m.containsKey("place")) {
      for (Yaml.Node p : m.get("place").list(problems)) {
        PlaceKind k = Yaml.placeKind(p, problems);
        if (k != null) {
          places.add(k);
        }
      }
    }
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    if (m.containsKey("types_any")) {
      for (Yaml.Node t : m.get("types_any").list(problems)) {
        EntityType type = Yaml.entityType(t, problems);
        if (type != null) {
          types.add(type);
        }
      }
    }
    Category category = null;
    if (m.containsKey("category")) {
      String c = m.get("category").text(problems);
      if ("basic".equals(c)) {
        category = Category.BASIC;
      } else if ("sensitive".equals(c)) {
        category = Category.SENSITIVE;
      } else if (c != null) {
        problems.add(
            m.get("category"),
            "cần basic hoặc sensitive / expected basic or sensitive, got '" + c + "'");
      }
    }
    Map<String, Boolean> declared = new LinkedHashMap<>();
    if (m.containsKey("declared")) {
      for (Map.Entry<String, Yaml.Node> e :
          m.get("declared").map(Declarations.KEYS, problems).entrySet()) {
        Boolean b = e.getValue().bool(problems);
        if (b != null) {
          declared.put(e.getKey(), b);
        }
      }
    }
    List<String> unless = new ArrayList<>();
    if (m.containsKey("unless_declared")) {
      for (Yaml.Node u : m.get("unless_declared").list(problems)) {
        String k = u.text(problems);
        if (k != null && !Declarations.KEYS.contains(k)) {
          problems.add(
              u,
              "khai báo không biết / unknown declaration '"
                  + k
                  + "'; expected one of "
                  + new java.util.TreeSet<>(Declarations.KEYS));
        } else if (k != null) {
          unless.add(k);
        }
      }
    }
    return new Condition(
        places,
        types,
        category,
        (int) count(m.get("min_distinct"), 1, problems),
        count(m.get("min_subjects"), 0, problems),
        count(m.get("min_findings"), 1, problems),
        declared,
        unless,
        flag(m.get("public"), problems),
        flag(m.get("cross_border"), problems),
        flag(m.get("children"), problems),
        signals(m.get("signals_any"), problems),
        dataScope(m.get("data"), problems));
  }

  private static DataScope dataScope(Yaml.Node node, Yaml.Problems problems) {
    if (node == null) {
      return DataScope.HELD;
    }
    String s = node.text(problems);
    DataScope d = s == null ? null : DataScope.parse(s);
    if (s != null && d == null) {
      problems.add(
          node, "cần held, collected hoặc any / expected held, collected or any, got '" + s + "'");
    }
    return d == null ? DataScope.HELD : d;
  }

  private static Set<String> signals(Yaml.Node node, Yaml.Problems problems) {
    Set<String> out = new HashSet<>();
    if (node == null) {
      return out;
    }
    for (Yaml.Node n : node.list(problems)) {
      String s = n.text(problems);
      if (s != null && !PlaceFacts.SIGNALS.contains(s)) {
        problems.add(
            n,
            "dấu hiệu không biết / unknown signal '"
                + s
                + "'; expected one of "
                + new java.util.TreeSet<>(PlaceFacts.SIGNALS));
      } else if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static long count(Yaml.Node node, long fallback, Yaml.Problems problems) {
    if (node == null) {
      return fallback;
    }
    Long n = node.number(fallback, problems);
    return n == null ? fallback : n;
  }

  private static Boolean flag(Yaml.Node node, Yaml.Problems problems) {
    return node == null ? null : node.bool(problems);
  }

  private static Text text(Yaml.Node node, Yaml.Problems problems) {
    if (node == null) {
      return null;
    }
    Map<String, Yaml.Node> m = node.map(TEXT, problems);
    if (!m.containsKey("vi") || !m.containsKey("en")) {
      problems.add(node, "cần cả tiếng Việt và tiếng Anh / both 'vi' and 'en' are needed");
      return null;
    }
    String vi = m.get("vi").text(problems);
    String en = m.get("en").text(problems);
    return vi == null || en == null ? null : new Text(vi, en);
  }
}
