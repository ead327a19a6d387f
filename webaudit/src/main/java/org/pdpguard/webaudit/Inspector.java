package org.pdpguard.webaudit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openqa.selenium.WebDriverException;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.judge.RulePack;

/**
 * Inspects a website in a {@link Browser}: loads the start page and up to {@code maxPages}
 * same-site pages it links to (privacy policies first), recording everything before any
 * interaction; then runs the canary test on every form that asks for personal data; then judges
 * what it saw. Never throws for what a site does: a page that fails keeps its error, a run that
 * runs out of time stops where it is, and the {@link Inspection} holds what was collected.
 */
public final class Inspector {
  private static final Set<String> NOT_PAGES =
      Set.of(
          "pdf", "zip", "rar", "7z", "gz", "tar", "exe", "msi", "dmg", "apk", "doc", "docx", "xls",
          "xlsx", "ppt", "pptx", "jpg", "jpeg", "png", "gif", "webp", "svg", "mp4", "mp3", "avi",
          "iso");

  private final InspectionOptions options;
  private final CountryResolver countries;
  private final Detector detector;
  private final RulePack pack;
  private final Clock clock;

  public Inspector(
      InspectionOptions options,
      CountryResolver countries,
      Detector detector,
      RulePack pack,
      Clock clock) {
    this.options = options;
    this.countries = countries;
    this.detector = detector;
    this.pack = pack;
    this.clock = clock;
  }

  /**
   * Inspects the site at {@code start}, writing page sources and screenshots into {@code out}
   * (which must have {@code pages/} and {@code screenshots/}, see {@link Bundle#create}).
   */
  public Inspection inspect(URI start, Browser browser, Path out) {
    String host = start.getHost() == null ? "" : start.getHost().toLowerCase(Locale.ROOT);
    Inspection in = new Inspection(start.toString(), host, options, clock.instant());
    in.browserVersion = browser.version();
    in.userAgent = browser.userAgent();
    Deadline deadline = new Deadline(clock, options.runTimeout());
    NetworkLog log = new NetworkLog();
    Recipients recipients = new Recipients(host, countries);
    int crawlRequests = 0;
    try {
      browser.begin(log);
      crawl(in, start, browser, log, out, deadline);
      crawlRequests = log.size();
      if (options.canary() && !in.timedOut) {
        canaries(in, browser, log, recipients, deadline);
      }
    } catch (IOException | RuntimeException e) {
      in.errors.add(
          "lần kiểm tra dừng giữa chừng / the inspection stopped: "
              + PageLoader.firstLine(String.valueOf(e.getMessage())));
      if (crawlRequests == 0) {
        crawlRequests = log.size();
      }
    } finally {
      browser.end();
    }
    log.complete();
    in.exchanges.addAll(log.snapshot());
    in.droppedRequests = log.dropped();
    hosts(in, recipients, crawlRequests);
    in.signals.putAll(WebJudging.signals(in, crawlRequests));
    in.violations.addAll(WebJudging.judge(in, pack, options.asOf()));
    in.ended = clock.instant();
    return in;
  }

  private void crawl(
      Inspection in, URI start, Browser browser, NetworkLog log, Path out, Deadline deadline)
      throws IOException {
    PageLoader loader = new PageLoader(browser, log, detector, out, options.settle());
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    Set<String> policies = new HashSet<>();
    queue.add(start.toString());
    seen.add(withoutFragment(start.toString()));
    Cookies cookies = new Cookies(browser, in.firstPartyHost);
    while (!queue.isEmpty() && in.pages.size() < options.maxPages()) {
      if (deadline.passed()) {
        in.timedOut = true;
        in.errors.add("hết thời gian của lần kiểm tra / the run's time limit was reached");
        return;
      }
      String url = queue.poll();
      PageVisit v;
      try {
        v =
            loader.visit(
                in.pages.size() + 1, url, origin(url), deadline.left(options.pageTimeout()));
      } catch (WebDriverException e) {
        v = new PageVisit(in.pages.size() + 1, url, origin(url));
        v.error = "trình duyệt lỗi / browser error: " + PageLoader.firstLine(e.getMessage());
        recover(browser);
      }
      in.pages.add(v);
      v.policy =
          policies.contains(withoutFragment(url)) || Notices.isPrivacyLink(new Link(v.title, url));
      if (v.policy) {
        v.policyCoverage = Notices.coverage(v.text);
      }
      cookies.record(v.number, in.cookies);
      if (!Sites.firstParty(Exchange.hostOf(v.source()), in.firstPartyHost)) {
        continue; // redirected off the site: do not crawl another site's links
      }
      for (Link l : v.privacyLinks) {
        String u = withoutFragment(l.href());
        if (sameSite(u, in) && seen.add(u)) {
          policies.add(u);
          queue.addFirst(u);
        }
      }
      for (Link l : v.pageLinks) {
        String u = withoutFragment(l.href());
        if (sameSite(u, in) && !NOT_PAGES.contains(extension(u)) && seen.add(u)) {
          queue.addLast(u);
        }
      }
    }
  }

  private void canaries(
      Inspection in, Browser browser, NetworkLog log, Recipients recipients, Deadline deadline) {
    FormTester tester = new FormTester(browser, log, new Canaries(), recipients, options.settle());
    for (PageVisit p : List.copyOf(in.pages)) {
      for (WebForm f : p.forms) {
        if (!f.collectsPersonalData()) {
          continue;
        }
        if (deadline.passed()) {
          in.timedOut = true;
          in.errors.add("hết thời gian của lần kiểm tra / the run's time limit was reached");
          return;
        }
        try {
          in.canaries.add(tester.test(p, f, deadline.left(options.pageTimeout())));
        } catch (WebDriverException e) {
          in.canaries.add(
              new CanaryRun(
                  p.number,
                  f.index(),
                  java.util.Map.of(),
                  List.of(),
                  false,
                  PageLoader.firstLine(e.getMessage())));
          recover(browser);
        }
      }
    }
  }

  private static void hosts(Inspection in, Recipients recipients, int crawlRequests) {
    java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
    java.util.Map<String, String> addresses = new java.util.HashMap<>();
    for (Exchange x : in.exchanges) {
      if (!x.isNetwork() || x.host().isEmpty()) {
        continue;
      }
      int[] c = counts.computeIfAbsent(x.host(), h -> new int[2]);
      c[0]++;
      if (x.index < crawlRequests) {
        c[1]++;
      }
      if (x.remoteIp != null) {
        addresses.putIfAbsent(x.host(), x.remoteIp);
      }
    }
    counts.forEach(
        (h, c) ->
            in.hosts.put(
                h,
                new Host(
                    h,
                    recipients.thirdParty(h),
                    recipients.country(h, addresses.get(h)),
                    addresses.get(h),
                    c[0],
                    c[1])));
  }

  /** After a crashed tab: a new tab to go on with, if the browser is still there. */
  private static void recover(Browser browser) {
    try {
      browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    } catch (WebDriverException ignored) {
      // the next step reports the lost browser
    }
  }

  private static boolean sameSite(String url, Inspection in) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://"))
        && Sites.firstParty(Exchange.hostOf(url), in.firstPartyHost);
  }

  static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String extension(String url) {
    String path = url;
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static String origin(String url) {
    try {
      URI u = URI.create(url);
      return u.getScheme() + "://" + u.getAuthority();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
