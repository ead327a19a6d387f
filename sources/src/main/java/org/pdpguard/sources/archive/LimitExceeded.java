package org.pdpguard.sources.archive;

import java.io.IOException;

/**
 * Thrown by a {@link Guard} when an entry expands past a limit. Its message is the report's reason
 * for the entry, in Vietnamese then English.
 */
final class LimitExceeded extends IOException {
  private static final long serialVersionUID = 1L;

  /** Which limit was passed. */
  enum Kind {
    ENTRY,
    TOTAL,
    RATIO
  }

  private final Kind kind;

  private LimitExceeded(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  static LimitExceeded entry(long limit) {
    return new LimitExceeded(
        Kind.ENTRY,
        "mục giải nén vượt quá " + limit + " byte / entry expands past " + limit + " bytes");
  }

  static LimitExceeded total(long limit) {
    return new LimitExceeded(
        Kind.TOTAL,
        "tệp nén giải nén vượt quá "
            + limit
            + " byte tổng cộng / archive expands past "
            + limit
            + " bytes in total");
  }

  static LimitExceeded ratio(double limit) {
    String r = limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit);
    return new LimitExceeded(
        Kind.RATIO,
        "tỉ lệ giải nén vượt quá "
            + r
            + " lần, nghi là bom nén / expands more than "
            + r
            + " times its compressed size, likely a zip bomb");
  }
}
