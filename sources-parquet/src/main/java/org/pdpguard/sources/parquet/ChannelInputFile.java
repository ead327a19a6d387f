package org.pdpguard.sources.parquet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A local file for parquet's reader, read through a {@link FileChannel} at explicit positions.
 * (parquet's own {@code LocalInputFile} reads single bytes for {@code read(byte[], int, int)}, one
 * system call each.) {@link #toString()} is the name reports show, so that parquet's messages never
 * carry the path of a spooled temporary file. Each stream opened is closed by whoever opened it.
 */
final class ChannelInputFile implements InputFile {
  private final Path path;
  private final String shownName;

  ChannelInputFile(Path path, String shownName) {
    this.path = path;
    this.shownName = shownName;
  }

  @Override
  public long getLength() throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      return ch.size();
    }
  }

  @Override
  public SeekableInputStream newStream() throws IOException {
    return new Stream(FileChannel.open(path, StandardOpenOption.READ));
  }

  @Override
  public String toString() {
    return shownName;
  }

  private static final class Stream extends SeekableInputStream {
    private final FileChannel ch;
    private long pos;

    Stream(FileChannel ch) {
      this.ch = ch;
    }

    @Override
    public long getPos() {
      return pos;
    }

    @Override
    public void seek(long newPos) throws IOException {
      if (newPos < 0) {
        throw new EOFException("negative position " + newPos);
      }
      pos = newPos;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = Math.max(0, Math.min(n, ch.size() - pos));
      pos += k;
      return k;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    public int read(ByteBuffer buf) throws IOException {
      if (!buf.hasRemaining()) {
        return 0;
      }
      int n = ch.read(buf, pos);
      if (n > 0) {
        pos += n;
      }
      return n;
    }

    @Override
    public void readFully(byte[] bytes) throws IOException {
      readFully(ByteBuffer.wrap(bytes));
    }

    @Override
    public void readFully(byte[] bytes, int start, int len) throws IOException {
      readFully(ByteBuffer.wrap(bytes, start, len));
    }

    @Override
    public void readFully(ByteBuffer buf) throws IOException {
      while (buf.hasRemaining()) {
        if (read(buf) < 0) {
          throw new EOFException("hết tệp sớm / unexpected end of file");
        }
      }
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }
}
