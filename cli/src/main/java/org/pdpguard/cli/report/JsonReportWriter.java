package org.pdpguard.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.Location;

/**
 * One JSON document, streamed: {@code {"schema":1,"findings":[...],"summary":{...}}}. Findings have
 * the fields of the JSONL contract without {@code kind}.
 */
final class JsonReportWriter implements ReportWriter {
  private final JsonGenerator g;
  private final boolean showValues;

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
  public void finish(Summary summary) throws IOException {
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
