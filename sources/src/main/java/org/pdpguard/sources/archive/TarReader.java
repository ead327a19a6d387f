package org.pdpguard.sources.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Problems;
import org.pdpguard.sources.Units;

/**
 * Reads a tar archive, plain or compressed with gzip or bzip2 ({@code .tar.gz}, {@code .tgz},
 * {@code .tar.bz2}), as one archive: {@code a.tar.gz!/hr/nv.txt}, not {@code a.tar.gz!/a.tar!/…}.
 *
 * <p>A compressed tar is guarded as a whole (its ratio, and every byte expanded counted against the
 * budget, skipped entries and headers included), and each entry against the entry limit. Links,
 * devices and pipes are skipped: they hold no data of their own, and a link is never followed.
 */
final class TarReader implements FormatReader {
  private static final Set<String> EXTENSIONS = Set.of("tar", "tgz", "tbz", "tbz2", "tb2");
  private static final String[] SUFFIXES = {".tar.gz", ".tar.gzip", ".tar.bz2", ".tar.bzip2"};
  private static final int USTAR_AT = 257;

  @Override
  public String name() {
    return "tar";
  }

  @Override
  public boolean accepts(Content content) {
    if (EXTENSIONS.contains(content.extension())) {
      return true;
    }
    String entry = content.entry().toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (entry.endsWith(suffix)) {
        return true;
      }
    }
    byte[] head = content.head();
    Compression compression = Compression.of(head);
    if (compression != null) {
      head = compression.peek(head, USTAR_AT + 5);
    }
    return Compression.starts(head, USTAR_AT, 'u', 's', 't', 'a', 'r');
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    Compression compression = Compression.of(content.head());
    try (Budget.Lease lease = Budget.open(units.settings());
        InputStream expanded = compression == null ? null : open(compression, in)) {
      Entries entries = new Entries(content, units, lease.budget());
      Guard whole = null;
      InputStream bytes = new Shield(in);
      if (expanded != null) {
        whole =
            new Guard(
                expanded,
                Long.MAX_VALUE,
                lease.budget(),
                Compression.consumed(expanded),
                units.settings().maxRatio());
        bytes = whole;
      }
      try (TarArchiveInputStream tar = new TarArchiveInputStream(bytes, "UTF-8")) {
        readEntries(tar, entries, whole);
      }
    }
  }

  private static InputStream open(Compression compression, InputStream in) throws IOException {
    try {
      return compression.open(new Shield(in));
    } catch (IOException e) {
      throw Entries.damaged(e);
    }
  }

  private static void readEntries(TarArchiveInputStream tar, Entries entries, Guard whole)
      throws IOException {
    while (!entries.outOfBudget()) {
      if (whole != null && whole.tripped() != null) {
        entries.stop();
        return;
      }
      TarArchiveEntry entry;
      try {
        entry = tar.getNextEntry();
      } catch (IOException e) {
        throw Entries.damaged(e);
      }
      if (entry == null) {
        return;
      }
      if (entry.isDirectory()) {
        continue;
      }
      String path = entries.path(entry.getName());
      if (path == null) {
        continue;
      }
      String notData = notData(entry);
      if (notData != null) {
        entries.skipped(path, notData);
        continue;
      }
      long size = Math.max(entry.getSize(), entry.getRealSize());
      if (!entries.tooLarge(path, size)) {
        entries.send(path, size, entries.guard(tar, whole == null, null));
      }
    }
  }

  /** Why an entry holds no data of its own, or null for a regular file. */
  private static String notData(TarArchiveEntry entry) {
    if (entry.isSymbolicLink()) {
      return "liên kết tượng trưng, không theo / symbolic link, not followed";
    }
    if (entry.isLink()) {
      return "liên kết cứng, không theo / hard link, not followed";
    }
    if (entry.isCharacterDevice() || entry.isBlockDevice()) {
      return "tệp thiết bị / device file";
    }
    if (entry.isFIFO()) {
      return "ống có tên / named pipe";
    }
    return entry.isFile() ? null : Problems.NOT_REGULAR;
  }
}
