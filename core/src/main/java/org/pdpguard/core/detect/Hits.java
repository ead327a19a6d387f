package org.pdpguard.core.detect;

import java.util.Arrays;
import org.pdpguard.core.text.ToneMarks;

/**
 * The places where one lexicon's phrases occur in a {@link TextView}, in text order, longest match
 * per start token. Empty when the lexicon does not occur. Not thread-safe: belongs to its view.
 */
public final class Hits {
  static final Hits EMPTY = new Hits(null);

  private TextView view;
  private final Lexicon lexicon;
  private int lexiconIndex = -1; // set for on-demand hits
  private int[] memo; // on demand: per token, hit index + 1, or -1 when none; 0 not asked yet
  private int[] memoArray = new int[0]; // kept between views; memo is null when not on demand
  private int memoSize; // tokens of the view, the part of memo in use
  private int[] askedTokens = new int[16]; // the tokens whose memo entry is set
  private int asked;
  private int[] firstToken = new int[4];
  private int[] lastToken = new int[4];
  private int[] phrase = new int[4];
  private int size;
  private int cursor; // the last answer of firstAtOrAfter, where the next query usually starts
  private final int[] phraseOut = new int[1];

  Hits(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Empties these hits and binds them to {@code view}; an on-demand lexicon ({@code lexiconIndex} ≥
   * 0) is matched token by token over {@code tokens} tokens as {@link #startingAt} asks.
   */
  void reset(TextView view, int lexiconIndex, int tokens) {
    this.view = view;
    this.lexiconIndex = lexiconIndex;
    this.size = 0;
    this.cursor = 0;
    if (lexiconIndex < 0) {
      memo = null;
      return;
    }
    // Only the entries asked of the last view are set: zero those rather than the whole array
    // (thousands of tokens a unit, most of which are never asked).
    for (int k = 0; k < asked; k++) {
      memoArray[askedTokens[k]] = 0;
    }
    asked = 0;
    if (memoArray.length < tokens) {
      memoArray = new int[Math.max(tokens, memoArray.length * 2)];
    }
    memo = memoArray;
    memoSize = tokens;
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
    if (token < 0 || token >= memoSize) {
      return -1;
    }
    if (memo[token] == 0) {
      if (asked == askedTokens.length) {
        askedTokens = Arrays.copyOf(askedTokens, asked * 2);
      }
      askedTokens[asked++] = token;
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

  /** The index in its lexicon's {@link Lexicon#phrases()} of the phrase that hit {@code i}. */
  public int phraseIndex(int i) {
    return phrase[i];
  }

  /** True when the phrase that hit {@code i} matched carries diacritics. */
  public boolean phraseMarked(int i) {
    return lexicon.hasDiacritics(phrase[i]);
  }

  /** The matched text as written in the text. */
  public String surface(int i) {
    return view.text().substring(start(i), end(i));
  }

  /** The view these hits belong to. */
  public TextView view() {
    return view;
  }

  /** The text of the view these hits belong to. */
  public String text() {
    return view.text();
  }

  /**
   * True when the text carries diacritics where it matched: when one of its tokens does (the chars
   * between tokens never carry any).
   */
  public boolean hasDiacritics(int i) {
    for (int t = firstToken[i], last = lastToken[i]; t <= last; t++) {
      if (view.tokenIs(t, TextView.DIACRITIC)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the text matched the phrase with its diacritics too (tone-mark placement and case
   * aside): {@code Hoà Bình} matches {@code Hòa Bình} exactly, {@code Hoa Binh} does not.
   */
  public boolean exact(int i) {
    if (!hasDiacritics(i)) {
      return !lexicon.hasDiacritics(phrase[i]);
    }
    String text = view.text();
    int s = start(i);
    int e = end(i);
    String p = phrase(i);
    if (e - s == p.length() && view.regionMatchesIgnoreCase(s, p)) {
      return true; // the common case, without normalising
    }
    String canonicalPhrase = lexicon.canonical(phrase[i]);
    int same = view.hasOpenPair(s, e) ? -1 : sameAsCanonical(text, s, e, canonicalPhrase);
    return same >= 0 ? same == 1 : canonical(text.substring(s, e)).equals(canonicalPhrase);
  }

  /**
   * Whether {@code canonical(text[s, e))} equals {@code canonical}, found without building it, for
   * a text with no "oa", "oe" or "uy" (whose tone mark may move; the caller checks): 1 or 0, or -1
   * when it takes {@link #canonical} itself (a char outside the Latin blocks, whose lower case or
   * NFC form is not one char of its own).
   */
  private static int sameAsCanonical(String text, int s, int e, String canonical) {
    for (int i = s; i < e; i++) {
      char ch = text.charAt(i);
      if (!(ch < 0x250 || (ch >= 0x1e00 && ch <= 0x1eff)) || ch == '\u0130') {
        return -1;
      }
    }
    int j = 0;
    boolean gap = false;
    for (int i = s; i < e; i++) {
      char ch = text.charAt(i);
      if (!letterOrNumber(ch)) {
        gap = true;
        continue;
      }
      if (gap) {
        if (j >= canonical.length() || canonical.charAt(j++) != ' ') {
          return 0;
        }
        gap = false;
      }
      if (j >= canonical.length() || canonical.charAt(j++) != Character.toLowerCase(ch)) {
        return 0;
      }
    }
    if (gap && (j >= canonical.length() || canonical.charAt(j++) != ' ')) {
      return 0;
    }
    return j == canonical.length() ? 1 : 0;
  }

  /**
   * The form in which two spellings of a phrase compare equal: lower case, tone marks where the
   * standard puts them ({@link ToneMarks#canonical}), each run of chars other than letters and
   * digits one space.
   */
  public static String canonical(String s) {
    String c = ToneMarks.canonical(s);
    StringBuilder out = new StringBuilder(c.length());
    boolean gap = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (letterOrNumber(ch)) {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.append(ch);
      } else {
        gap = true;
      }
    }
    return gap ? out.append(' ').toString() : out.toString();
  }

  /** Unicode's categories L and N, as the regex classes {@code \p{L}} and {@code \p{N}}. */
  private static boolean letterOrNumber(char ch) {
    if (Character.isLetter(ch)) {
      return true;
    }
    int type = Character.getType(ch);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Index of the first hit whose first token is at or after {@code token}; size() when none. */
  public int firstAtOrAfter(int token) {
    // Recognizers mostly ask in text order: try the answer of the last query and its successor
    // before searching the whole list. On-demand hits are not sorted, and are never searched.
    int c = cursor;
    if (c < size && firstToken[c] >= token && (c == 0 || firstToken[c - 1] < token)) {
      return c;
    }
    if (c + 1 < size && firstToken[c + 1] >= token && firstToken[c] < token) {
      cursor = c + 1;
      return c + 1;
    }
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
    if (lo < size) {
      cursor = lo;
    }
    return lo;
  }
}
