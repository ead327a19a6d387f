package org.pdpguard.sources.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Units;

/**
 * Reads one gzip or bzip2 compressed file (recognised by its magic bytes) as an archive of one
 * entry named after it without the compression's extension: {@code export.csv.gz!/export.csv}, so
 * that the reader of the inner format takes it. The entry is guarded like an archive entry.
 */
final class CompressedReader implements FormatReader {
  private static final Set<String> EXTENSIONS = Set.of("gz", "gzip", "bz2", "bzip2");

  @Override
  public String name() {
    return "compressed";
  }

  @Override
  public boolean accepts(Content content) {
    return Compression.of(content.head()) != null;
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    Compression compression = Compression.of(content.head());
    try (Budget.Lease lease = Budget.open(units.settings());
        InputStream expanded = open(compression, in)) {
      Entries entries = new Entries(content, units, lease.budget());
      String inner = innerName(content, expanded);
      entries.send(inner, -1, entries.guard(expanded, true, Compression.consumed(expanded)));
    }
  }

  private static InputStream open(Compression compression, InputStream in) throws IOException {
    try {
      return compression.open(new Shield(in));
    } catch (IOException e) {
      throw Entries.damaged(e);
    }
  }

  /**
   * The outer name without its {@code .gz}/{@code .bz2} extension; else the name stored in the gzip
   * header (its last segment); else the outer name as it is.
   */
  static String innerName(Content content, InputStream expanded) {
    String entry = content.entry();
    String last = entry.substring(entry.lastIndexOf('/') + 1);
    String ext = content.extension();
    if (EXTENSIONS.contains(ext) && last.length() > ext.length() + 1) {
      return last.substring(0, last.length() - ext.length() - 1);
    }
    if (expanded instanceof GzipCompressorInputStream gz) {
      String stored = gz.getMetaData().getFileName();
      if (stored != null) {
        stored = stored.replace('\\', '/');
        String safe = EntryPaths.safe(stored.substring(stored.lastIndexOf('/') + 1));
        if (safe != null && !safe.isEmpty()) {
          return safe;
        }
      }
    }
    return last.isEmpty() ? "data" : last;
  }
}
