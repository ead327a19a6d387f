package org.pdpguard.sources.documents;

import java.io.IOException;
import java.util.Locale;

/**
 * Turns what parsers throw into an {@link IOException} with a short bilingual reason. Parser
 * messages are left out on purpose: they may quote the document's bytes (personal data); the reason
 * names the kind of trouble and, for a corrupt file, the class of the root cause.
 */
final class Failures {
  static final String PASSWORD = "tệp được bảo vệ bằng mật khẩu / password-protected";
  static final String BOMB = "nghi là bom nén, ngừng đọc / suspected zip bomb, not read";
  static final String CORRUPT = "tệp hỏng hoặc bị cắt cụt / corrupt or truncated file";

  private Failures() {}

  /** The exception to throw for {@code t}, thrown while parsing a whole document. */
  static IOException of(Throwable t) {
    if (encrypted(t)) {
      return new IOException(PASSWORD, t);
    }
    if (bomb(t)) {
      return new IOException(BOMB, t);
    }
    return new IOException(CORRUPT + " (" + root(t).getClass().getSimpleName() + ")", t);
  }

  /** True when {@code t} or one of its causes says the document is encrypted. */
  static boolean encrypted(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getName();
      if (name.endsWith(".EncryptedDocumentException")
          || name.endsWith(".InvalidPasswordException")
          || name.equals("org.apache.tika.exception.AccessPermissionException")) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  private static boolean bomb(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb")) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  private static Throwable root(Throwable t) {
    Throwable r = t;
    int guard = 0;
    while (r.getCause() != null && r.getCause() != r && guard++ < 20) {
      r = r.getCause();
    }
    return r;
  }
}
