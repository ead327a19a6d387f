package org.pdpguard.sources.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Units;

/**
 * Reads a zip archive as a stream, entry by entry through its local headers, so that a nested zip
 * needs no file and no memory beyond one entry's buffers. The central directory is not read: unix
 * links, which only it marks, are read as the short text they hold.
 *
 * <p>An entry whose sizes are in its local header can be skipped without expanding it. An entry
 * written with a data descriptor has its sizes after its data, so its end is found only by
 * expanding it: when its reader stops early the rest is read through its guard, and when that is
 * impossible (a limit passed, encrypted, an unsupported method) the rest of the archive is left
 * unread and reported, rather than expanded without bound.
 *
 * <p>Zip-based documents and packages (by extension, or by a first entry such as {@code
 * [Content_Types].xml}, {@code mimetype} or {@code META-INF/}) are not taken: they are documents.
 */
final class ZipReader implements FormatReader {
  private static final Set<String> PACKAGES =
      Set.of(
          "docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm", "xlsb", "pptx", "pptm",
          "potx", "ppsx", "ppsm", "odt", "ods", "odp", "odg", "ott", "ots", "otp", "epub", "jar",
          "war", "ear", "apk", "aab", "xps", "oxps");
  private static final String[] PACKAGE_FIRST_ENTRIES = {
    "[Content_Types].xml", "mimetype", "META-INF/", "AndroidManifest.xml"
  };

  @Override
  public String name() {
    return "zip";
  }

  @Override
  public boolean accepts(Content content) {
    String ext = content.extension();
    if (PACKAGES.contains(ext)) {
      return false;
    }
    if (ext.equals("zip")) {
      return true;
    }
    if (content.startsWith('P', 'K', 3, 4)) {
      return !isPackage(content.head());
    }
    return content.startsWith('P', 'K', 5, 6) || content.startsWith('P', 'K', 7, 8);
  }

  /** True when the first local header names an entry that marks a document or package. */
  private static boolean isPackage(byte[] head) {
    if (head.length < 30) {
      return false;
    }
    int length = (head[26] & 0xff) | (head[27] & 0xff) << 8;
    int end = Math.min(head.length, 30 + length);
    String first = new String(head, 30, end - 30, StandardCharsets.UTF_8);
    for (String marker : PACKAGE_FIRST_ENTRIES) {
      if (first.startsWith(marker)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    try (Budget.Lease lease = Budget.open(units.settings());
        ZipArchiveInputStream zip =
            new ZipArchiveInputStream(new Shield(in), "UTF-8", true, true, true)) {
      Entries entries = new Entries(content, units, lease.budget());
      while (!entries.outOfBudget()) {
        ZipArchiveEntry entry;
        try {
          entry = zip.getNextEntry();
        } catch (IOException e) {
          throw Entries.damaged(e);
        }
        if (entry == null) {
          return;
        }
        if (!entry.isDirectory() && !readEntry(zip, entry, entries)) {
          entries.stop();
          return;
        }
      }
    }
  }

  /** Reads one entry; false when the rest of the archive cannot be reached safely. */
  private static boolean readEntry(
      ZipArchiveInputStream zip, ZipArchiveEntry entry, Entries entries) throws IOException {
    boolean descriptor = entry.getGeneralPurposeBit().usesDataDescriptor();
    String path = entries.path(entry.getName());
    boolean readable = zip.canReadEntryData(entry);
    if (path != null && !readable) {
      entries.error(path, unreadable(entry));
    }
    boolean send = path != null && readable && !entries.tooLarge(path, entry.getSize());
    Guard data = entries.guard(zip, true, zip::getCompressedCount);
    if (send) {
      entries.send(path, entry.getSize(), data);
    }
    if (!descriptor) {
      return true;
    }
    // The end of this entry is found only by expanding it.
    if (!readable || data.tripped() != null) {
      return false;
    }
    try {
      data.drain();
      return true;
    } catch (LimitExceeded e) {
      if (path != null) {
        entries.error(path, e.getMessage());
      }
      return false;
    } catch (IOException e) {
      throw Entries.damaged(e);
    }
  }

  private static String unreadable(ZipArchiveEntry entry) {
    if (entry.getGeneralPurposeBit().usesEncryption()
        || entry.getGeneralPurposeBit().usesStrongEncryption()) {
      return Entries.ENCRYPTED;
    }
    ZipMethod method = ZipMethod.getMethodByCode(entry.getMethod());
    String shown = method == null ? Integer.toString(entry.getMethod()) : method.name();
    return "phương thức nén không được hỗ trợ / unsupported compression method (" + shown + ")";
  }
}
