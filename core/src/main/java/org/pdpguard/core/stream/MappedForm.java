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
 */
final class MappedForm {
  private final String text;
  private final StringBuilder form;
  private int[] map; // form offset -> text offset, -1 for added chars
  private int n;

  MappedForm(String text, int capacity) {
    this.text = text;
    this.form = new StringBuilder(capacity);
    this.map = new int[capacity];
  }

  /** Appends the text's chars {@code [from, to)}. */
  MappedForm copy(int from, int to) {
    ensure(to - from);
    form.append(text, from, to);
    for (int c = from; c < to; c++) {
      map[n++] = c;
    }
    return this;
  }

  /** Appends {@code s}, which is not in the text. */
  MappedForm add(String s) {
    ensure(s.length());
    form.append(s);
    for (int i = 0; i < s.length(); i++) {
      map[n++] = -1;
    }
    return this;
  }

  private void ensure(int more) {
    if (n + more > map.length) {
      map = Arrays.copyOf(map, Math.max(n + more, map.length * 2));
    }
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
    if (breaks == null) {
      found = detector.detect(form.toString());
    } else {
      LineBreaks inForm = new LineBreaks();
      found = detector.detect(form.toString(), inForm);
      breaks.clear();
      for (int i = 0; i < inForm.size(); i++) {
        int at = map[inForm.offset(i)];
        if (at < 0) {
          throw new IllegalStateException("a line break was added to the form");
        }
        breaks.add(inForm.isCarriageReturn(i) ? '\r' : '\n', at);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : found) {
      int s = map[f.start()];
      int last = map[f.end() - 1];
      if (s < 0 || last < s || (contiguous && last - s != f.end() - 1 - f.start())) {
        continue;
      }
      out.add(
          new Finding(
              f.type(), s, last + 1, f.score(), text.substring(s, last + 1), f.explanation()));
    }
    return out;
  }
}
