package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/**
 * The JSON text of a leaf value, as redaction writes it back: where a literal ends, and the new
 * literal of a rewritten value (a string; {@code null} for a value dropped to nothing), with the
 * places of its FPE spans.
 */
final class JsonText {
  static final int MAX_DEPTH = 1000;
  static final int MAX_STRING = 8 << 20;

  /** Lenient as the scan is (comments, single quotes, trailing commas, leading zeros). */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH + 1)
                  .maxStringLength(MAX_STRING)
                  .maxNameLength(4096)
                  .build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES,
              JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
              JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private JsonText() {}

  /** A source of chars by offset (a held stream, a line). */
  interface Chars {
    char charAt(long offset);

    long end();
  }

  /**
   * Where the literal starting at {@code start} ends: after its closing quote for a string (single
   * or double, escapes skipped), after its last char for a number.
   */
  static long literalEnd(Chars text, long start) throws IOException {
    char first = text.charAt(start);
    long i = start + 1;
    if (first == '"' || first == '\'') {
      while (i < text.end()) {
        char c = text.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == first) {
          return i + 1;
        } else {
          i++;
        }
      }
      throw new IOException("chuỗi JSON chưa đóng / unterminated JSON string");
    }
    while (i < text.end()) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        break;
      }
      i++;
    }
    return i;
  }

  /** The literal of a rewritten value: {@code null} when dropped, else a JSON string. */
  static String literal(Rewrite w) {
    if (w.dropped()) {
      return "null";
    }
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(w.text())) + "\"";
  }

  /** Where char {@code k} of {@code text} sits in its string literal (after escaping). */
  static int inLiteral(String text, int k) {
    return 1 + JsonStringEncoder.getInstance().quoteAsString(text.substring(0, k)).length;
  }

  /** The chars a held reader keeps. */
  static Chars chars(HeldReader held) {
    return new Chars() {
      @Override
      public char charAt(long offset) {
        return held.charAt(offset);
      }

      @Override
      public long end() {
        return held.end();
      }
    };
  }

  /** The chars of a string. */
  static Chars chars(String s) {
    return new Chars() {
      @Override
      public char charAt(long offset) {
        return s.charAt((int) offset);
      }

      @Override
      public long end() {
        return s.length();
      }
    };
  }

  /** Writes the literal of a rewritten value, recording where its FPE values went. */
  static void writeLiteral(RedactedOutput out, Rewrite w) throws IOException {
    long at = out.position();
    out.write(literal(w));
    if (!w.dropped()) {
      for (Hit h : w.encrypted()) {
        out.encrypted(
            at + inLiteral(w.text(), h.start()), at + inLiteral(w.text(), h.end()), h.type());
      }
    }
  }
}
