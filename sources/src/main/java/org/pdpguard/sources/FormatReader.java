package org.pdpguard.sources;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns one kind of content into text units: plain text, CSV, JSON, an archive, a PDF, a
 * spreadsheet. Readers are tried in order and the first that {@link #accepts} a content reads it;
 * content that no reader accepts is read as plain text, or skipped as binary.
 *
 * <p>A reader never closes the stream it is given (the caller does), reads it once, and reports
 * what it finds to {@link Units} as it goes, so that memory stays bounded whatever the size.
 * Trouble with a part (an encrypted archive entry, a sheet that cannot be parsed) goes to {@link
 * Units#error} for that part and the reader goes on; trouble with the whole content is thrown as an
 * {@link IOException} whose message says what is wrong without the path (reports add it).
 */
public interface FormatReader {
  /** A short name for messages: {@code zip}, {@code csv}, {@code pdf}. */
  String name();

  /** Whether this reader takes {@code content}, judged from its name and first bytes. */
  boolean accepts(Content content);

  /** Reads {@code in}, the bytes of {@code content}, sending what it holds to {@code units}. */
  void read(Content content, InputStream in, Units units) throws IOException;
}
