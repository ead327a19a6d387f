package org.pdpguard.judge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user's data inventory: which stores hold what, and how they are protected. A YAML file:
 *
 * <pre>
 * version: 1
 * organisation:          # defaults for every store
 *   dpo: true
 *   dpia: true
 * stores:
 *   - match: "exports/**"    # glob over source names as reports give them
 *     kind: export
 *     encrypted: true
 *     access_controlled: true
 *     country: VN
 * </pre>
 *
 * The first store whose pattern matches a source gives its declarations; the organisation's fill
 * the rest. In patterns {@code **} matches anything, {@code *} and {@code ?} stop at {@code /}.
 */
public final class Inventory {
  public static final Inventory EMPTY = new Inventory(Declarations.NONE, List.of());

  private static final Set<String> TOP = Set.of("version", "organisation", "stores");

  private final Declarations organisation;
  private final List<Store> stores;

  private record Store(String glob, Pattern pattern, Declarations declarations) {}

  private Inventory(Declarations organisation, List<Store> stores) {
    this.organisation = organisation;
    this.stores = List.copyOf(stores);
  }

  /** What the organisation declares for itself and every store. */
  public Declarations organisation() {
    return organisation;
  }

  /** The declarations that apply to {@code source}. */
  public Declarations forSource(String source) {
    String name = source.replace('\\', '/');
    for (Store s : stores) {
      if (s.pattern.matcher(name).matches()) {
        return s.declarations.over(organisation);
      }
    }
    return organisation;
  }

  public static Inventory load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Reads an inventory.
   *
   * @throws RuleFileException naming every problem found
   */
  public static Inventory parse(InputStream in, String name) {
    Yaml.Node root = Yaml.load(in, name);
    Yaml.Problems problems = new Yaml.Problems(name);
    Declarations organisation = Declarations.NONE;
    List<Store> stores = new ArrayList<>();
    if (!root.isNull()) {
      Map<String, Yaml.Node> top = root.map(TOP, problems);
      Yaml.Node version = top.get("version");
      if (version != null && !"1".equals(version.text(problems))) {
        problems.add(version, "chỉ hỗ trợ version 1 / only version 1 is known");
      }
      if (top.containsKey("organisation")) {
        organisation = declarations(top.get("organisation"), Set.of(), problems);
      }
      Yaml.Node list = top.get("stores");
      for (Yaml.Node s : list == null ? List.<Yaml.Node>of() : list.list(problems)) {
        Declarations d = declarations(s, Set.of("match"), problems);
        Yaml.Node match = s.map(null, problems).get("match");
        if (match == null) {
          problems.add(s, "thiếu 'match' / missing 'match'");
        } else {
          String glob = match.text(problems);
          if (glob != null) {
            stores.add(new Store(glob, glob(glob), d));
          }
        }
      }
    }
    problems.throwIfAny();
    return new Inventory(organisation, stores);
  }

  private static Declarations declarations(
      Yaml.Node node, Set<String> extraKeys, Yaml.Problems problems) {
    Set<String> allowed = new java.util.HashSet<>(Declarations.KEYS);
    allowed.add("country");
    allowed.add("kind");
    allowed.addAll(extraKeys);
    Map<String, Boolean> flags = new LinkedHashMap<>();
    String country = null;
    PlaceKind kind = null;
    for (Map.Entry<String, Yaml.Node> e : node.map(allowed, problems).entrySet()) {
      switch (e.getKey()) {
        case "country" -> {
          country = e.getValue().text(problems);
          if (country != null && !country.matches("[A-Za-z]{2}")) {
            problems.add(e.getValue(), "cần mã quốc gia 2 chữ / expected a 2-letter country code");
          }
        }
        case "kind" -> kind = Yaml.placeKind(e.getValue(), problems);
        case "match" -> {
          // read by the caller
        }
        default -> {
          Boolean b = e.getValue().bool(problems);
          if (b != null) {
            flags.put(e.getKey(), b);
          }
        }
      }
    }
    return new Declarations(flags, country, kind);
  }

  /** A glob over source names as a regular expression (quoted, so user text is never a regex). */
  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
