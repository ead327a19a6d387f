package org.pdpguard.webaudit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;

/**
 * Loads one page and records what it shows before any interaction: its text and the personal data
 * in it, forms, links, local storage, a screenshot and the page source. A page that does not finish
 * in time is stopped and read as far as it got; one that cannot be reached (a redirect loop, a
 * certificate error, a refused connection) keeps its error and nothing else.
 */
final class PageLoader {
  /** Page sources are saved up to this many chars. */
  static final int MAX_SOURCE_CHARS = 10_000_000;

  private final Browser browser;
  private final NetworkLog log;
  private final Detector detector;
  private final Path out;
  private final Duration settle;

  PageLoader(Browser browser, NetworkLog log, Detector detector, Path out, Duration settle) {
    this.browser = browser;
    this.log = log;
    this.detector = detector;
    this.out = out;
    this.settle = settle;
  }

  /**
   * How long to wait at most for the outcome of a page's main document to reach the network log
   * (the wait ends when it arrives: at once on a quiet machine). 2 s left a normal page at status 0
   * in CI on a loaded machine, twice; so did 5 s once, where the response had reached the log
   * before its request (see {@link NetworkLog}, which now puts them back in order).
   */
  static final Duration DOCUMENT_WAIT = Duration.ofSeconds(5);

  PageVisit visit(int number, String url, String origin, Duration timeout) throws IOException {
    PageVisit v = new PageVisit(number, url, origin);
    ChromeDriver d = browser.driver;
    log.at(number, Exchange.Phase.LOAD);
    long t0 = System.nanoTime();
    boolean reachable = navigate(d, url, timeout, v);
    v.loadMs = (System.nanoTime() - t0) / 1_000_000;
    if (!reachable) {
      return v;
    }
    waitQuiet(log, settle, timeout);
    v.url = d.getCurrentUrl();
    String failed = documentError(number);
    if (failed != null || v.url.startsWith("chrome-error:")) {
      // Chromium showed its own error page (a redirect loop, a refused connection) instead of
      // failing the navigation.
      v.url = url;
      v.error =
          "không tải được trang / page could not be loaded: "
              + (failed == null ? "(không rõ / unknown)" : failed);
      return v;
    }
    v.status = status(number, v.url);
    String text = PageReader.read(d.executeScript(PageReader.SCRIPT), v);
    v.text = text;
    detect(text, v);
    String name = String.format("%03d", number);
    Files.write(out.resolve("screenshots/" + name + ".png"), d.getScreenshotAs(OutputType.BYTES));
    v.screenshotFile = "screenshots/" + name + ".png";
    String source = d.getPageSource();
    if (source.length() > MAX_SOURCE_CHARS) {
      source = source.substring(0, MAX_SOURCE_CHARS);
    }
    Files.writeString(out.resolve("pages/" + name + ".html"), source, StandardCharsets.UTF_8);
    v.sourceFile = "pages/" + name + ".html";
    closePopups(d, v);
    return v;
  }

  /**
   * Loads {@code url}; false when nothing can be read from the page. A time-out stops the page and
   * keeps what loaded.
   */
  static boolean navigate(ChromeDriver d, String url, Duration timeout, PageVisit v) {
    try {
      d.manage().timeouts().pageLoadTimeout(timeout);
      d.get(url);
      return true;
    } catch (TimeoutException e) {
      v.error =
          "trang không tải xong trong "
              + timeout.toSeconds()
              + " giây / page did not finish loading within "
              + timeout.toSeconds()
              + " s";
      try {
        d.executeScript("window.stop();");
      } catch (WebDriverException ignored) {
        // the page may be gone too
      }
      return true;
    } catch (WebDriverException e) {
      v.error = "không tải được trang / page could not be loaded: " + firstLine(e.getMessage());
      return false;
    }
  }

  /** The status of the page's main document, from the network log; 0 when unknown. */
  private int status(int page, String url) {
    List<Exchange> all = log.snapshot();
    for (int i = all.size() - 1; i >= 0; i--) {
      Exchange x = all.get(i);
      if (x.page == page && "Document".equals(x.resourceType) && x.url.equals(url)) {
        return x.status;
      }
    }
    return 0;
  }

  /**
   * Why the page's main document failed, from the network log, or null when its last document
   * request did not fail (frames are documents too: only the last top-level attempt counts). The
   * log fills from DevTools events that may arrive after the navigation returns: while there is no
   * document yet, or the last one has neither an error nor a final status (none yet, or a redirect
   * hop), this waits for it, up to {@link #DOCUMENT_WAIT}, so that the page's status is known too.
   */
  private String documentError(int page) {
    long deadline = System.nanoTime() + DOCUMENT_WAIT.toNanos();
    while (true) {
      Exchange last = lastDocument(page);
      if (last != null && last.error != null) {
        return last.error.contains("ERR_ABORTED") ? null : last.error;
      }
      boolean settled =
          last != null && last.status != 0 && (last.status < 300 || last.status >= 400);
      if (settled || System.nanoTime() > deadline) {
        return null;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private Exchange lastDocument(int page) {
    List<Exchange> all = log.snapshot();
    for (int i = all.size() - 1; i >= 0; i--) {
      Exchange x = all.get(i);
      if (x.page == page && "Document".equals(x.resourceType)) {
        return x;
      }
    }
    return null;
  }

  private void detect(String text, PageVisit v) {
    List<Finding> found = detector.detect(text);
    int line = 1;
    int at = 0;
    for (Finding f : found) {
      for (; at < f.start(); at++) {
        if (text.charAt(at) == '\n') {
          line++;
        }
      }
      v.findings.add(f);
      v.findingLines.add(line);
    }
  }

  private static void closePopups(ChromeDriver d, PageVisit v) {
    Set<String> handles = d.getWindowHandles();
    if (handles.size() <= 1) {
      return;
    }
    String main = d.getWindowHandle();
    for (String h : handles) {
      if (!h.equals(main)) {
        try {
          d.switchTo().window(h);
          v.popups.add(d.getCurrentUrl());
          d.close();
        } catch (WebDriverException e) {
          v.popups.add("(không đọc được / unreadable)");
        }
      }
    }
    d.switchTo().window(main);
  }

  /** Waits until the network has been quiet for {@code quiet}, at most {@code max}. */
  static void waitQuiet(NetworkLog log, Duration quiet, Duration max) {
    long end = System.nanoTime() + Math.min(max.toNanos(), quiet.toNanos() * 8);
    long q = quiet.toNanos();
    while (System.nanoTime() < end) {
      long idle = System.nanoTime() - log.lastEventNanos();
      if (idle >= q) {
        return;
      }
      try {
        Thread.sleep(Math.max(10, (q - idle) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "(không rõ / unknown)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
