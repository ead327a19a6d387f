package org.pdpguard.sources;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Picks the reader for each content: the first {@link FormatReader} that accepts it, else plain
 * text through {@link TextDecoder}, which skips binary data. Immutable and shared by threads.
 */
public final class Extraction {
  private static final int BUFFER = 64 * 1024;

  private final List<FormatReader> readers;
  private final List<Connector> connectors;

  public Extraction(List<FormatReader> readers, List<Connector> connectors) {
    this.readers = List.copyOf(readers);
    this.connectors = List.copyOf(connectors);
  }

  /** Plain text only: no format readers, no connectors. */
  public static Extraction plainText() {
    return new Extraction(List.of(), List.of());
  }

  /** The connector that takes {@code target}, or null. */
  public Connector connector(String target) {
    for (Connector c : connectors) {
      if (c.accepts(target)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Reads {@code in}, the bytes of {@code content}, to {@code units}; does not close {@code in}.
   * Content nested deeper than the settings allow is reported as skipped.
   */
  public void read(Content content, InputStream in, Units units) throws IOException {
    if (content.depth() > units.settings().maxDepth()) {
      units.skipped(
          content.name(),
          "lồng quá sâu (giới hạn "
              + units.settings().maxDepth()
              + ") / nested too deep (limit "
              + units.settings().maxDepth()
              + ")");
      return;
    }
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    buffered.mark(Content.HEAD_BYTES);
    byte[] head = buffered.readNBytes(Content.HEAD_BYTES);
    buffered.reset();
    content.head(head);
    for (FormatReader r : readers) {
      if (r.accepts(content)) {
        r.read(content, buffered, units);
        return;
      }
    }
    TextDecoder.Decoded decoded = TextDecoder.open(buffered);
    if (decoded.skipped() != null) {
      units.skipped(content.name(), decoded.skipped());
      return;
    }
    units.text(content.name(), Location.NONE, decoded.reader());
  }
}
