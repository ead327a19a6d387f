package org.pdpguard.core.detect;

import java.util.Arrays;
import org.pdpguard.core.text.Folding;
import org.pdpguard.core.text.ToneMarks;

/**
 * The places where one lexicon's phrases occur in a {@link TextView}, in text order, longest match
 * per start token. Empty when the lexicon does not occur. Not thread-safe: belongs to its view.
 */
public final class Hits {
  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  static final Hits EMPTY = new Hits(null, null);

  private final TextView view;
  private final Lexicon lexicon;
  private int lexiconIndex = -1; // set for on-demand hits
  private int[] memo; // on demand: per token, hit index + 1, or -1 when none; 0 not asked yet
  private int[] firstToken = new int[4];
  private int[] lastToken = new int[4];
  private int[] phrase = new int[4];
  private int size;

  Hits(TextView view, Lexicon lexicon) {
    this.view = view;
    this.lexicon = lexicon;
  }

  /** Hits of an on-demand lexicon, matched token by token as {@link #startingAt} asks. */
  static Hits onDemand(TextView view, Lexicon lexicon, int lexiconIndex) {
    Hits h = new Hits(view, lexicon);
    h.lexiconIndex = lexiconIndex;
    h.memo = new int[view.tokenCount()];
    return h;
  }

  /**
   * Index of the hit whose first token is {@code token}, or -1 when no phrase starts there. Works
   * for every lexicon; the only query an on-demand lexicon answers.
   */
  public int startingAt(int token) {
    if (memo == null) {
      int i = firstAtOrAfter(token);
      return i < size && firstToken[i] == token ? i : -1;
    }
    if (token < 0 || token >= memo.length) {
      return -1;
    }
    if (memo[token] == 0) {
      int[] phraseOut = new int[1];
      int last = view.longestPhrase(lexiconIndex, token, phraseOut);
      if (last < 0) {
        memo[token] = -1;
      } else {
        add(token, last, phraseOut[0]);
        memo[token] = size;
      }
    }
    return memo[token] - 1 < 0 ? -1 : memo[token] - 1;
  }

  void add(int first, int last, int phraseIndex) {
    if (memo == null && size > 0 && firstToken[size - 1] == first) {
      lastToken[size - 1] = last; // a longer phrase from the same token
      phrase[size - 1] = phraseIndex;
      return;
    }
    if (size == firstToken.length) {
      firstToken = Arrays.copyOf(firstToken, size * 2);
      lastToken = Arrays.copyOf(lastToken, size * 2);
      phrase = Arrays.copyOf(phrase, size * 2);
    }
    firstToken[size] = first;
    lastToken[size] = last;
    phrase[size] = phraseIndex;
    size++;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Index of the first token of hit {@code i}. */
  public int firstToken(int i) {
    return firstToken[i];
  }

  /** Index of the last token of hit {@code i}, inclusive. */
  public int lastToken(int i) {
    return lastToken[i];
  }

  /** Start offset of hit {@code i} in the view's text. */
  public int start(int i) {
    return view.tokenStart(firstToken[i]);
  }

  /** End offset (exclusive) of hit {@code i} in the view's text. */
  public int end(int i) {
    return view.tokenEnd(lastToken[i]);
  }

  /** The lexicon phrase that hit {@code i} matched, as written in the lexicon. */
  public String phrase(int i) {
    return lexicon.phrases().get(phrase[i]);
  }

  /** The matched text as written in the text. */
  public String surface(int i) {
    return view.text().substring(start(i), end(i));
  }

  /** True when the text carries diacritics where it matched. */
  public boolean hasDiacritics(int i) {
    return Folding.hasDiacritics(surface(i));
  }

  /**
   * True when the text matched the phrase with its diacritics too (tone-mark placement and case
   * aside): {@code Hoà Bình} matches {@code Hòa Bình} exactly, {@code Hoa Binh} does not.
   */
  public boolean exact(int i) {
    String surface = surface(i);
    if (!Folding.hasDiacritics(surface)) {
      return !Folding.hasDiacritics(phrase(i));
    }
    String phrase = phrase(i);
    if (surface.equalsIgnoreCase(phrase)) {
      return true; // the common case, without normalising
    }
    return canonical(surface).equals(canonical(phrase));
  }

  private static String canonical(String s) {
    return SEPARATORS.matcher(ToneMarks.canonical(s)).replaceAll(" ");
  }

  /** Index of the first hit whose first token is at or after {@code token}; size() when none. */
  public int firstAtOrAfter(int token) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (firstToken[mid] < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
