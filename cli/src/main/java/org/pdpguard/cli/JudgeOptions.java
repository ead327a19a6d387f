package org.pdpguard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pdpguard.judge.Inventory;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.RulePack;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say how findings are judged, shared by {@code scan --judge} and {@code judge}.
 */
final class JudgeOptions {
  /** Dates are Vietnamese dates: the day changes at midnight in Hà Nội. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = {
        "Ngày của sự việc, chọn luật áp dụng (mặc định: hôm nay). Trước 01/01/2026: Nghị định",
        "13/2023; từ đó: Luật 91/2025 và Nghị định 356/2025.",
        "Date of the facts, which chooses the law (default: today). Before 1 Jan 2026: Decree",
        "13/2023; from then: Law 91/2025 with Decree 356/2025."
      })
  LocalDate asOf;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = {
        "Bộ quy tắc YAML thay cho bộ mặc định (xem docs/RULES.md).",
        "YAML rule pack instead of the default one (see docs/RULES.md)."
      })
  Path rules;

  @Option(
      names = "--inventory",
      paramLabel = "FILE",
      description = {
        "Tệp kiểm kê dữ liệu YAML: kho nào được mã hóa, phân quyền, ở nước nào...",
        "YAML data inventory: which stores are encrypted, access-controlled, in which country..."
      })
  Path inventory;

  /** The date of the facts: {@code --as-of}, else today in Vietnam by {@code clock}. */
  LocalDate asOf(Clock clock, CommandLine cl) {
    LocalDate date = asOf != null ? asOf : LocalDate.ofInstant(clock.instant(), VIETNAM);
    try {
      Regime.at(date);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "--as-of: " + e.getMessage());
    }
    return date;
  }

  /**
   * The rule pack.
   *
   * @throws org.pdpguard.judge.RuleFileException when it cannot be used
   */
  RulePack pack() throws IOException {
    return rules == null ? RulePack.defaults() : RulePack.load(rules);
  }

  /**
   * The data inventory, empty when none was given.
   *
   * @throws org.pdpguard.judge.RuleFileException when it cannot be used
   */
  Inventory inventory() throws IOException {
    return inventory == null ? Inventory.EMPTY : Inventory.load(inventory);
  }
}
