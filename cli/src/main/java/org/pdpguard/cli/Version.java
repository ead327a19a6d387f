package org.pdpguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time. */
final class Version implements IVersionProvider {
  private static final String VERSION = load();

  static String get() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"pdpguard " + VERSION};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through: an unknown version is not a reason to fail
    }
    return "dev";
  }
}
