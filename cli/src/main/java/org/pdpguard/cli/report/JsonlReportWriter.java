package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.judge.Violation;
import org.pdpguard.judge.ViolationJson;
import org.pdpguard.sources.Location;

/**
 * JSON Lines exactly as {@code spec/cli-and-findings.md}: one {@code "kind":"finding"} object per
 * line, then one {@code "kind":"violation"} object per violation when judged, then one {@code
 * "kind":"summary"} line last.
 */
final class JsonlReportWriter implements ReportWriter {
  private final JsonGenerator g;
  private final boolean showValues;

  JsonlReportWriter(Writer out, boolean showValues) throws IOException {
    this.g = FindingJson.generator(out);
    this.showValues = showValues;
  }

  @Override
  public void start() {}

  @Override
  public void finding(String source, Location where, LocatedFinding finding) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "finding");
    FindingJson.fields(g, source, where, finding, showValues);
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void violation(Violation v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "violation");
    ViolationJson.fields(g, v);
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void finish(Summary summary) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "summary");
    FindingJson.summaryFields(g, summary);
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }
}
