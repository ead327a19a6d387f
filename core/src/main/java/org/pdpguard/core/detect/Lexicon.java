package org.pdpguard.core.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pdpguard.core.text.Folding;

/**
 * A named list of words or phrases that the engine finds in one pass over a text, together with the
 * phrases of every other lexicon. Matching is on folded text (lower case, no diacritics), on whole
 * tokens; each hit also says whether the text matched with its diacritics too.
 *
 * <p>Two lexicons are the same when their ids are equal; recognizers share one by sharing the
 * object or the id.
 */
public final class Lexicon {
  private final String id;
  private final List<String> phrases;
  private final boolean onDemand;
  private final boolean[] marked; // per phrase: carries diacritics
  private final String[] canonical; // per phrase: Hits.canonical, computed on first use

  /** This lexicon's index in the last phrase index that looked it up (most runs have one). */
  private volatile IndexSlot slot;

  /** A lexicon's position in one {@link PhraseIndex}. */
  record IndexSlot(PhraseIndex index, int position) {}

  private Lexicon(String id, List<String> phrases, boolean onDemand) {
    this.id = Objects.requireNonNull(id);
    this.phrases = List.copyOf(phrases);
    this.onDemand = onDemand;
    this.marked = new boolean[this.phrases.size()];
    for (int i = 0; i < marked.length; i++) {
      marked[i] = Folding.hasDiacritics(this.phrases.get(i));
    }
    this.canonical = new String[this.phrases.size()];
  }

  /** True when phrase {@code i} carries diacritics. */
  boolean hasDiacritics(int i) {
    return marked[i];
  }

  /** Phrase {@code i} in the form {@link Hits#exact} compares (a benign race: same value). */
  String canonical(int i) {
    String c = canonical[i];
    if (c == null) {
      c = Hits.canonical(phrases.get(i));
      canonical[i] = c;
    }
    return c;
  }

  public static Lexicon of(String id, Collection<String> phrases) {
    return new Lexicon(id, new ArrayList<>(phrases), false);
  }

  public static Lexicon of(String id, String... phrases) {
    return new Lexicon(id, List.of(phrases), false);
  }

  /**
   * A lexicon matched only where a recognizer asks ({@link Hits#startingAt}), not on every token:
   * for large lists whose words are also everyday words (ward names such as "Hòa Bình" or "Thành
   * Công"), which recognizers need only at a few places. Its {@link Hits} answer {@code startingAt}
   * and nothing else.
   */
  public static Lexicon onDemand(String id, Collection<String> phrases) {
    return new Lexicon(id, new ArrayList<>(phrases), true);
  }

  /** True for a lexicon made with {@link #onDemand}. */
  public boolean isOnDemand() {
    return onDemand;
  }

  /**
   * Reads a lexicon from a UTF-8 class-path resource, one phrase a line; blank lines and lines
   * starting with {@code #} are skipped. Fails loudly when the resource is missing.
   */
  public static Lexicon fromResource(String id, Class<?> anchor, String resource) {
    return of(id, readLines(anchor, resource));
  }

  /** Reads a UTF-8 class-path resource's non-blank, non-comment lines, trimmed. */
  public static List<String> readLines(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  public String id() {
    return id;
  }

  public List<String> phrases() {
    return phrases;
  }

  /**
   * For each phrase, by its index in {@link #phrases()} (what {@link Hits#phraseIndex} gives), true
   * when it is one of {@code subset}: a recognizer tells its hits apart by an array read, not a set
   * lookup of the phrase's string, on paths that visit every hit.
   */
  public boolean[] marking(java.util.Set<String> subset) {
    boolean[] marked = new boolean[phrases.size()];
    for (int i = 0; i < marked.length; i++) {
      marked[i] = subset.contains(phrases.get(i));
    }
    return marked;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lexicon l && l.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Lexicon[" + id + ", " + phrases.size() + " phrases]";
  }

  IndexSlot slot() {
    return slot;
  }

  void slot(IndexSlot s) {
    slot = s;
  }
}
