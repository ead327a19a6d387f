package org.pdpguard.core;

/**
 * Why a finding was reported: which recognizer, what the validator said, which word of context
 * raised the score. Rules and reports read this; they never re-run detection.
 *
 * @param recognizer recognizer id, e.g. {@code vn.cccd}
 * @param pattern the named pattern or lexicon inside the recognizer, e.g. {@code 12-digit}; may be
 *     empty
 * @param validation the validator's verdict
 * @param detail what the validator checked, e.g. {@code province 079, male, born 1998}; may be
 *     empty
 * @param context the context word that raised the score, as written in the text; null when none
 */
public record Explanation(
    String recognizer, String pattern, Validation validation, String detail, String context) {

  /** The verdict of a validator. */
  public enum Validation {
    /** A checksum or structure rule passed (check digit, province table, Luhn). */
    VALID,
    /** There is nothing to validate for this type (names, health terms). */
    NOT_APPLICABLE
  }

  public Explanation {
    pattern = pattern == null ? "" : pattern;
    detail = detail == null ? "" : detail;
  }

  public boolean validated() {
    return validation == Validation.VALID;
  }

  public Explanation withContext(String word) {
    return new Explanation(recognizer, pattern, validation, detail, word);
  }
}
