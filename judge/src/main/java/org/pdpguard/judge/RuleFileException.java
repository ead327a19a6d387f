package org.pdpguard.judge;

import java.util.List;

/**
 * A rule pack or inventory that cannot be used; {@link #problems()} names each problem and where.
 */
public final class RuleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<String> problems;

  public RuleFileException(String file, List<String> problems) {
    super(file + ": " + String.join("; ", problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  /** One message per problem, each starting with the path of the value in the file. */
  public List<String> problems() {
    return problems;
  }
}
