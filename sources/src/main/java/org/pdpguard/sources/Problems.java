package org.pdpguard.sources;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short bilingual reasons for I/O failures, for reports and standard error. */
public final class Problems {
  public static final String LINK_LOOP = "vòng lặp liên kết tượng trưng / symbolic link loop";
  public static final String DANGLING_LINK =
      "liên kết tượng trưng trỏ tới nơi không tồn tại / dangling symbolic link";
  public static final String NOT_REGULAR = "không phải tệp thường / not a regular file";

  private Problems() {}

  /** The reason an I/O operation failed, without the path (reports print the path beside it). */
  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "không có quyền đọc / permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "không tồn tại / no such file";
    }
    if (e instanceof FileSystemLoopException) {
      return LINK_LOOP;
    }
    if (e instanceof NotDirectoryException) {
      return "không phải thư mục / not a directory";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
