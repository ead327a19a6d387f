package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Violation;
import org.pdpguard.judge.ViolationJson;
import org.pdpguard.sources.Location;

/**
 * One JSON document, streamed: {@code {"schema":1,"findings":[...],"summary":{...}}}, with {@code
 * "violations":[...]} before the summary when judged. Findings and violations have the fields of
 * the JSONL contract without {@code kind}.
 */
final class JsonReportWriter implements ReportWriter {
  private final JsonGenerator g;
  private final boolean showValues;
  private boolean inViolations;

  JsonReportWriter(Writer out, boolean showValues) throws IOException {
    this.g = FindingJson.generator(out);
    this.showValues = showValues;
  }

  @Override
  public void start() throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema", FindingJson.SCHEMA);
    g.writeArrayFieldStart("findings");
  }

  @Override
  public void finding(String source, Location where, LocatedFinding finding) throws IOException {
    g.writeStartObject();
    FindingJson.fields(g, source, where, finding, showValues);
    g.writeEndObject();
  }

  @Override
  public void violation(Violation v) throws IOException {
    startViolations();
    g.writeStartObject();
    ViolationJson.fields(g, v);
    g.writeEndObject();
  }

  /** Closes the findings and opens the violations, once. */
  private void startViolations() throws IOException {
    if (!inViolations) {
      g.writeEndArray();
      g.writeArrayFieldStart("violations");
      inViolations = true;
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    if (summary.judgement() != null) {
      startViolations();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    FindingJson.summaryFields(g, summary);
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }
}
