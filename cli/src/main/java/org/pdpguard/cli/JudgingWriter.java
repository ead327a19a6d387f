package org.pdpguard.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.cli.report.Judgement;
import org.pdpguard.cli.report.Masking;
import org.pdpguard.cli.report.ReportWriter;
import org.pdpguard.cli.report.Summary;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.FactsCollector;
import org.pdpguard.judge.Judge;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Severity;
import org.pdpguard.judge.Violation;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;

/**
 * Judges a report as it is written: passes every event on, gathers the facts of each place from the
 * findings (as the report shows them; raw values only to tell a child's age), and before the
 * summary writes the violations of every place and adds the judgement to the summary.
 */
final class JudgingWriter implements ReportWriter {
  private final ReportWriter inner;
  private final Judge judge;
  private final FactsCollector facts;
  private final LocalDate asOf;
  private final boolean showValues;
  private Judgement judgement;

  JudgingWriter(
      ReportWriter inner, Judge judge, FactsCollector facts, LocalDate asOf, boolean showValues) {
    this.inner = inner;
    this.judge = judge;
    this.facts = facts;
    this.asOf = asOf;
    this.showValues = showValues;
  }

  /** The location keys of a finding as reports give them: line, column, then the place. */
  static Map<String, Object> location(Location where, LocatedFinding f) {
    Map<String, Object> loc = new LinkedHashMap<>();
    if (f.line() > 0) {
      loc.put("line", f.line());
    }
    if (f.column() > 0) {
      loc.put("column", f.column());
    }
    loc.putAll(where.fields());
    return loc;
  }

  @Override
  public void start() throws IOException {
    inner.start();
  }

  @Override
  public void finding(String source, Location where, LocatedFinding f) throws IOException {
    String shown = Masking.display(f.type(), f.value(), showValues);
    facts.finding(source, location(where, f), f.type(), shown, f.value());
    inner.finding(source, where, f);
  }

  @Override
  public void columns(List<ColumnSummary> columns) throws IOException {
    inner.columns(columns);
  }

  @Override
  public void violation(Violation violation) throws IOException {
    inner.violation(violation);
  }

  @Override
  public void error(String source, String message) throws IOException {
    inner.error(source, message);
  }

  @Override
  public void skipped(String source, String reason) throws IOException {
    inner.skipped(source, reason);
  }

  @Override
  public void finish(Summary summary) throws IOException {
    judgement = writeViolations(inner, judge, facts, asOf);
    inner.finish(summary.judged(judgement));
  }

  /**
   * Judges the places of {@code facts}, writes their violations to {@code out}, and counts them.
   */
  static Judgement writeViolations(
      ReportWriter out, Judge judge, FactsCollector facts, LocalDate asOf) throws IOException {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Violation v : judge.judgeAll(facts.places(), facts.organisation(), asOf)) {
      out.violation(v);
      counts.merge(v.severity(), 1L, Long::sum);
    }
    return new Judgement(asOf, Regime.at(asOf), judge.pack().name(), counts);
  }

  /** The judgement written with the summary; null before {@link #finish}. */
  Judgement judgement() {
    return judgement;
  }

  @Override
  public void flush() throws IOException {
    inner.flush();
  }
}
