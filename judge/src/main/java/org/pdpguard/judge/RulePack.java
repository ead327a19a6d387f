package org.pdpguard.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A named, ordered set of rules read from YAML. Reading checks everything a rule needs and rejects
 * the file with every problem named by its path ({@code rules[2].basis.law91[0].article}); a pack
 * that loads is one the judge can use. The format is described in {@code docs/RULES.md}.
 */
public final class RulePack {
  /** The bundled Vietnamese pack. */
  public static final String DEFAULT_RESOURCE = "vn-default.yaml";

  private final String name;
  private final List<Rule> rules;

  RulePack(String name, List<Rule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
  }

  public String name() {
    return name;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The bundled Vietnamese rule pack. */
  public static RulePack defaults() {
    try (InputStream in = RulePack.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return parse(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RulePack load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Reads and checks a pack.
   *
   * @throws RuleFileException naming every problem, when the pack cannot be used
   */
  public static RulePack parse(InputStream in, String fileName) {
    return RuleReader.read(in, fileName);
  }
}
