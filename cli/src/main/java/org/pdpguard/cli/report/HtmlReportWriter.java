package org.pdpguard.cli.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Severity;
import org.pdpguard.judge.Violation;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;

/**
 * One self-contained HTML page (no external CSS, scripts, fonts or images), Vietnamese first with
 * English: totals by type (with an inline SVG bar chart), by category and by source, up to {@value
 * #SAMPLES_PER_TYPE} masked samples per type, errors and skipped sources. The page is rendered at
 * {@link #finish} from the template {@code report.html.mustache}, which escapes every value.
 *
 * <p>Memory is bounded: counts for the first {@value #MAX_SOURCES} sources with findings are kept
 * by name, the rest are added up in one line.
 */
final class HtmlReportWriter implements ReportWriter {
  static final int SAMPLES_PER_TYPE = 5;
  static final int MAX_SOURCES = 1000;
  private static final int BAR_X = 190;
  private static final int BAR_MAX = 420;
  private static final int ROW = 22;

  private final Writer out;
  private final boolean showValues;
  private final String version;
  private final Map<String, Long> bySource = new LinkedHashMap<>();
  private long otherSources;
  private long otherFindings;
  private String lastOther;
  private final List<Map<String, Object>> violations = new ArrayList<>();
  private final Map<EntityType, List<Map<String, Object>>> samples =
      new EnumMap<>(EntityType.class);

  HtmlReportWriter(Writer out, boolean showValues, String version) {
    this.out = out;
    this.showValues = showValues;
    this.version = version;
  }

  @Override
  public void start() {}

  @Override
  public void finding(String source, Location where, LocatedFinding f) {
    if (bySource.containsKey(source) || bySource.size() < MAX_SOURCES) {
      bySource.merge(source, 1L, Long::sum);
    } else {
      if (!source.equals(lastOther)) {
        otherSources++;
        lastOther = source;
      }
      otherFindings++;
    }
    List<Map<String, Object>> list = samples.computeIfAbsent(f.type(), t -> new ArrayList<>());
    if (list.size() < SAMPLES_PER_TYPE) {
      Map<String, Object> sample = new HashMap<>();
      sample.put("type", f.type().name());
      sample.put("source", source);
      sample.put("location", Labels.place(where, f));
      sample.put("value", Masking.display(f.type(), f.value(), showValues));
      sample.put("score", Labels.score(f.score()));
      list.add(sample);
    }
  }

  @Override
  public void violation(Violation v) {
    Map<String, Object> row = new HashMap<>();
    row.put("rule", v.ruleId());
    row.put("severity", v.severity().label());
    row.put("severityClass", v.severity().atLeast(Severity.HIGH) ? "sensitive" : "basic");
    row.put("titleVi", v.rule().title().vi());
    row.put("titleEn", v.rule().title().en());
    row.put("explanationVi", v.rule().explanation().vi());
    row.put("explanationEn", v.rule().explanation().en());
    row.put("source", v.source());
    row.put("place", v.kind().label());
    row.put("basis", ViolationText.basis(v));
    row.put("sanction", ViolationText.sanction(v));
    row.put("remedyVi", v.rule().remedy().vi());
    row.put("remedyEn", v.rule().remedy().en());
    row.put("findings", v.findings());
    row.put(
        "evidence",
        v.evidence().stream()
            .map(e -> e.type().name() + " " + e.value())
            .collect(java.util.stream.Collectors.joining(", ")));
    violations.add(row);
  }

