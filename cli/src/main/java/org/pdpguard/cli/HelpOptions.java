package org.pdpguard.cli;

import picocli.CommandLine.Option;

/** {@code --help} and {@code --version} with Vietnamese-first descriptions, for every command. */
final class HelpOptions {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Hiện trợ giúp này rồi thoát / Show this help and exit.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "In phiên bản rồi thoát / Print the version and exit.")
  boolean version;
}
