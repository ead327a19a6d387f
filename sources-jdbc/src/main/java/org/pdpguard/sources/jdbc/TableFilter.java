package org.pdpguard.sources.jdbc;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables to read, from the include and exclude patterns of the settings. A pattern with a dot
 * is matched against {@code schema.table}, one without against the table's name alone; {@code *}
 * stands for any run of characters and matching ignores case, as database names often do. A table
 * is read when it matches an include pattern (or there are none) and no exclude pattern: exclude
 * wins.
 */
final class TableFilter {
  private final List<Pattern> include;
  private final List<Pattern> exclude;
  private final List<Boolean> includeQualified;
  private final List<Boolean> excludeQualified;

  TableFilter(List<String> include, List<String> exclude) {
    this.include = include.stream().map(TableFilter::glob).toList();
    this.exclude = exclude.stream().map(TableFilter::glob).toList();
    this.includeQualified = include.stream().map(p -> p.contains(".")).toList();
    this.excludeQualified = exclude.stream().map(p -> p.contains(".")).toList();
  }

  boolean accepts(String qualified, String name) {
    if (matchesAny(exclude, excludeQualified, qualified, name)) {
      return false;
    }
    return include.isEmpty() || matchesAny(include, includeQualified, qualified, name);
  }

  private static boolean matchesAny(
      List<Pattern> patterns, List<Boolean> qualifiedPatterns, String qualified, String name) {
    for (int i = 0; i < patterns.size(); i++) {
      String subject = qualifiedPatterns.get(i) ? qualified : name;
      if (patterns.get(i).matcher(subject).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern glob(String pattern) {
    String[] parts = pattern.strip().split("\\*", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append(".*");
      }
      if (!parts[i].isEmpty()) {
        b.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(
        b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }
}
