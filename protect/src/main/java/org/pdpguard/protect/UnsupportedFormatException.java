package org.pdpguard.protect;

import java.io.IOException;

/** A file that {@code redact} does not write a copy of: a document, an archive, a binary file. */
public final class UnsupportedFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  UnsupportedFormatException(String reason) {
    super(
        "redact chưa hỗ trợ, không ghi bản sao / redact does not support it, no copy written: "
            + reason);
  }

  static UnsupportedFormatException extension(String ext) {
    return new UnsupportedFormatException(
        "."
            + ext
            + " (tài liệu, bảng tính, tệp nén, ảnh / documents, spreadsheets, archives, images)");
  }
}
