package org.pdpguard.cli;

import picocli.CommandLine;

/** Entry point of the {@code pdpguard} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new PdpguardCommand()).execute(args));
  }
}
