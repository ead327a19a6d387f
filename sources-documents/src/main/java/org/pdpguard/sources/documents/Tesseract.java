package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the {@code tesseract} command on one image file and returns its text. Each run has a time
 * limit (the process is killed past it), uses one thread ({@code OMP_THREAD_LIMIT=1}: scans run
 * files in parallel already), and writes its output to temporary files that are deleted. Whether
 * the command and the languages are installed is asked once per command and language list.
 * Thread-safe.
 */
final class Tesseract {
  static final String NOT_INSTALLED = "chưa cài tesseract-ocr / tesseract-ocr is not installed";

  private static final Pattern LANGUAGES =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\+[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Map<String, String> PROBLEMS = new ConcurrentHashMap<>();

  private final String command;
  private final Duration timeout;

  /** The {@code tesseract} on the path (or the system property {@code pdpguard.tesseract}). */
  Tesseract() {
    this(System.getProperty("pdpguard.tesseract", "tesseract"), Duration.ofMinutes(2));
  }

  Tesseract(String command, Duration timeout) {
    this.command = command;
    this.timeout = timeout;
  }

  /** Why OCR in {@code languages} ({@code vie+eng}) cannot run here, or null when it can. */
  String problem(String languages) {
    if (!LANGUAGES.matcher(languages).matches()) {
      return "ngôn ngữ OCR không hợp lệ / invalid OCR languages: " + languages;
    }
    String why = PROBLEMS.computeIfAbsent(command + "\u0000" + languages, k -> probe(languages));
    return why.isEmpty() ? null : why;
  }

  private String probe(String languages) {
    List<String> lines;
    try {
      lines = run(List.of(command, "--list-langs"), Duration.ofSeconds(30)).lines().toList();
    } catch (IOException e) {
      return NOT_INSTALLED;
    }
    Set<String> installed = new HashSet<>();
    for (String line : lines) {
      installed.add(line.strip());
    }
    List<String> missing = new ArrayList<>();
    for (String lang : languages.split("\\+")) {
      if (!installed.contains(lang)) {
        missing.add(lang);
      }
    }
    if (missing.isEmpty()) {
      return "";
    }
    String list = String.join(", ", missing);
    return "thiếu dữ liệu ngôn ngữ của tesseract: "
        + list
        + " (gói tesseract-ocr-"
        + missing.get(0)
        + ") / tesseract language data not installed: "
        + list;
  }

  /** The text of {@code image}, pages of a multi-page image separated by form feeds. */
  String read(Path image, String languages) throws IOException {
    String why = problem(languages);
    if (why != null) {
      throw new IOException(why);
    }
    return run(
        List.of(command, image.toAbsolutePath().toString(), "stdout", "-l", languages), timeout);
  }

  private static String run(List<String> args, Duration limit) throws IOException {
    Path out = Files.createTempFile("pdpguard-ocr-", ".txt");
    Path err = Files.createTempFile("pdpguard-ocr-", ".err");
    Process p = null;
    try {
      ProcessBuilder pb =
          new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      p = pb.start();
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(
            "OCR quá thời gian ("
                + limit.toSeconds()
                + " s) / OCR timed out ("
                + limit.toSeconds()
                + " s)");
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            "tesseract không đọc được ảnh / tesseract could not read the image (exit "
                + p.exitValue()
                + firstLine(err)
                + ")");
      }
      return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("OCR bị ngắt / OCR interrupted");
    } finally {
      if (p != null && p.isAlive()) {
        p.destroyForcibly();
      }
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String firstLine(Path err) {
    try {
      String s = new String(Files.readAllBytes(err), StandardCharsets.UTF_8).strip();
      String line = s.lines().findFirst().orElse("");
      return line.isEmpty() ? "" : ": " + line.substring(0, Math.min(line.length(), 120));
    } catch (IOException e) {
      return "";
    }
  }
}
