package org.pdpguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Synthetic test data: generated, valid-looking, nobody's. */
final class Fixtures {
  /** A CCCD that passes the structure check: province 001, male born 1998. */
  static final String ID = "001098012345";

  static final String ID_MASKED = "001*******45";

  static final String LINE = "Khách hàng mới, Số CCCD: " + ID + " đã xác minh.";

  private Fixtures() {}

  /** {@code dir/a.txt} (ID on line 2) and {@code dir/sub/b.txt} (ID on line 3). */
  static Path sampleFolder(Path root) throws IOException {
    Path dir = root.resolve("data");
    Files.createDirectories(dir.resolve("sub"));
    write(dir.resolve("a.txt"), "Tiêu đề\n" + LINE + "\n");
    write(dir.resolve("sub/b.txt"), "dòng 1\r\ndòng 2\r\n" + LINE + "\r\n");
    return dir;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Column (1-based) of the ID in {@link #LINE}. */
  static int idColumn() {
    return LINE.indexOf(ID) + 1;
  }
}
