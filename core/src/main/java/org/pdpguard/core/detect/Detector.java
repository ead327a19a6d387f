package org.pdpguard.core.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation;
import org.pdpguard.core.Finding;
import org.pdpguard.core.text.LineBreaks;
import org.pdpguard.core.text.NormalizedText;

/**
 * The detection pipeline: normalise → tokenise and match every lexicon in one pass → recognise →
 * drop candidates on masks and redaction placeholders ({@link Placeholders}) → score context → drop
 * allow-listed values → threshold → resolve overlaps → map offsets back to the original text.
 * Immutable and thread-safe once built.
 */
public final class Detector {
  private final List<Recognizer> recognizers;
  private final PhraseIndex index;
  private final double minScore;
  private final Set<EntityType> types; // reported
  private final Set<EntityType> candidateTypes; // weighed: the reported ones and their rivals
  private final Predicate<String> allowed;

  /** Each thread's token arrays and hit lists, reused from one text to the next. */
  private final ThreadLocal<TextView.Scratch> scratch =
      ThreadLocal.withInitial(TextView.Scratch::new);

  private Detector(Builder b) {
    this.types = b.types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(b.types);
    Set<String> ids = new HashSet<>();
    for (Recognizer r : b.recognizers) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("two recognizers share the id " + r.id());
      }
    }
    this.candidateTypes = withRivals(types, b.recognizers);
    List<Recognizer> active = new ArrayList<>();
    List<Lexicon> lexicons = new ArrayList<>();
    for (Recognizer r : b.recognizers) {
      if (r.types().stream().anyMatch(candidateTypes::contains)) {
        active.add(r);
        lexicons.addAll(r.lexicons());
      }
    }
    this.recognizers = List.copyOf(active);
    this.index = new PhraseIndex(lexicons);
    this.minScore = b.minScore;
    this.allowed = b.allowed;
  }

  /**
   * {@code types} and every type that may take their text from them ({@link Recognizer#rivals}),
   * and theirs in turn: the candidates a detector must weigh to report {@code types} as a detector
   * of every type would.
   */
  private static Set<EntityType> withRivals(Set<EntityType> types, Set<Recognizer> recognizers) {
    Set<EntityType> all = EnumSet.copyOf(types);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Recognizer r : recognizers) {
        if (r.types().stream().anyMatch(all::contains)) {
          grew |= all.addAll(r.rivals());
        }
      }
    }
    return all;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The recognizers that run: those emitting at least one requested type or a rival of one ({@link
   * Recognizer#rivals}).
   */
  public List<Recognizer> recognizers() {
    return recognizers;
  }

  /** Finds personal data in {@code text}; offsets refer to {@code text} as given. */
  public List<Finding> detect(String text) {
    return detect(text, null);
  }

  /**
   * Finds personal data in {@code text}, as {@link #detect(String)}, and records the text's line
   * breaks in {@code breaks} (emptied first; null: not recorded), which the tokenizer passes on its
   * way: a scan that reports lines then need not read the text again.
   */
  public List<Finding> detect(String text, LineBreaks breaks) {
    return detect(text, null, breaks);
  }

  /**
   * {@link #detect(String, LineBreaks)} for a caller that built {@code text} from a char buffer of
   * its own: {@code chars} begins with the chars of {@code text} (it may be longer) and must not
   * change during the call. The detector reads them there rather than copying the text's chars out
   * of the string (under the client compiler, a loop over every char). Null: copied.
   */
  public List<Finding> detect(String text, char[] chars, LineBreaks breaks) {
    if (chars != null && chars.length < text.length()) {
      throw new IllegalArgumentException(
          "chars holds " + chars.length + " chars, the text " + text.length());
    }
    if (breaks != null) {
      breaks.clear();
    }
    if (text.isEmpty()) {
      return List.of();
    }
    TextView.Scratch own = scratch.get();
    // A recognizer that calls this detector again (never the built-in ones) gets fresh arrays.
    boolean reuse = own.claim();
    TextView.Scratch use = reuse ? own : new TextView.Scratch();
    TextView view = null;
    try {
      if (chars != null) {
        use.lend(text, chars);
      }
      // Most text is composed (NFC) already: build the view on it as it is, and only when the
      // tokenizer met a combining mark compose the text and build the view again. The first view
      // reads the text as given, so the line breaks are taken from it.
      NormalizedText normalized = NormalizedText.assumeComposed(text);
      view = new TextView(normalized, index, use, breaks);
      if (view.sawCombiningMark()) {
        normalized = NormalizedText.of(text, use.load(text));
        view = new TextView(normalized, index, use, null);
      }
      return detect(text, normalized, view);
    } finally {
      if (reuse) {
        use.release(view); // also when the view could not be built: the thread gets it back
      }
    }
  }

  private List<Finding> detect(String text, NormalizedText normalized, TextView view) {
    List<Scored> scored = new ArrayList<>();
    for (Recognizer r : recognizers) {
      String id = r.id();
      r.recognize(
          view,
          c -> {
            if (candidateTypes.contains(c.type)
                && c.end <= view.length()
                && !Placeholders.covers(view.text(), c.start, c.end)) {
              Scored s = ContextScorer.score(view, c, id);
              if (s != null && s.score >= minScore) {
                scored.add(s);
              }
            }
          });
    }
    List<Scored> kept = OverlapResolver.resolve(scored);
    List<Finding> out = new ArrayList<>(kept.size());
    for (Scored s : kept) {
      if (!types.contains(s.candidate.type)) {
        continue; // a rival's, weighed only to resolve overlaps as a detector of every type does
      }
      int start = normalized.startInOriginal(s.candidate.start);
      int end = normalized.endInOriginal(s.candidate.end);
      if (end <= start) {
        continue;
      }
      String value = text.substring(start, end);
      if (allowed.test(value)) {
        continue;
      }
      Candidate c = s.candidate;
      Explanation why = new Explanation(s.recognizer, c.pattern, c.validation, c.detail, s.context);
      out.add(new Finding(c.type, start, end, s.score, value, why));
    }
    return out;
  }

  /** A candidate with its final score and the context word that set it. */
  record Scored(Candidate candidate, String recognizer, double score, String context) {}

  /** Builds a {@link Detector}. */
  public static final class Builder {
    private final Set<Recognizer> recognizers = new LinkedHashSet<>();
    private double minScore = 0.5;
    private final Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    private Predicate<String> allowed = v -> false;

    private Builder() {}

    public Builder add(Recognizer r) {
      recognizers.add(Objects.requireNonNull(r));
      return this;
    }

    public Builder addAll(Collection<? extends Recognizer> rs) {
      rs.forEach(this::add);
      return this;
    }

    /** Findings scoring below this are dropped; default 0.5. */
    public Builder minScore(double score) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("min score must be within 0..1, got " + score);
      }
      this.minScore = score;
      return this;
    }

    /** Only these types are reported; empty (the default) means every type. */
    public Builder types(Collection<EntityType> only) {
      types.clear();
      types.addAll(only);
      return this;
    }

    /** Values for which {@code allowList} answers true are never reported. */
    public Builder allowList(Predicate<String> allowList) {
      this.allowed = this.allowed.or(Objects.requireNonNull(allowList));
      return this;
    }

    public Detector build() {
      return new Detector(this);
    }
  }
}
