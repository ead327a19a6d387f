package org.pdpguard.sources.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.TextDecoder;
import org.pdpguard.sources.Units;

/**
 * Reads JSON ({@code .json}) and JSON Lines ({@code .jsonl}, {@code .ndjson}, or a {@code .json}
 * file whose first line is a whole object or array with more lines after it) as records, by the
 * rule of {@link JsonRecords}, streaming with Jackson's parser.
 *
 * <p>JSON Lines are read line by line, each record carrying its line: a line that is not JSON, or
 * is longer than {@link RecordReaders#MAX_RECORD_CHARS}, is reported and the next line read. A
 * document that stops being JSON fails at that point (after what came before is sent), with its
 * line and column but none of its text, which may be personal data. Parsing is lenient (comments,
 * single quotes, trailing commas, numbers with leading zeros, which lose them: {@code 0912345678}
 * reads as {@code 912345678}) since exports are often hand-made; values nested deeper than {@link
 * JsonRecords#MAX_DEPTH}, member names and paths longer than {@link JsonRecords#MAX_PATH}, and
 * strings longer than the record limit are refused.
 */
final class JsonReader implements FormatReader {
  private static final Set<String> LINES = Set.of("jsonl", "ndjson", "jsonlines");
  private static final int SAMPLE_CHARS = 64 * 1024;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(JsonRecords.MAX_DEPTH + 1)
                  .maxStringLength(RecordReaders.MAX_RECORD_CHARS)
                  .maxNameLength(JsonRecords.MAX_PATH)
                  .build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES,
              JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
              JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  @Override
  public String name() {
    return "json";
  }

  @Override
  public boolean accepts(Content content) {
    return content.extension().equals("json") || LINES.contains(content.extension());
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    TextDecoder.Decoded decoded = TextDecoder.open(in);
    if (decoded.skipped() != null) {
      units.skipped(content.name(), decoded.skipped());
      return;
    }
    BufferedReader text = new BufferedReader(decoded.reader(), SAMPLE_CHARS);
    if (LINES.contains(content.extension()) || looksLikeLines(text)) {
      readLines(content.name(), text, units);
    } else {
      readDocument(content.name(), text, units);
    }
  }

  private static void readDocument(String name, BufferedReader text, Units units)
      throws IOException {
    JsonRecords records = new JsonRecords(units, name, Location.NONE);
    try (JsonParser p = FACTORY.createParser(text)) {
      while (p.nextToken() != null) {
        records.value(p);
      }
    } catch (StreamConstraintsException e) {
      throw new IOException(pastLimit(e), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : at.getLineNr();
      long column = at == null ? 0 : at.getColumnNr();
      throw new IOException(
          "JSON hỏng ở dòng "
              + line
              + ", cột "
              + column
              + " / malformed JSON at line "
              + line
              + ", column "
              + column);
    }
  }

  private static void readLines(String name, BufferedReader text, Units units) throws IOException {
    JsonLines lines = new JsonLines(text, RecordReaders.MAX_RECORD_CHARS);
    for (JsonLines.Line line; (line = lines.next()) != null; ) {
      long n = line.number();
      if (line.text() == null) {
        units.error(
            name,
            "dòng "
                + n
                + ": dài quá "
                + RecordReaders.MAX_RECORD_CHARS
                + " ký tự, đã bỏ qua / line "
                + n
                + ": longer than "
                + RecordReaders.MAX_RECORD_CHARS
                + " chars, skipped");
        continue;
      }
      if (line.text().isBlank()) {
        continue;
      }
      JsonRecords records = new JsonRecords(units, name, Location.NONE.with(Location.LINE, n));
      try (JsonParser p = FACTORY.createParser(line.text())) {
        while (p.nextToken() != null) {
          records.value(p);
        }
      } catch (JsonRecords.PastLimit e) {
        units.error(name, "dòng " + n + ": " + e.vi + " / line " + n + ": " + e.en);
      } catch (StreamConstraintsException e) {
        units.error(
            name,
            "dòng "
                + n
                + ": JSON vượt giới hạn an toàn / line "
                + n
                + ": JSON past a safety limit");
      } catch (JsonProcessingException e) {
        units.error(name, "dòng " + n + ": không phải JSON / line " + n + ": not JSON");
      }
    }
  }

  private static String pastLimit(StreamConstraintsException e) {
    return "JSON vượt giới hạn an toàn / JSON past a safety limit (" + e.getOriginalMessage() + ")";
  }

  /**
   * True when the first non-blank line of the text is a whole JSON object or array and more text
   * follows on later lines (a document whose first line is whole holds nothing else); the text is
   * left where it was.
   */
  static boolean looksLikeLines(BufferedReader text) throws IOException {
    text.mark(SAMPLE_CHARS);
    char[] sample = new char[SAMPLE_CHARS];
    int n = 0;
    for (int r; n < sample.length && (r = text.read(sample, n, sample.length - n)) > 0; ) {
      n += r;
    }
    text.reset();
    String[] lines = new String(sample, 0, n).strip().split("\n", 2);
    if (lines.length < 2 || lines[1].isBlank() || !startsValue(lines[0])) {
      return false;
    }
    try (JsonParser p = FACTORY.createParser(lines[0])) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean startsValue(String line) {
    String s = line.strip();
    return s.startsWith("{") || s.startsWith("[");
  }
}
