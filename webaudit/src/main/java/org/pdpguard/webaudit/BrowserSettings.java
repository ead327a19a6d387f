package org.pdpguard.webaudit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to start the browser.
 *
 * @param chromium the browser binary (Debian's {@code /usr/bin/chromium})
 * @param chromedriver the driver binary (Debian's {@code /usr/bin/chromedriver}); Selenium Manager
 *     never runs, so nothing is downloaded
 * @param pageTimeout how long one page may take to load, and one script to run
 * @param extraArguments more command-line switches; tests pass {@link #loopbackOnly} rules here so
 *     that nothing leaves the machine
 * @param acceptInsecureCertificates whether certificate errors are ignored; tests serve HTTPS with
 *     a self-signed certificate, a real inspection never sets it (a certificate error is a finding)
 */
public record BrowserSettings(
    Path chromium,
    Path chromedriver,
    Duration pageTimeout,
    List<String> extraArguments,
    boolean acceptInsecureCertificates) {

  public BrowserSettings {
    Objects.requireNonNull(chromium, "chromium");
    Objects.requireNonNull(chromedriver, "chromedriver");
    Objects.requireNonNull(pageTimeout, "pageTimeout");
    extraArguments = List.copyOf(extraArguments);
  }

  /** Debian's Chromium and ChromeDriver, with {@code pageTimeout} per page. */
  public static BrowserSettings debian(Duration pageTimeout) {
    return new BrowserSettings(
        Path.of("/usr/bin/chromium"),
        Path.of("/usr/bin/chromedriver"),
        pageTimeout,
        List.of(),
        false);
  }

  /** These settings with more switches. */
  public BrowserSettings with(List<String> arguments, boolean acceptInsecure) {
    List<String> all = new java.util.ArrayList<>(extraArguments);
    all.addAll(arguments);
    return new BrowserSettings(chromium, chromedriver, pageTimeout, all, acceptInsecure);
  }

  /**
   * The switch that sends {@code names} to 127.0.0.1 and makes every other host name fail to
   * resolve, so that a test can serve first- and third-party sites on loopback and nothing else is
   * reached. The explicit mappings come first: Chromium applies the first rule that matches.
   */
  public static String loopbackOnly(List<String> names) {
    StringBuilder rules = new StringBuilder("--host-resolver-rules=");
    for (String n : names) {
      rules.append("MAP ").append(n).append(" 127.0.0.1, ");
    }
    return rules.append("MAP * ~NOTFOUND, EXCLUDE 127.0.0.1").toString();
  }
}
