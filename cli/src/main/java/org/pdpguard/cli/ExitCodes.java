package org.pdpguard.cli;

/** The exit codes of {@code spec/cli-and-findings.md}. */
final class ExitCodes {
  /** The scan completed, with or without findings. */
  static final int OK = 0;

  /** Findings matched {@code --fail-on}. */
  static final int FINDINGS = 1;

  /** A usage error: bad option or value, a path that does not exist. */
  static final int USAGE = 2;

  /** The scan could not complete: unusable configuration, report not writable. */
  static final int CANNOT_COMPLETE = 3;

  /** Heading for the list in {@code --help} (annotations need the lines inline). */
  static final String HEADING = "%nMã thoát / Exit codes:%n";

  private ExitCodes() {}
}
