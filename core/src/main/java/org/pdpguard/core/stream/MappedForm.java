package org.pdpguard.core.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.text.LineBreaks;

/**
 * A text rewritten for the detector, with each of its chars mapped to the original text: copied
 * chars keep their offsets, added ones (a column's name, a member's label, a colon) map nowhere.
 * {@link DelimitedColumns} and {@link JsonMembers} show the detector a form built from the text,
 * and report what it finds there at the text's own offsets.
 *
 * <p>The form is built in a char array by block copies from the text's chars, and the map is kept
 * as a list of pieces (where each copied or added piece starts in the form and in the text), not a
 * number per char: the detector is lent the array ({@link Detector#detect(String, char[],
 * LineBreaks)}), so the form's chars are read once more only to make its string.
 */
final class MappedForm {
  private final char[] chars; // the text's chars, from index 0
  private char[] form;
  private int n; // chars in form
  private int[] pieceStart = new int[16]; // form offset where each piece starts
  private int[] pieceSource = new int[16]; // text offset of its first char, -1 for added chars
  private int pieces;

  /**
   * A form of the text whose chars {@code chars} holds from index 0 (only read; the array may be
   * longer than the text), about {@code capacity} chars long.
   */
  MappedForm(char[] chars, int capacity) {
    this.chars = chars;
    this.form = new char[Math.max(16, capacity)];
  }

  /** A form of {@code text}, about {@code capacity} chars long. */
  MappedForm(String text, int capacity) {
    this(text.toCharArray(), capacity);
  }

  /** Appends the text's chars {@code [from, to)}. */
  MappedForm copy(int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return this;
    }
    ensure(len);
    // A copy that continues the last one is the same piece.
    if (pieces == 0 || pieceSource[pieces - 1] < 0 || sourceAt(n) != from) {
      piece(from);
    }
    System.arraycopy(chars, from, form, n, len);
    n += len;
    return this;
  }

  /** Appends {@code s}, which is not in the text. */
  MappedForm add(String s) {
    int len = s.length();
    if (len == 0) {
      return this;
    }
    ensure(len);
    if (pieces == 0 || pieceSource[pieces - 1] >= 0) {
      piece(-1);
    }
    s.getChars(0, len, form, n);
    n += len;
    return this;
  }

  private void piece(int source) {
    if (pieces == pieceStart.length) {
      pieceStart = Arrays.copyOf(pieceStart, pieces * 2);
      pieceSource = Arrays.copyOf(pieceSource, pieces * 2);
    }
    pieceStart[pieces] = n;
    pieceSource[pieces] = source;
    pieces++;
  }

  /** The text offset that the form's offset {@code at} would have in the last piece. */
  private int sourceAt(int at) {
    return pieceSource[pieces - 1] + (at - pieceStart[pieces - 1]);
  }

  private void ensure(int more) {
    if (n + more > form.length) {
      form = Arrays.copyOf(form, Math.max(n + more, form.length * 2));
    }
  }

  /** The piece that holds form offset {@code at}, searched from {@code from} on. */
  private int pieceOf(int at, int from) {
    int p = from;
    while (p + 1 < pieces && pieceStart[p + 1] <= at) {
      p++;
    }
    return p;
  }

  /** The piece that holds form offset {@code at}. */
  private int pieceOf(int at) {
    int i = Arrays.binarySearch(pieceStart, 0, pieces, at);
    return i >= 0 ? i : -i - 2;
  }

  /** The text offset of form offset {@code at} in piece {@code p}, or -1 for an added char. */
  private int map(int p, int at) {
    return pieceSource[p] < 0 ? -1 : pieceSource[p] + (at - pieceStart[p]);
  }

  /** The text offset of form offset {@code at}, or -1 for an added char. */
  int map(int at) {
    return map(pieceOf(at), at);
  }

  /** The form as the detector reads it. */
  String form() {
    return new String(form, 0, n);
  }

  /**
   * What {@code detector} finds in the form, at the text's offsets. A finding must start and end on
   * copied chars; with {@code contiguous} it must also hold no added char (it stays inside one
   * field), else it covers the text between its ends as written.
   */
  List<Finding> detect(Detector detector, boolean contiguous) {
    return detect(detector, contiguous, null);
  }

  /**
   * As {@link #detect(Detector, boolean)}, and records the text's line breaks in {@code breaks}
   * (emptied first) from those the detector passes in the form: for a form that copies every line
   * break of the text and adds none.
   */
  List<Finding> detect(Detector detector, boolean contiguous, LineBreaks breaks) {
    List<Finding> found;
    String shown = form();
    if (breaks == null) {
      found = detector.detect(shown, form, null);
    } else {
      LineBreaks inForm = new LineBreaks();
      found = detector.detect(shown, form, inForm);
      breaks.clear();
      int p = 0;
      for (int i = 0; i < inForm.size(); i++) {
        int offset = inForm.offset(i);
        p = pieceOf(offset, p); // breaks come in order: the walk goes on from the last piece
        int at = map(p, offset);
        if (at < 0) {
          throw new IllegalStateException("a line break was added to the form");
        }
        breaks.add(inForm.isCarriageReturn(i) ? '\r' : '\n', at);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : found) {
      int first = pieceOf(f.start());
      int lastPiece = pieceOf(f.end() - 1, first);
      int s = map(first, f.start());
      int last = map(lastPiece, f.end() - 1);
      if (s < 0 || last < s || (contiguous && last - s != f.end() - 1 - f.start())) {
        continue;
      }
      out.add(
          new Finding(
              f.type(),
              s,
              last + 1,
              f.score(),
              new String(chars, s, last + 1 - s),
              f.explanation()));
    }
    return out;
  }
}
