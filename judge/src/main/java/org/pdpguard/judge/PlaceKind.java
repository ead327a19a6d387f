package org.pdpguard.judge;

import java.util.Locale;
import java.util.Set;

/**
 * The kind of place where personal data was found, which decides what the law asks of it: an
 * identity number is expected in an HR database and a breach of minimisation in an application log.
 * Inferred from the source's name; a data inventory may say otherwise.
 */
public enum PlaceKind {
  LOG,
  EXPORT,
  DATABASE,
  EMAIL,
  DOCUMENT,
  PUBLIC_WEB,
  SHARED_FOLDER,
  FILE;

  private static final Set<String> EXPORTS =
      Set.of(
          "csv", "tsv", "xlsx", "xls", "ods", "json", "jsonl", "ndjson", "parquet", "sql", "dump",
          "bak", "xml");
  private static final Set<String> EMAILS = Set.of("eml", "msg", "mbox");
  private static final Set<String> DOCUMENTS =
      Set.of(
          "pdf", "doc", "docx", "odt", "rtf", "ppt", "pptx", "odp", "epub", "html", "htm", "png",
          "jpg", "jpeg", "tif", "tiff");
  private static final Set<String> COMPRESSION = Set.of("gz", "bz2", "xz", "zst");

  /** The lower-case name used in rule files, inventories and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code label} (any case), or null. */
  public static PlaceKind parse(String label) {
    for (PlaceKind k : values()) {
      if (k.label().equalsIgnoreCase(label.trim())) {
        return k;
      }
    }
    return null;
  }

  /**
   * The kind of a source from its name as reports give it: {@code jdbc:} targets are databases,
   * {@code http(s):} pages are public web, and a file is judged by its innermost name ({@code
   * logs.zip!/app.log.1} is a log).
   */
  public static PlaceKind infer(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:")) {
      return DATABASE;
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return PUBLIC_WEB;
    }
    String name = lower.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    String ext = extension(name);
    if (COMPRESSION.contains(ext)) {
      name = name.substring(0, name.length() - ext.length() - 1);
      ext = extension(name);
    }
    if (isLog(lower.replace('\\', '/'), name, ext)) {
      return LOG;
    }
    if (EXPORTS.contains(ext)) {
      return EXPORT;
    }
    if (EMAILS.contains(ext)) {
      return EMAIL;
    }
    if (DOCUMENTS.contains(ext)) {
      return DOCUMENT;
    }
    return FILE;
  }

  /**
   * {@code app.log}, {@code app.log.3}, {@code access_log}, {@code x.out}, or under {@code logs/}.
   */
  private static boolean isLog(String path, String name, String ext) {
    return ext.equals("log")
        || name.matches(".*\\.log\\.\\d+")
        || name.endsWith("_log")
        || ext.equals("out") && name.contains("catalina")
        || path.contains("/log/")
        || path.contains("/logs/")
        || path.startsWith("log/")
        || path.startsWith("logs/");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
