package org.pdpguard.webaudit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.network.Network;

/**
 * A headless Chromium with a fresh profile, driven through ChromeDriver, with the DevTools
 * protocol's Network domain feeding the current {@link NetworkLog}. The profile folder is deleted
 * on {@link #close()}. Downloads are refused; the switches keep Chromium from calling home, which a
 * closed network refuses anyway and which would pollute the evidence.
 */
public final class Browser implements AutoCloseable {
  private static final List<String> SWITCHES =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--disable-extensions",
          "--disable-default-apps",
          "--mute-audio",
          "--window-size=1280,900");

  final ChromeDriver driver;
  final DevTools devTools;
  private final Path profile;
  private final String version;
  private final String userAgent;
  private final BrowserSettings settings;
  private volatile NetworkLog sink;

  private Browser(ChromeDriver driver, DevTools devTools, Path profile, BrowserSettings settings) {
    this.driver = driver;
    this.devTools = devTools;
    this.profile = profile;
    this.settings = settings;
    var v = devTools.send(org.openqa.selenium.devtools.v156.browser.Browser.getVersion());
    this.version = v.getProduct();
    this.userAgent = v.getUserAgent();
  }

  /**
   * Starts the browser.
   *
   * @throws IOException when the profile folder cannot be made
   * @throws org.openqa.selenium.WebDriverException when the browser or its driver does not start
   */
  public static Browser start(BrowserSettings settings) throws IOException {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("pdpguard-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(settings.chromium().toFile());
    options.addArguments(SWITCHES);
    options.addArguments("--user-data-dir=" + profile);
    options.addArguments(settings.extraArguments());
    options.setAcceptInsecureCerts(settings.acceptInsecureCertificates());
    options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download_restrictions", 3); // block every download
    prefs.put("download.prompt_for_download", false);
    prefs.put("profile.default_content_setting_values.popups", 2);
    prefs.put("profile.default_content_setting_values.notifications", 2);
    prefs.put("profile.default_content_setting_values.geolocation", 2);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(settings.chromedriver().toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeDriver driver = null;
    try {
      driver = new ChromeDriver(service, options);
      Duration t = settings.pageTimeout();
      driver.manage().timeouts().pageLoadTimeout(t);
      driver.manage().timeouts().scriptTimeout(t);
      DevTools devTools = driver.getDevTools();
      devTools.createSession();
      Browser b = new Browser(driver, devTools, profile, settings);
      b.listen();
      return b;
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.quit();
      }
      delete(profile);
      throw e;
    }
  }

  private void listen() {
    devTools.send(
        Network.enable(
            Optional.empty(),
            Optional.empty(),
            Optional.of(64 * 1024),
            Optional.empty(),
            Optional.empty()));
    // With the number Selenium gave each message as it arrived: its threads may deliver them out
    // of order, and the log puts them back in it.
    devTools.addListener(
        Network.requestWillBeSent(), (n, e) -> sink().ifPresent(s -> s.onRequest(n, e)));
    devTools.addListener(
        Network.requestWillBeSentExtraInfo(), (n, e) -> sink().ifPresent(s -> s.onExtraInfo(n, e)));
    devTools.addListener(
        Network.responseReceived(), (n, e) -> sink().ifPresent(s -> s.onResponse(n, e)));
    devTools.addListener(
        Network.loadingFinished(), (n, e) -> sink().ifPresent(s -> s.onFinished(n, e)));
    devTools.addListener(
        Network.loadingFailed(), (n, e) -> sink().ifPresent(s -> s.onFailed(n, e)));
  }

  private Optional<NetworkLog> sink() {
    return Optional.ofNullable(sink);
  }

  /**
   * Starts a new inspection in this browser: cookies and cache cleared, extra windows closed, a
   * blank page, and requests from now on recorded in {@code log}. Lets tests reuse one browser; a
   * site's local storage is per origin, and each test site has its own port.
   */
  void begin(NetworkLog log) {
    sink = null;
    String first = driver.getWindowHandles().iterator().next();
    for (String h : driver.getWindowHandles()) {
      if (!h.equals(first)) {
        driver.switchTo().window(h).close();
      }
    }
    driver.switchTo().window(first);
    driver.get("about:blank");
    devTools.send(Network.clearBrowserCookies());
    devTools.send(Network.clearBrowserCache());
    sink = log;
  }

  /** Stops recording. */
  void end() {
    sink = null;
  }

  /** The browser's product and version, e.g. {@code Chrome/156.0.8078.108}. */
  public String version() {
    return version;
  }

  public String userAgent() {
    return userAgent;
  }

  public BrowserSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    try {
      devTools.close();
    } catch (RuntimeException e) {
      // the connection may already be gone with a crashed browser
    }
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