  @Override
  public void finish(Summary s) throws IOException {
    Map<String, Object> scope = new HashMap<>();
    Judgement j = s.judgement();
    scope.put("judged", j != null);
    if (j != null) {
      scope.put("asOf", j.asOf().toString());
      scope.put("regime", j.regime().title().both());
      scope.put("pack", j.pack());
      scope.put("violationCount", j.total());
      scope.put("violations", violations);
      scope.put("hasViolations", !violations.isEmpty());
    }
    scope.put("version", version);
    scope.put("showValues", showValues);
    scope.put("findings", s.findings());
    scope.put("basic", s.count(Category.BASIC));
    scope.put("sensitive", s.count(Category.SENSITIVE));
    scope.put("sources", s.sources());
    scope.put("bytes", s.bytes());
    scope.put("errorCount", s.errors().size());
    scope.put("elapsedMs", s.elapsedMs());
    types(scope, s);
    List<Map<String, Object>> categories = new ArrayList<>();
    s.byCategory()
        .forEach(
            (c, n) ->
                categories.add(
                    Map.of("category", c.label(), "label", Labels.category(c), "count", n)));
    scope.put("categories", categories);
    List<Map<String, Object>> sources = new ArrayList<>();
    bySource.forEach((name, n) -> sources.add(Map.of("name", name, "count", n)));
    scope.put("bySource", sources);
    scope.put("hasBySource", !sources.isEmpty());
    scope.put("hasOtherSources", otherSources > 0);
    scope.put("otherSources", otherSources);
    scope.put("otherFindings", otherFindings);
    List<Map<String, Object>> sampleRows = new ArrayList<>();
    samples.values().forEach(sampleRows::addAll);
    scope.put("samples", sampleRows);
    scope.put("hasSamples", !sampleRows.isEmpty());
    List<Map<String, Object>> columns = new ArrayList<>();
    for (ColumnSummary c : s.columns()) {
      columns.add(
          Map.of(
              "source", c.source(),
              "column", c.qualifiedName(),
              "type", c.type().name(),
              "share", Labels.percent(c.share()),
              "matched", c.matched(),
              "values", c.values()));
    }
    scope.put("columns", columns);
    scope.put("hasColumns", !columns.isEmpty());
    scope.put("errors", problems(s.errors()));
    scope.put("hasErrors", !s.errors().isEmpty());
    scope.put("skipped", problems(s.skipped()));
    scope.put("hasSkipped", !s.skipped().isEmpty());
    template().execute(out, scope);
    out.flush();
  }

  /** Rows of the by-type table and the geometry of the bar chart. */
  private static void types(Map<String, Object> scope, Summary s) {
    long max = s.byType().values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    int i = 0;
    for (Map.Entry<EntityType, Long> e : s.byType().entrySet()) {
      EntityType t = e.getKey();
      long n = e.getValue();
      int width = (int) Math.max(1, Math.round((double) n / max * BAR_MAX));
      Map<String, Object> row = new HashMap<>();
      row.put("name", t.name());
      row.put("labelVi", t.labelVi());
      row.put("labelEn", t.labelEn());
      row.put("category", t.category().label());
      row.put("categoryLabel", Labels.category(t.category()));
      row.put("count", n);
      row.put("textY", i * ROW + 15);
      row.put("barX", BAR_X);
      row.put("barY", i * ROW + 3);
      row.put("barWidth", width);
      row.put("countX", BAR_X + width + 6);
      row.put("color", t.category() == Category.SENSITIVE ? "#cf222e" : "#d4a72c");
      rows.add(row);
      i++;
    }
    scope.put("types", rows);
    scope.put("hasTypes", !rows.isEmpty());
    scope.put("chartWidth", BAR_X + BAR_MAX + 80);
    scope.put("chartHeight", Math.max(ROW, i * ROW + 4));
  }

  private static List<Map<String, Object>> problems(List<Problem> problems) {
    List<Map<String, Object>> rows = new ArrayList<>();
    problems.forEach(p -> rows.add(Map.of("source", p.source(), "message", p.message())));
    return rows;
  }

  private static Mustache template() throws IOException {
    InputStream in = HtmlReportWriter.class.getResourceAsStream("report.html.mustache");
    if (in == null) {
      throw new IOException("report.html.mustache is missing from the jar");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new DefaultMustacheFactory().compile(reader, "report.html");
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
