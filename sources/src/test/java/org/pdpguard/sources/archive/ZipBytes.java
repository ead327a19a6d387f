package org.pdpguard.sources.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Edits the headers of a zip file in place, to craft entries no library writes. */
final class ZipBytes {
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;

  private ZipBytes() {}

  /** Sets the encryption flag of {@code entry} in its local and central headers. */
  static void setEncrypted(Path zip, String entry) throws IOException {
    edit(
        zip,
        entry,
        (b, at, central) -> {
          int flags = central ? at + 8 : at + 6;
          b.put(flags, (byte) (b.get(flags) | 1));
        });
  }

  /** Sets the compression method of {@code entry} in its local and central headers. */
  static void setMethod(Path zip, String entry, int method) throws IOException {
    edit(zip, entry, (b, at, central) -> b.putShort(central ? at + 10 : at + 8, (short) method));
  }

  private interface Edit {
    void apply(ByteBuffer bytes, int at, boolean central);
  }

  private static void edit(Path zip, String entry, Edit edit) throws IOException {
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int edited = 0;
    for (int at = 0; at + 46 < b.capacity(); at++) {
      int sig = b.getInt(at);
      boolean central = sig == CENTRAL;
      if (sig != LOCAL && !central) {
        continue;
      }
      int length = b.getShort(central ? at + 28 : at + 26) & 0xffff;
      int nameAt = central ? at + 46 : at + 30;
      if (length == name.length && b.slice(nameAt, length).equals(ByteBuffer.wrap(name))) {
        edit.apply(b, at, central);
        edited++;
      }
    }
    if (edited != 2) {
      throw new IllegalStateException("expected 2 headers of " + entry + ", found " + edited);
    }
    Files.write(zip, b.array());
  }
}
