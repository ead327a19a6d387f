package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Violation;
import org.pdpguard.webaudit.Browser;
import org.pdpguard.webaudit.BrowserSettings;
import org.pdpguard.webaudit.Bundle;
import org.pdpguard.webaudit.CountryResolver;
import org.pdpguard.webaudit.GeoIpCountries;
import org.pdpguard.webaudit.Inspection;
import org.pdpguard.webaudit.InspectionOptions;
import org.pdpguard.webaudit.Inspector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pdpguard inspect-site URL --out DIR}: inspects a website in headless Chromium and writes
 * an evidence bundle (see {@code docs/WEBSITE.md}). Page errors do not fail the command: they are
 * in the bundle.
 */
@Command(
    name = "inspect-site",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Kiểm tra một website trong Chromium không giao diện và lưu gói bằng chứng.",
      "Inspect a website in headless Chromium and write an evidence bundle.",
      ""
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Đã ghi gói bằng chứng / Bundle written (page errors are in it)",
      "2:Sai cách dùng / Usage error (bad URL, DIR not empty)",
      "3:Không kiểm tra được / Could not inspect (browser did not start, DIR not writable)"
    })
final class InspectSiteCommand implements Callable<Integer> {
  /** The browser for a page time-out; tests map their host names to loopback here. */
  static volatile Function<Duration, BrowserSettings> browserSettings = BrowserSettings::debian;

  /** Where countries come from; tests replace it. */
  static volatile CountryResolver countries = null;

  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @ParentCommand PdpguardCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = {"Trang bắt đầu (http hoặc https).", "Start page (http or https)."})
  URI url;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = {
        "Thư mục mới hoặc trống cho gói bằng chứng.",
        "New or empty folder for the bundle."
      })
  Path out;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      defaultValue = "10",
      description = {
        "Số trang tối đa (mặc định ${DEFAULT-VALUE}).",
        "Pages at most (default ${DEFAULT-VALUE})."
      })
  int maxPages;

  @Option(
      names = "--page-timeout",
      paramLabel = "S",
      defaultValue = "30",
      description = {
        "Giây cho mỗi trang (mặc định ${DEFAULT-VALUE}).",
        "Seconds per page (default ${DEFAULT-VALUE})."
      })
  int pageTimeout;

  @Option(
      names = "--timeout",
      paramLabel = "S",
      defaultValue = "600",
      description = {
        "Giây cho cả lần kiểm tra (mặc định ${DEFAULT-VALUE}).",
        "Seconds for the whole run (default ${DEFAULT-VALUE})."
      })
  int timeout;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = {
        "Ngày của sự việc, chọn luật áp dụng (mặc định: hôm nay).",
        "Date of the facts, which chooses the law (default: today)."
      })
  LocalDate asOf;

  @Option(
      names = "--tsa",
      paramLabel = "URL",
      description = {
        "Máy chủ dấu thời gian RFC 3161 để đóng dấu manifest.json.",
        "RFC 3161 timestamp authority to stamp manifest.json."
      })
  URI tsa;

  @Option(
      names = "--no-canary",
      description = {
        "Không gõ giá trị thử vào biểu mẫu và không gửi biểu mẫu.",
        "Do not type canary values into forms nor submit them."
      })
  boolean noCanary;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    PrintWriter outw = cl.getOut();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new ParameterException(cl, "URL phải là http(s)://... / URL must be http(s)://...");
    }
    if (maxPages < 1 || pageTimeout < 1 || timeout < 1) {
      throw new ParameterException(cl, "--max-pages, --page-timeout, --timeout >= 1");
    }
    Clock clock = parent != null ? parent.clock : Clock.systemUTC();
    LocalDate date =
        asOf != null ? asOf : LocalDate.ofInstant(clock.instant(), JudgeOptions.VIETNAM);
    try {
      Regime.at(date);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "--as-of: " + e.getMessage());
    }
    try {
      Bundle.create(out);
    } catch (IOException e) {
      throw new ParameterException(cl, "--out: " + e.getMessage());
    }
    InspectionOptions options =
        new InspectionOptions(
            maxPages,
            Duration.ofSeconds(pageTimeout),
            Duration.ofSeconds(timeout),
            date,
            !noCanary,
            tsa,
            Version.get(),
            Duration.ofMillis(500));
    CountryResolver geo = countries != null ? countries : GeoIpCountries.debian();
    Inspector inspector =
        new Inspector(options, geo, Recognizers.defaultDetector(), RulePack.defaults(), clock);
    Inspection in;
    try (Browser browser = Browser.start(browserSettings.apply(options.pageTimeout()))) {
      in = inspector.inspect(url, browser, out);
    } catch (IOException | RuntimeException e) {
      err.println(
          "Không khởi động được Chromium / Chromium did not start: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    try {
      for (String problem : Bundle.write(out, in, tsa)) {
        err.println(problem);
      }
    } catch (IOException e) {
      err.println("Không ghi được gói bằng chứng / Cannot write the bundle: " + e.getMessage());
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    summary(outw, in);
    err.flush();
    return ExitCodes.OK;
  }

  private void summary(PrintWriter w, Inspection in) {
    List<String> errors = in.errors();
    w.println("Đã kiểm tra / Inspected: " + in.start());
    w.println(
        "Trang / Pages: "
            + in.pageCount()
            + ", lỗi / errors: "
            + errors.size()
            + ", yêu cầu / requests: "
            + in.requestCount()
            + (in.timedOut() ? " (hết giờ / time limit reached)" : ""));
    for (String e : errors) {
      w.println("  ! " + e);
    }
    List<Violation> vs = in.violations();
    w.println("Vi phạm / Violations: " + vs.size());
    for (Violation v : vs) {
      w.println(
          "  ["
              + v.severity().label()
              + "] "
              + v.ruleId()
              + " "
              + v.rule().title().both()
              + " — "
              + v.source());
    }
    w.println("Gói bằng chứng / Evidence bundle: " + out + " (report.html, manifest.json)");
    w.flush();
  }
}
