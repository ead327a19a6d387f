package org.pdpguard.protect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code pdpguard redact} puts in place of a value it finds. */
public enum Operator {
  /** The masking rule of reports for identifiers ({@code 079*******34}), else {@code ***}. */
  MASK(false),
  /** The type's name in brackets: {@code [VN_CCCD]}. */
  LABEL(false),
  /** The type and 16 hex digits of a keyed HMAC-SHA-256: {@code [VN_CCCD#5f1c0a9e23b47d61]}. */
  HASH(true),
  /** A consistent typed token: {@code [PERSON_NAME_kqzrtwpxbd]}; same value and key, same token. */
  PSEUDONYM(true),
  /** Format-preserving encryption (FF1) of the digits; {@code pdpguard reveal} reverses it. */
  FPE(true),
  /** Nothing: the value is removed (an empty CSV cell, a JSON null). */
  DROP(false);

  private final boolean needsKey;

  Operator(boolean needsKey) {
    this.needsKey = needsKey;
  }

  /** Whether the operator needs a key ({@code --key-file} or {@code --key-env}). */
  public boolean needsKey() {
    return needsKey;
  }

  /** The name used on the command line and in summaries: {@code mask}, {@code fpe}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an operator name case-insensitively; the message of the exception lists the names. */
  public static Operator parse(String name) {
    for (Operator o : values()) {
      if (o.id().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "phép che không có / unknown operator '"
            + name.strip()
            + "'; known: "
            + Arrays.stream(values()).map(Operator::id).collect(Collectors.joining(", ")));
  }
}
