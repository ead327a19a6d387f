package org.pdpguard.cases.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the violations out of a pdpguard report: a JSONL stream of {@code scan --judge} or {@code
 * judge} ({@code "kind":"violation"} lines, docs/RULES.md "Report shapes") or a website-inspection
 * {@code inspection.json} (its {@code violations} array, docs/WEBSITE.md). Findings are not kept:
 * the report itself is stored as evidence.
 */
public final class ReportParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One violation as a case keeps it. */
  public record ReportedViolation(
      String rule, String severity, String regime, String source, String citations) {}

  /** What the report was and what it holds. */
  public record Parsed(String format, List<ReportedViolation> violations, String target) {}

  private ReportParser() {}

  /**
   * @throws IllegalArgumentException when the bytes are neither shape
   */
  public static Parsed parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("báo cáo trống / empty report");
    }
    try {
      if (text.startsWith("{") && !text.contains("\n{")) {
        JsonNode root = JSON.readTree(text);
        if (root.has("violations") && root.get("violations").isArray()) {
          List<ReportedViolation> out = new ArrayList<>();
          for (JsonNode v : root.get("violations")) {
            out.add(violation(v));
          }
          String target = root.path("start_url").asText(root.path("url").asText(null));
          return new Parsed("inspection", out, target);
        }
      }
      List<ReportedViolation> out = new ArrayList<>();
      boolean summary = false;
      BufferedReader r = new BufferedReader(new StringReader(text));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String kind = n.path("kind").asText("");
        if (kind.equals("violation")) {
          out.add(violation(n));
        } else if (kind.equals("summary")) {
          summary = true;
        } else if (!kind.equals("finding")) {
          throw new IllegalArgumentException("unknown line kind: " + kind);
        }
      }
      if (!summary) {
        throw new IllegalArgumentException("JSONL report without its summary line");
      }
      return new Parsed("jsonl", out, null);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "không phải báo cáo pdpguard / not a pdpguard report: " + e.getMessage(), e);
    }
  }

  private static ReportedViolation violation(JsonNode v) {
    String rule = v.path("rule").asText(null);
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("a violation without its rule");
    }
    List<String> cites = new ArrayList<>();
    for (JsonNode b : v.path("basis")) {
      cites.add(b.path("text").path("vi").asText(""));
    }
    return new ReportedViolation(
        rule,
        v.path("severity").asText("medium"),
        v.path("regime").asText(null),
        v.path("source").asText(null),
        String.join("; ", cites));
  }
}
