package org.pdpguard.core.detect;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * Finds one or a few kinds of personal data in a {@link TextView}. The extension point of the
 * engine.
 *
 * <p>A recognizer is stateless and thread-safe: the engine calls {@link #recognize} from many
 * threads at once. Its constructor does no I/O; bundled data loads lazily. "Nothing found" means
 * emitting nothing. It reads the view's tokens, numeric tokens, capitalised tokens and lexicon
 * hits; it must not loop over every char of the text on its own, so that the engine stays one pass
 * whatever the number of recognizers. It must not throw on any input.
 */
public interface Recognizer {
  /** A stable id such as {@code vn.cccd}, shown in every finding's explanation. */
  String id();

  /** The types this recognizer may emit; the engine skips it when none is requested. */
  Set<EntityType> types();

  /**
   * The types whose candidates may take this recognizer's text from it when the engine resolves
   * overlaps: an account number under its label is no phone, a religion's name is no person's. A
   * detector asked for some types only also runs the recognizers of these types (and of theirs), so
   * that it reports what a detector asked for every type would report of those types.
   */
  default Set<EntityType> rivals() {
    return Set.of();
  }

  /** The lexicons whose hits this recognizer reads, including its context words. */
  default List<Lexicon> lexicons() {
    return List.of();
  }

  /** Emits candidates for the view's text to {@code out}. */
  void recognize(TextView view, Emitter out);

  /** Where a recognizer sends its candidates. */
  @FunctionalInterface
  interface Emitter {
    void emit(Candidate candidate);
  }
}
