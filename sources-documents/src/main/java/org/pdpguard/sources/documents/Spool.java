package org.pdpguard.sources.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pdpguard.sources.Content;

/**
 * A file holding the bytes of a content, for parsers that need random access (PDF, OOXML, OLE2):
 * the file itself for a top-level file, else a temporary copy of the stream, deleted on {@link
 * #close}. Closing never closes the stream; for a top-level file it skips the stream to its end so
 * that the scan's byte count includes the bytes read from the file.
 */
final class Spool implements Closeable {
  private final Path path;
  private final boolean temporary;
  private final InputStream in;

  private Spool(Path path, boolean temporary, InputStream in) {
    this.path = path;
    this.temporary = temporary;
    this.in = in;
  }

  static Spool of(Content content, InputStream in) throws IOException {
    if (content.path().isPresent() && content.depth() == 0) {
      return new Spool(content.path().get(), false, in);
    }
    String ext = content.extension();
    Path tmp = Files.createTempFile("pdpguard-doc-", ext.isEmpty() ? ".bin" : "." + ext);
    try {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return new Spool(tmp, true, in);
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    if (temporary) {
      Files.deleteIfExists(path);
      return;
    }
    while (in.skip(1L << 30) > 0) {
      // skips the rest of the file so that it counts as read
    }
  }
}
