package org.pdpguard.sources.documents;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.pdpguard.sources.Content;

/**
 * The kinds of content this module reads, told from the name and the first bytes. Magic bytes win
 * over the extension where both are known (a PDF named {@code .doc} is a PDF), but a few containers
 * need the extension: a zip is an office file only when named like one or when it holds {@code
 * [Content_Types].xml} or an OpenDocument {@code mimetype} first, so that plain archives, and text
 * formats such as CSV and JSON, are left to the readers that take them.
 */
enum Format {
  PDF,
  /** OOXML, OpenDocument, EPUB: zip containers Tika reads as documents. */
  OFFICE_ZIP,
  /** OLE2 compound files: doc, xls, ppt, msg, and encrypted OOXML. */
  OLE2,
  RTF,
  HTML,
  MAIL,
  XLSX,
  XLS,
  ODS,
  IMAGE;

  private static final Set<String> ZIP_DOCUMENTS =
      Set.of(
          "docx", "docm", "dotx", "dotm", "pptx", "pptm", "ppsx", "ppsm", "potx", "odt", "ott",
          "odp", "otp", "odg", "epub");
  private static final Set<String> ZIP_SHEETS = Set.of("xlsx", "xlsm", "xltx", "xltm");
  private static final Set<String> NEVER =
      Set.of("zip", "csv", "tsv", "json", "jsonl", "ndjson", "txt", "parquet");
  private static final String[] MAIL_HEADERS = {
    "from:", "to:", "subject:", "date:", "received:", "message-id:", "mime-version:", "return-path:"
  };

  /** The format of {@code c}, or null when this module does not read it. */
  static Format of(Content c) {
    String ext = c.extension();
    if (NEVER.contains(ext)) {
      return null;
    }
    if (c.startsWith('%', 'P', 'D', 'F')) {
      return PDF;
    }
    if (c.startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return ext.equals("xls") || ext.equals("xlt") ? XLS : OLE2;
    }
    if (c.startsWith('P', 'K', 3, 4)) {
      return zip(c, ext);
    }
    if (c.startsWith('{', '\\', 'r', 't', 'f')) {
      return RTF;
    }
    Format image = image(c, ext);
    if (image != null) {
      return image;
    }
    String text = headText(c, 2048);
    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || looksLikeHtml(text)) {
      return HTML;
    }
    if ((ext.equals("eml") || ext.isEmpty() || ext.equals("msg")) && looksLikeMail(text)) {
      return MAIL;
    }
    return null;
  }

  private static Format zip(Content c, String ext) {
    if (ZIP_SHEETS.contains(ext)) {
      return XLSX;
    }
    if (ext.equals("ods") || ext.equals("ots")) {
      return ODS;
    }
    if (ZIP_DOCUMENTS.contains(ext)) {
      return OFFICE_ZIP;
    }
    String head =
        new String(c.head(), 0, Math.min(c.head().length, 512), StandardCharsets.ISO_8859_1);
    if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
      return ODS;
    }
    if (head.contains("mimetypeapplication/vnd.oasis.opendocument")
        || head.contains("mimetypeapplication/epub+zip")) {
      return OFFICE_ZIP;
    }
    String all = new String(c.head(), StandardCharsets.ISO_8859_1);
    if (all.contains("[Content_Types].xml")) {
      return all.contains("xl/workbook.xml") ? XLSX : OFFICE_ZIP;
    }
    return null;
  }

  private static Format image(Content c, String ext) {
    boolean magic =
        c.startsWith(0x89, 'P', 'N', 'G')
            || c.startsWith(0xFF, 0xD8, 0xFF)
            || c.startsWith('I', 'I', 0x2A, 0)
            || c.startsWith('M', 'M', 0, 0x2A)
            || (c.startsWith('B', 'M') && ext.equals("bmp"))
            || (c.startsWith('R', 'I', 'F', 'F') && webp(c));
    return magic ? IMAGE : null;
  }

  private static boolean webp(Content c) {
    byte[] h = c.head();
    return h.length >= 12 && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P';
  }

  /** Up to {@code max} leading bytes as Latin-1 text, after a UTF-8 byte order mark. */
  private static String headText(Content c, int max) {
    byte[] h = c.head();
    int from = c.startsWith(0xEF, 0xBB, 0xBF) ? 3 : 0;
    return new String(
        h, from, Math.max(0, Math.min(h.length, max) - from), StandardCharsets.ISO_8859_1);
  }

  private static boolean looksLikeHtml(String text) {
    String t = text.stripLeading().toLowerCase(Locale.ROOT);
    if (!t.startsWith("<")) {
      return false;
    }
    return t.startsWith("<!doctype html") || t.startsWith("<html") || t.contains("<html");
  }

  /**
   * RFC 822 headers: the first line is a header, and at least two well-known mail headers (From:,
   * Subject:, Received: ...) start lines among the first ones, so that a log or a note that merely
   * begins with "Date:" is not taken for a mail.
   */
  private static boolean looksLikeMail(String text) {
    String[] lines = text.split("\r?\n", 40);
    if (lines.length == 0 || !lines[0].matches("[A-Za-z][A-Za-z0-9-]*:.*")) {
      return false;
    }
    int known = 0;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      for (String h : MAIL_HEADERS) {
        if (l.startsWith(h)) {
          known++;
        }
      }
    }
    return known >= 2;
  }
}
