package org.pdpguard.core.stream;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.text.LineBreaks;

/**
 * Scans a {@link Reader} of any length in bounded memory. The text is read in chunks of about
 * {@code chunkChars}; each chunk is cut at its last line break (for a line longer than a chunk: at
 * its last whitespace, else a hard cut that never splits a surrogate pair). Each unit handed to
 * {@link Detector#detect} is the chunk up to the cut plus up to {@code overlapChars} of text on
 * either side as context: the tail of the previous unit (starting on a word), so that "Số CCCD:" on
 * the line before a number still counts, and the text after the cut, so that a context word or a
 * value running past the cut is seen too.
 *
 * <p>A unit reports only the findings that start between its previous cut and its own cut, so a
 * finding is reported once; one that overlaps a finding already reported is dropped. Findings reach
 * the {@link Sink} as soon as their unit is scanned, in text order, with offsets in UTF-16 units
 * from the start of the stream and 1-based line and column ({@code \n}, {@code \r\n} and {@code \r}
 * each end a line). Limits: context farther than {@code overlapChars} from a cut is not seen across
 * it, and a value longer than {@code overlapChars} that crosses a hard cut (only in a line of more
 * than {@code chunkChars} without whitespace) may be missed or reported in part.
 *
 * <p>A delimited file with a header ({@link DelimitedColumns}) is shown to the detector row by row
 * with its column names as labels, and a unit that holds JSON members ({@link JsonMembers}) with
 * each member's name as the label of its value; findings keep the text's own offsets.
 *
 * <p>Memory is about {@code chunkChars + 2 * overlapChars} chars plus the detector's working set
 * for one unit, whatever the length of the stream ({@link #parallel}: for each unit in flight). A
 * scanner is immutable and may be shared by threads; each {@link #scan} call keeps its own state.
 * The caller opens and closes the reader.
 */
public final class TextScanner {
  /** Default chunk size in chars. */
  public static final int DEFAULT_CHUNK_CHARS = 256 * 1024;

  /** Default context carried from one unit to the next, in chars. */
  public static final int DEFAULT_OVERLAP_CHARS = 200;

