package org.pdpguard.sources.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a stream open when the decompressor or archive stream wrapped around it is closed: readers
 * close what they create (to free native inflaters) but never the stream they were given.
 */
final class Shield extends FilterInputStream {
  Shield(InputStream in) {
    super(in);
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return in.read(b, off, len);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
