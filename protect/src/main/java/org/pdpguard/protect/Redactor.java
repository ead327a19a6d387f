package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.stream.TextScanner;
import org.pdpguard.sources.TextDecoder;

/**
 * Writes a redacted copy of a file: every finding of the detector replaced as the {@link Policy}
 * says, the rest kept (text as it is; CSV rows and columns; JSON keys, nesting and spacing). The
 * input is read as the scan reads it ({@link TextDecoder}: UTF-8, UTF-16 with a byte-order mark,
 * else Windows-1258) and never written to; the output is UTF-8 without a byte-order mark, written
 * atomically, with a manifest of its FPE values beside it ({@link Manifest}) for {@link Reveal}.
 *
 * <p>Formats, by extension: {@code .csv .tsv .tab .psv} as delimited text, {@code .json} as JSON
 * (JSON Lines when its first line is a whole value and more follow), {@code .jsonl .ndjson} as JSON
 * Lines, anything else as plain text; documents, spreadsheets, archives, images and binary files
 * are refused ({@link UnsupportedFormatException}), never copied. Thread-safe: files may be
 * redacted at the same time.
 */
public final class Redactor {
  /** How a file is read and written back. */
  public enum Format {
    TEXT,
    CSV,
    JSON,
    JSONL;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Map<String, Character> DELIMITED =
      Map.of("csv", ',', "tsv", '\t', "tab", '\t', "psv", '|');
  private static final Set<String> LINES = Set.of("jsonl", "ndjson", "jsonlines");
  private static final Set<String> REFUSED =
      Set.of(
          "docx", "docm", "doc", "xlsx", "xlsm", "xls", "pptx", "ppt", "pdf", "odt", "ods", "odp",
          "rtf", "epub", "eml", "msg", "mbox", "zip", "jar", "gz", "tgz", "tar", "bz2", "xz", "7z",
          "rar", "zst", "parquet", "avro", "orc", "sqlite", "db", "png", "jpg", "jpeg", "gif",
          "tif", "tiff", "bmp", "webp", "heic", "mp3", "mp4", "wav");

  private final Detector detector;
  private final Replacer replacer;
  private final MasterKey key;
  private final Executor pool;
  private final int ahead;
  private final TextScanner textScanner;

  /**
   * @param key the master key, or null when the policy needs none
   * @param pool where units and record batches are detected, or null for the calling thread
   * @param ahead units or batches in flight on the pool
   * @throws MasterKey.KeyException when the policy needs a key and there is none
   */
  public Redactor(Detector detector, Policy policy, MasterKey key, Executor pool, int ahead) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.replacer = new Replacer(policy, key);
    this.key = key;
    this.pool = pool;
    this.ahead = Math.max(1, ahead);
    TextScanner scanner = new TextScanner(detector);
    this.textScanner = pool == null ? scanner : scanner.parallel(pool, this.ahead);
  }

  /**
   * What a redaction did.
   *
   * @param format how the file was read
   * @param chars chars read
   * @param tally values replaced, by type and operator
   * @param encrypted values encrypted with FPE (listed in the manifest)
   * @param textLines JSON Lines that were not JSON and were redacted as text
   */
  public record Result(Format format, long chars, Tally tally, long encrypted, long textLines) {}

  /** The format a file of this name is redacted as; throws when it is refused. */
  public static Format formatOf(Path file) throws UnsupportedFormatException {
    String ext = extension(file);
    if (REFUSED.contains(ext)) {
      throw UnsupportedFormatException.extension(ext);
    }
    if (DELIMITED.containsKey(ext)) {
      return Format.CSV;
    }
    if (LINES.contains(ext)) {
      return Format.JSONL;
    }
    return ext.equals("json") ? Format.JSON : Format.TEXT;
  }

  /** Redacts {@code input} into {@code output} (a file, replaced atomically). */
  public Result redact(Path input, Path output) throws IOException {
    Format format = formatOf(input);
    if (Originals.same(input, output)) {
      throw new IOException(
          "tệp ra trùng tệp vào, bản gốc không bao giờ bị sửa / the output is the input; originals"
              + " are never modified");
    }
    try (InputStream in = Files.newInputStream(input)) {
      TextDecoder.Decoded decoded = TextDecoder.open(in);
      if (decoded.skipped() != null) {
        throw new UnsupportedFormatException(decoded.skipped());
      }
      BufferedReader text = new BufferedReader(decoded.reader(), 1 << 16);
      if (format == Format.JSON && looksLikeLines(text)) {
        format = Format.JSONL;
      }
      Tally tally = new Tally();
      RedactedOutput out = RedactedOutput.open(output, format.id(), key);
      try {
        long[] textLines = {0};
        long chars = write(format, input, text, out, tally, textLines);
        long encrypted = out.encryptedCount();
        out.commit();
        return new Result(format, chars, tally, encrypted, textLines[0]);
      } catch (IOException | RuntimeException e) {
        out.abort();
        throw e;
      }
    }
  }

  private long write(
      Format format,
      Path input,
      BufferedReader text,
      RedactedOutput out,
      Tally tally,
      long[] textLines)
      throws IOException {
    FieldBatches.Settings batches = new FieldBatches.Settings(detector, textScanner, pool, ahead);
    return switch (format) {
      case TEXT -> TextRedaction.redact(textScanner, text, out, replacer, tally);
      case CSV ->
          CsvRedaction.redact(text, DELIMITED.get(extension(input)), batches, out, replacer, tally);
      case JSON -> JsonRedaction.document(text, batches, out, replacer, tally);
      case JSONL -> JsonLinesRedaction.lines(text, batches, out, replacer, tally, textLines);
    };
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * True when the first non-blank line is a whole JSON object or array and more text follows; the
   * text is left where it was.
   */
  static boolean looksLikeLines(BufferedReader text) throws IOException {
    int sampleChars = 64 * 1024;
    text.mark(sampleChars);
    char[] sample = new char[sampleChars];
    int n = 0;
    for (int r; n < sample.length && (r = text.read(sample, n, sample.length - n)) > 0; ) {
      n += r;
    }
    text.reset();
    String[] lines = new String(sample, 0, n).strip().split("\n", 2);
    String first = lines[0].strip();
    if (lines.length < 2
        || lines[1].isBlank()
        || !(first.startsWith("{") || first.startsWith("["))) {
      return false;
    }
    try (JsonParser p = JsonText.FACTORY.createParser(first)) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
