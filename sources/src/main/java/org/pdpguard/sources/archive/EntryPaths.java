package org.pdpguard.sources.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry paths as archives give them, checked before anything is read. Nothing is ever written to
 * disk, but a path that climbs out of the archive ({@code ../}), is absolute ({@code /etc/x},
 * {@code C:\x}, {@code \\host\x}) or holds a NUL is the mark of a crafted archive, so the entry is
 * reported rather than read. Backslashes count as separators (archivers on Windows write them);
 * empty and {@code .} segments are dropped; control characters are shown as {@code ?} so that a
 * name cannot forge lines or terminal codes in a report.
 */
final class EntryPaths {
  static final String UNSAFE = "đường dẫn không an toàn / unsafe path";

  private EntryPaths() {}

  /** The entry's path, {@code /}-separated and normalised, or null when it is unsafe. */
  static String safe(String raw) {
    if (raw.indexOf('\0') >= 0) {
      return null;
    }
    String path = raw.replace('\\', '/');
    boolean drive =
        path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0));
    if (path.startsWith("/") || drive) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        return null;
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        kept.add(segment);
      }
    }
    return shown(String.join("/", kept));
  }

  /** {@code raw} with control characters replaced, for reports. */
  static String shown(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    raw.codePoints()
        .forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 ? '?' : c));
    return b.toString();
  }
}