  private static final Comparator<Finding> TEXT_ORDER =
      Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end);

  private final Detector detector;
  private final int chunkChars;
  private final int overlapChars;
  private final Executor units; // detects units on other threads; null: on the calling thread
  private final int window; // units detected ahead of the one being reported

  public TextScanner(Detector detector) {
    this(detector, DEFAULT_CHUNK_CHARS, DEFAULT_OVERLAP_CHARS);
  }

  /**
   * A scanner with explicit sizes; {@code chunkChars} must exceed {@code overlapChars} and be at
   * least 2.
   */
  public TextScanner(Detector detector, int chunkChars, int overlapChars) {
    this(detector, chunkChars, overlapChars, null, 0);
  }

  private TextScanner(
      Detector detector, int chunkChars, int overlapChars, Executor units, int window) {
    this.detector = Objects.requireNonNull(detector, "detector");
    if (chunkChars < 2 || overlapChars < 0 || overlapChars >= chunkChars) {
      throw new IllegalArgumentException(
          "need chunk >= 2 and 0 <= overlap < chunk, got " + chunkChars + ", " + overlapChars);
    }
    this.chunkChars = chunkChars;
    this.overlapChars = overlapChars;
    this.units = units;
    this.window = window;
  }

  /**
   * This scanner, detecting the units of one stream on {@code pool} while the calling thread reads
   * and reports, with up to {@code ahead} units in flight: a single large file then uses every
   * thread of the pool. Findings still reach the sink in text order, on the calling thread, and are
   * the same as without a pool. The pool must not be the one whose threads call {@link #scan} (they
   * wait for it). Memory grows to about {@code ahead} units.
   */
  public TextScanner parallel(Executor pool, int ahead) {
    if (ahead < 1) {
      throw new IllegalArgumentException("ahead must be at least 1, got " + ahead);
    }
    return new TextScanner(
        detector, chunkChars, overlapChars, Objects.requireNonNull(pool, "pool"), ahead);
  }

  /**
   * Reads {@code in} to its end and sends every finding to {@code sink} as it is found.
   *
   * @return the number of chars read (UTF-16 units)
   * @throws IOException from the reader or the sink; findings sent before it stay sent
   */
  public long scan(Reader in, Sink sink) throws IOException {
    return new Pass(in, sink).run();
  }

  /** Receives findings in text order. */
  @FunctionalInterface
  public interface Sink {
    void accept(LocatedFinding finding) throws IOException;

    /**
     * Called after the findings of each unit: no finding sent later starts before {@code upTo} (a
     * stream offset). A consumer that holds the text, such as redaction, may let go of what lies
     * before it. Does nothing by default.
     */
    default void reported(long upTo) throws IOException {}
  }

  /**
   * One unit: its length (its text is the first {@code length} chars of the buffer when it is
   * made), where it starts in the stream, the part it reports on ({@code [context, cut)}), and
   * where the next unit starts ({@code next}, -1 for the last). The unit's string is made where it
   * is detected, on a worker when there is a pool, not on the thread that reads the stream.
   */
  private record Unit(int length, long start, int context, int cut, int next) {}

  /**
   * A unit on the pool and what the detector will find in it; {@code chars} holds the unit's text
   * from its start, a copy of the buffer the worker reads instead of copying the text's chars.
   */
  private record Pending(Unit unit, char[] chars, Future<Detected> found) {}

  /**
   * What a worker found in a unit, and where the unit's line breaks are (offsets in the unit's
   * text): found on the worker, most often by the detector's tokenizer on its way, so that the
   * source thread, which reports units in order, does not read every char again.
   */
  private record Detected(List<Finding> findings, LineBreaks breaks) {}

  /** The state of one scan. */
  private final class Pass {
    private final Reader in;
    private final Sink sink;
    private final char[] buf = new char[chunkChars + 2 * overlapChars];
    private final LineCounter lines = new LineCounter();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>(); // units on the pool, in order
    private final ArrayDeque<char[]> spare = new ArrayDeque<>(); // copies of reported units
    private int len; // chars in buf
    private int context; // buf[0, context) was reported on before and is kept as context only
    private long bufStart; // stream offset of buf[0]
    private long reportedEnd; // stream offset after the last reported finding
    private DelimitedColumns columns; // set when the stream is a delimited file with a header
    private boolean sniffed;

    Pass(Reader in, Sink sink) {
      this.in = Objects.requireNonNull(in, "in");
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    long run() throws IOException {
      try {
        while (true) {
          boolean eof = fill();
          if (len == context) {
            drain(0);
            return bufStart + len;
          }
          int cut = eof ? len : cutPoint(len - overlapChars);
          int next = eof ? -1 : next(cut);
          Unit unit = new Unit(eof ? len : cut + overlapChars, bufStart, context, cut, next);
          if (!sniffed) {
            sniffed = true;
            columns = DelimitedColumns.sniff(new String(buf, 0, unit.length()));
          }
          submit(unit, eof && pending.isEmpty());
          if (eof) {
            drain(0);
            return bufStart + len;
          }
          carry(next, cut);
        }
      } finally {
        pending.forEach(
            p -> p.found().cancel(true)); // left only when the sink or the reader failed
      }
    }

    /** Detects a unit, on the pool when there is one and the stream is longer than one unit. */
    private void submit(Unit unit, boolean only) throws IOException {
      if (units == null || only) {
        // Detected here, before the buffer moves on: the detector reads the unit's chars in it.
        report(unit, detect(unit, buf));
        return;
      }
      // The buffer moves on while the unit waits: the worker gets a copy of its chars, in an
      // array that comes back when the unit is reported (a few arrays for a whole scan).
      char[] chars = spare.poll();
      if (chars == null) {
        chars = new char[buf.length];
      }
      System.arraycopy(buf, 0, chars, 0, unit.length());
      char[] copy = chars;
      FutureTask<Detected> task = new FutureTask<>(() -> detect(unit, copy));
      units.execute(task);
      pending.add(new Pending(unit, chars, task));
      drain(window);
    }

    /** Reports finished units in order until at most {@code keep} are in flight. */
    private void drain(int keep) throws IOException {
      while (pending.size() > keep) {
        Pending p = pending.peek(); // stays queued, to be cancelled, until its result is in
        Detected found = Futures.await(p.found());
        pending.remove();
        spare.push(p.chars()); // its worker is done with it
        report(p.unit(), found);
      }
    }

    /**
     * Detects a unit, whose text {@code chars} holds from its start and keeps until this returns
     * (the buffer on the source thread, a copy of it on the pool).
     */
    private Detected detect(Unit unit, char[] chars) {
      int length = unit.length();
      List<Finding> found;
      LineBreaks breaks;
      if (columns != null) {
        String text = new String(chars, 0, length);
        found = new ArrayList<>(columns.detect(detector, text));
        breaks = LineBreaks.of(text);
      } else if (JsonMembers.present(chars, length)) {
        // The detector reads a form of the unit: the unit needs no string of its own.
        breaks = new LineBreaks();
        found = new ArrayList<>(JsonMembers.detect(detector, chars, length, breaks));
      } else {
        breaks = new LineBreaks();
        found = new ArrayList<>(detector.detect(new String(chars, 0, length), chars, breaks));
      }
      found.sort(TEXT_ORDER);
      return new Detected(found, breaks);
    }

    /** Reads until the buffer is full; true at the end of the stream. */
    private boolean fill() throws IOException {
      while (len < buf.length) {
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          return true;
        }
        len += n;
      }
      return false;
    }

    /**
     * Where the unit's own text ends, at most {@code limit}: after the last line break, else the
     * last whitespace, else hard.
     */
    private int cutPoint(int limit) {
      for (int i = limit - 1; i >= context; i--) {
        if (buf[i] == '\n' || buf[i] == '\r') {
          return i + 1;
        }
      }
      for (int i = limit - 1; i >= context; i--) {
        if (Character.isWhitespace(buf[i])) {
          return i + 1;
        }
      }
      int cut = limit;
      if (Character.isHighSurrogate(buf[cut - 1]) && cut - 1 > context) {
        cut--;
      }
      return cut;
    }

    /** Reports the findings of a unit that start in {@code [context, cut)}, in text order. */
    private void report(Unit unit, Detected detected) throws IOException {
      lines.unit(detected);
      for (Finding f : detected.findings()) {
        long start = unit.start() + f.start();
        if (f.start() < unit.context() || f.start() >= unit.cut() || start < reportedEnd) {
          continue; // the previous or next unit's, or overlaps what was reported
        }
        lines.advance(unit.start(), f.start());
        sink.accept(LocatedFinding.of(f, unit.start(), lines.line, start - lines.lineStart + 1));
        reportedEnd = unit.start() + f.end();
      }
      if (unit.next() >= 0) {
        lines.advance(unit.start(), unit.next());
      }
      sink.reported(unit.start() + unit.cut());
    }

    /**
     * Where the next unit starts: up to {@code overlapChars} before the cut, kept as context, on
     * the start of a word.
     */
    private int next(int cut) {
      int keep = Math.max(0, cut - overlapChars);
      if (keep > 0 && !Character.isWhitespace(buf[keep - 1])) {
        for (int i = keep; i < cut; i++) {
          if (Character.isWhitespace(buf[i])) {
            return i + 1; // start the context on a word, not inside one
          }
        }
      }
      return keep;
    }

    /** Keeps the tail of the unit from {@code keep} as context and moves the rest to the front. */
    private void carry(int keep, int cut) {
      System.arraycopy(buf, keep, buf, 0, len - keep);
      bufStart += keep;
      len -= keep;
      context = cut - keep;
    }
  }

  /** Counts lines up to a stream offset; moves forward only. */
  private static final class LineCounter {
    long line = 1;
    long lineStart;
    private long counted;
    private long lastCr = -2; // stream offset of the last carriage return counted

    private Detected unit; // the line breaks of the unit being reported
    private int next; // the first of them not counted yet

    /** The unit whose findings are reported next, with its line breaks. */
    void unit(Detected detected) {
      unit = detected;
      next = 0;
    }

    /**
     * Counts the line breaks of the current unit, which starts at {@code textStart}, up to offset
     * {@code to} of its text: a CR, an LF, or a CR and an LF as one.
     */
    void advance(long textStart, int to) {
      LineBreaks breaks = unit.breaks();
      int from = (int) (counted - textStart); // the units overlap: skip what was counted
      while (next < breaks.size() && breaks.offset(next) < from) {
        next++;
      }
      for (; next < breaks.size() && breaks.offset(next) < to; next++) {
        long at = textStart + breaks.offset(next);
        if (breaks.isCarriageReturn(next)) {
          line++;
          lastCr = at;
        } else if (lastCr != at - 1) {
          line++;
        }
        lineStart = at + 1;
      }
      counted = Math.max(counted, textStart + to);
    }
  }
}
