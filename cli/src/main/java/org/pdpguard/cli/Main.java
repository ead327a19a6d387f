package org.pdpguard.cli;

import java.util.Set;
import org.pdpguard.core.recognizer.Recognizers;
import picocli.CommandLine;

/** Entry point of the {@code pdpguard} command. */
public final class Main {
  /** The commands that run the detector: their word lists load while the options are read. */
  private static final Set<String> DETECTING = Set.of("scan", "redact", "eval", "inspect-site");

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && DETECTING.contains(args[0])) {
      Recognizers.preload();
    }
    System.exit(new CommandLine(new PdpguardCommand()).execute(args));
  }
}
