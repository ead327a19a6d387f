package org.pdpguard.core.detect;

import java.util.Objects;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation.Validation;

/**
 * What a recognizer proposes: a span of the view's text, a type, a base score and how context may
 * raise it. The engine scores context, applies the threshold and resolves overlaps.
 *
 * <pre>{@code
 * out.emit(Candidate.of(EntityType.VN_CCCD, s, e, 0.6)
 *     .validated("province 079, male, born 1998")
 *     .context(CONTEXT, 0.35));
 * }</pre>
 */
public final class Candidate {
  /** Tokens before the span that the engine searches for a context word, by default. */
  public static final int DEFAULT_WINDOW_BEFORE = 10;

  /** Tokens after the span that the engine searches for a context word, by default. */
  public static final int DEFAULT_WINDOW_AFTER = 3;

  final EntityType type;
  final int start;
  final int end;
  final double score;
  String pattern = "";
  Validation validation = Validation.NOT_APPLICABLE;
  String detail = "";
  Lexicon context;
  double boost;
  boolean contextRequired;
  int windowBefore = DEFAULT_WINDOW_BEFORE;
  int windowAfter = DEFAULT_WINDOW_AFTER;
  String contextWord; // set when the recognizer already saw its context itself

  private Candidate(EntityType type, int start, int end, double score) {
    this.type = Objects.requireNonNull(type);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0,1]: " + score);
    }
    this.start = start;
    this.end = end;
    this.score = score;
  }

  /** A candidate over {@code [start, end)} of the view's text with a base score. */
  public static Candidate of(EntityType type, int start, int end, double score) {
    return new Candidate(type, start, end, score);
  }

  /** Names the pattern or lexicon that matched, for the explanation. */
  public Candidate pattern(String name) {
    this.pattern = Objects.requireNonNull(name);
    return this;
  }

  /** Marks that a validator (checksum, table) accepted it, with what it checked. */
  public Candidate validated(String detail) {
    this.validation = Validation.VALID;
    this.detail = Objects.requireNonNull(detail);
    return this;
  }

  /** Adds a detail for the explanation without claiming validation. */
  public Candidate detail(String detail) {
    this.detail = Objects.requireNonNull(detail);
    return this;
  }

  /** A word of {@code lexicon} near the span raises the score by {@code boost} (capped at 1). */
  public Candidate context(Lexicon lexicon, double boost) {
    this.context = Objects.requireNonNull(lexicon);
    this.boost = boost;
    return this;
  }

  /** Like {@link #context} but the candidate is dropped when no context word is near. */
  public Candidate requireContext(Lexicon lexicon, double boost) {
    context(lexicon, boost);
    this.contextRequired = true;
    return this;
  }

  /** How many tokens before and after the span the context search covers. */
  public Candidate window(int before, int after) {
    this.windowBefore = before;
    this.windowAfter = after;
    return this;
  }

  /** The recognizer found its own context (a label it matched); recorded in the explanation. */
  public Candidate contextWord(String word) {
    this.contextWord = word;
    return this;
  }

  public EntityType type() {
    return type;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public double score() {
    return score;
  }
}
