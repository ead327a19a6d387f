package org.pdpguard.core.detect;

import java.util.Arrays;
import org.pdpguard.core.text.Folding;
import org.pdpguard.core.text.LineBreaks;
import org.pdpguard.core.text.NormalizedText;

/**
 * One text unit as recognizers see it, built in a single pass: the NFC text, its folded twin (same
 * offsets), its tokens (maximal runs of letters and digits) with their shape, the tokens that hold
 * digits or start with a capital, the '@' signs, and the hits of every lexicon. Recognizers read
 * it; they never scan the raw text with their own loops over every char.
 *
 * <p>Offsets are in the NFC text; the engine maps findings back to the original. Not thread-safe.
 */
public final class TextView {
  /** Token shape flags. */
  public static final int DIGITS_ONLY = 1;

  public static final int HAS_DIGIT = 2;
  public static final int HAS_LETTER = 4;
  public static final int UPPER_FIRST = 8;
  public static final int ALL_UPPER = 16;
  public static final int DIACRITIC = 32;

  private final NormalizedText normalized;
  private final String text;
  private final int length;
  private final char[] chars; // the text's chars, for fast local reads; may be longer than length
  private final char[] folded; // may be longer than length
  private final Scratch scratch;
  private int[] start;
  private int[] end;
  private int[] flags;
  private int[] hash; // FoldedKeyMap.hash of each folded token
  private int tokens;
  private boolean combining;
  private final IntList numeric;
  private final IntList capitalized;
  private final IntList atSigns;
  private final IntList[] byLength; // digit-only tokens by length, filled on first use
  private boolean byLengthFilled;
  private final IntList[] byRun; // digit-only tokens by least digits of their run, on first use
  private int byRunFilled; // bit n: byRun[n] is filled for this view
  private int[] runDigits; // per entry of numeric: the digits of its run (0: not digits only)
  private final PhraseIndex index;
  private final Hits[] hits;
  private final LineBreaks breaks; // where the tokenizer records line breaks; null: nowhere

  TextView(NormalizedText normalized, PhraseIndex index) {
    this(normalized, index, new Scratch(), null);
  }

  /**
   * A view that reuses the arrays of {@code scratch}, which must not be in use by another live
   * view: the detector keeps one scratch per thread, so that a scan does not allocate a new set of
   * token arrays for every unit. The line breaks of the text go to {@code breaks} (after those it
   * holds already) unless it is null.
   */
  TextView(NormalizedText normalized, PhraseIndex index, Scratch scratch, LineBreaks breaks) {
    this.normalized = normalized;
    this.text = normalized.text();
    this.length = text.length();
    this.scratch = scratch;
    scratch.prepare(length, index.lexicons().size());
    this.chars = scratch.load(text);
    this.folded = scratch.folded;
    this.start = scratch.start;
    this.end = scratch.end;
    this.flags = scratch.flags;
    this.hash = scratch.hash;
    this.numeric = scratch.numeric;
    this.capitalized = scratch.capitalized;
    this.atSigns = scratch.atSigns;
    this.byLength = scratch.byLength;
    this.byRun = scratch.byRun;
    this.index = index;
    this.hits = scratch.hits;
    this.breaks = breaks;
    tokenize();
    matchPhrases();
  }

  /**
   * The arrays of a view, kept between views by one thread. Sized for the largest text seen, up to
   * {@link #RETAINED_CHARS}: a larger text gets arrays of its own that are dropped after use.
   */
  static final class Scratch {
    /** Texts up to this many chars reuse the scratch arrays; larger ones allocate their own. */
    static final int RETAINED_CHARS = 1 << 21;

    private char[] chars = new char[0];
    private char[] folded = new char[0];
    private int[] start = new int[0];
    private int[] end = new int[0];
    private int[] flags = new int[0];
    private int[] hash = new int[0];
    private final IntList numeric = new IntList();
    private final IntList capitalized = new IntList();
    private final IntList atSigns = new IntList();
    private final IntList[] byLength = new IntList[MAX_DIGIT_TOKEN_LENGTH + 1];
    private final IntList[] byRun = new IntList[MAX_DIGIT_TOKEN_LENGTH + 1];
    private int[] runDigits = new int[0];
    private Hits[] hits = new Hits[0];
    private Hits[] pooled = new Hits[0]; // Hits objects to reuse, per lexicon
    private boolean claimed;

    /** Takes the scratch for one view; false when a live view holds it already. */
    boolean claim() {
      if (claimed) {
        return false;
      }
      claimed = true;
      return true;
    }

    private String loaded; // the text whose chars are in chars (or in lent), if any
    private char[] lent; // the caller's chars of loaded ({@link #lend}), or null

    /**
     * Lets the next view of {@code text} read its chars from {@code chars}, which begins with them
     * and which this scratch only reads, instead of copying the text: for a caller that built the
     * text from a buffer of its own. Undone by {@link #release}.
     */
    void lend(String text, char[] chars) {
      loaded = text;
      lent = chars;
    }

    /** Copies the chars of {@code text} into this scratch (once per text) and returns them. */
    char[] load(String text) {
      if (text == loaded && lent != null) {
        return lent;
      }
      if (text != loaded) {
        if (chars.length < text.length() || text.length() > RETAINED_CHARS) {
          chars = new char[text.length()];
        }
        text.getChars(0, text.length(), chars, 0);
        loaded = text;
        lent = null;
      }
      return chars;
    }

    private void prepare(int length, int lexicons) {
      if (folded.length < length || length > RETAINED_CHARS) {
        folded = new char[length];
      }
      // About one token per five chars in Vietnamese text: sized once, grown rarely.
      int capacity = Math.max(64, length / 4);
      if (start.length < capacity || length > RETAINED_CHARS) {
        start = new int[capacity];
        end = new int[capacity];
        flags = new int[capacity];
        hash = new int[capacity];
      }
      numeric.clear();
      capitalized.clear();
      atSigns.clear();
      if (hits.length != lexicons) {
        hits = new Hits[lexicons];
        pooled = new Hits[lexicons];
      } else {
        java.util.Arrays.fill(hits, null);
      }
    }

    /**
     * Hands the scratch back after a view of it (null when none was built), keeping what the view
     * grew so that the next view starts with it. The view must not be used after this.
     */
    void release(TextView view) {
      claimed = false;
      loaded = null;
      lent = null;
      if (view == null) {
        return;
      }
      if (view.length > RETAINED_CHARS) {
        chars = new char[0];
        folded = new char[0];
        start = new int[0];
        end = new int[0];
        flags = new int[0];
        hash = new int[0];
        return;
      }
      start = view.start;
      end = view.end;
      flags = view.flags;
      hash = view.hash;
    }
  }

  /** True for chars that belong to tokens: letters, digits and combining marks. */
  static boolean isTokenChar(char c) {
    return (Folding.charClass(c) & Folding.TOKEN) != 0;
  }

  private void tokenize() {
    final char[] f = folded;
    final char[] in = chars;
    final int n = length;
    final int token = Folding.TOKEN << 16;
    int seen = 0; // the class bits of every token char
    int i = 0;
    while (i < n) {
      char c = in[i];
      int info = Folding.info(c);
      if ((info & token) == 0) {
        if (c == '@') {
          atSigns.add(i);
        } else if (c <= '\r' && (c == '\n' || c == '\r') && breaks != null) {
          breaks.add(c, i);
        }
        f[i] = (char) info;
        i++;
        continue;
      }
      int s = i;
      int first = info;
      int any = 0; // the class bits of the token's chars, above the folded chars' bits
      int h = 0;
      do {
        char folded = (char) info;
        f[i] = folded;
        h = 31 * h + folded;
        any |= info;
        if (++i == n) {
          break;
        }
        info = Folding.info(in[i]);
      } while ((info & token) != 0);
      any >>>= 16;
      seen |= any;
      int flags = 0;
      if ((any & Folding.NOT_DIGIT) == 0) {
        flags |= DIGITS_ONLY;
      }
      if ((any & Folding.DIGIT) != 0) {
        flags |= HAS_DIGIT;
      }
      if ((any & Folding.MARKED) != 0) {
        flags |= DIACRITIC;
      }
      if ((any & Folding.LETTER) != 0) {
        flags |= HAS_LETTER;
        if ((any & Folding.NOT_UPPER) == 0) {
          flags |= ALL_UPPER;
        }
        if ((first & (Folding.UPPER << 16)) != 0) {
          flags |= UPPER_FIRST;
        }
      }
      // The token recorded here, not in a method: the client compiler would not inline it.
      if (tokens == start.length) {
        grow();
      }
      start[tokens] = s;
      end[tokens] = i;
      this.flags[tokens] = flags;
      hash[tokens] = h ^ (h >>> 16);
      if ((flags & HAS_DIGIT) != 0) {
        numeric.add(tokens);
      } else if ((flags & UPPER_FIRST) != 0) {
        capitalized.add(tokens);
      }
      tokens++;
    }
    combining = (seen & Folding.COMBINING) != 0;
  }

  /**
   * True when the text holds a combining mark: a view of a text taken as composed ({@link
   * NormalizedText#assumeComposed}) must then be built again from {@link NormalizedText#of}.
   */
  boolean sawCombiningMark() {
    return combining;
  }

  private void grow() {
    start = Arrays.copyOf(start, tokens * 2);
    end = Arrays.copyOf(end, tokens * 2);
    flags = Arrays.copyOf(flags, tokens * 2);
    hash = Arrays.copyOf(hash, tokens * 2);
  }

  private void matchPhrases() {
    if (index.lexicons().isEmpty()) {
      return;
    }
    FoldedKeyMap root = index.rootMap();
    if (root == null) {
      return; // every lexicon is matched on demand
    }
    // The root's map is probed here in place, as FoldedKeyMap.get does: the client compiler does
    // not inline that call, and every second token makes it (4 % of the engine's time).
    char[][] rootKeys = root.keys;
    int[] rootHashes = root.hashes;
    int[] rootValues = root.values;
    int mask = rootKeys.length - 1;
    // The view's arrays in locals: the client compiler reads a field again at every use.
    final int[] hash = this.hash;
    final int[] start = this.start;
    final int[] end = this.end;
    final char[] chars = this.chars;
    final char[] folded = this.folded;
    final int tokens = this.tokens;
    final int length = this.length;
    final long[] starts = index.startBits();
    for (int t = 0; t < tokens; t++) {
      int ht = hash[t];
      if ((starts[(ht & 0xffff) >>> 6] & (1L << ht)) == 0) {
        continue; // no phrase starts with this token
      }
      // The chars beside the token, read here: the client compiler does not inline the method
      // for the rare tokens with a colon or dash beside them.
      int ts = start[t];
      int te = end[t];
      char left = ts > 0 ? chars[ts - 1] : ' ';
      char right = te < length ? chars[te] : ' ';
      if ((left == ':' || right == ':' || left == '-' || right == '-') && insideColonChain(t)) {
        continue;
      }
      int first = -1;
      int len = te - ts;
      for (int slot = ht & mask; ; slot = (slot + 1) & mask) {
        char[] key = rootKeys[slot];
        if (key == null) {
          break;
        }
        if (rootHashes[slot] == ht && key.length == len) {
          int i = 0;
          while (i < len && key[i] == folded[ts + i]) {
            i++;
          }
          if (i == len) {
            first = rootValues[slot];
            break;
          }
        }
      }
      if (first < 0) {
        continue;
      }
      int node = 0;
      for (int k = t; k < tokens && k - t < PhraseIndex.MAX_PHRASE_TOKENS; k++) {
        if (k == t) {
          node = first;
        } else {
          int gap = end[k - 1];
          // One blank, the usual gap, read here; joinable is not inlined by the client compiler.
          if ((start[k] != gap + 1 || chars[gap] != ' ') && !joinable(gap, start[k])) {
            break;
          }
          node = index.child(node, folded, start[k], end[k], hash[k]);
        }
        if (node < 0) {
          break;
        }
        int[] term = index.terminals(node);
        if (term != null) {
          for (int p = 0; p < term.length; p += 2) {
            hitsFor(term[p]).add(t, k, term[p + 1]);
          }
        }
      }
    }
  }

  /**
   * True when token {@code t} is a part of three or more parts joined by colons without blanks: a
   * group of a MAC or IPv6 address, a time, a key path ({@code 01:00:5e:50:3b:dc}, {@code
   * f0:9d:b6:97:4f:ff}), also after the {@code ::} of a compressed IPv6 address ({@code
   * 2402:800::f0}); or a group of a MAC address written with dashes ({@code F0-7B-F0-67-48-F8}).
   * Such a part is no word: "dc" there is not "đc" (an address), "f0" not a COVID case. A single
   * colon ({@code Bệnh:HIV}) still starts a phrase, as do three dashed groups ({@code F0-F1-F2}).
   */
  private boolean insideColonChain(int t) {
    int s = start[t];
    int e = end[t];
    boolean colonBefore = t > 0 && s > 0 && chars[s - 1] == ':' && end[t - 1] == s - 1;
    boolean colonAfter =
        e + 1 < length && chars[e] == ':' && t + 1 < tokens && start[t + 1] == e + 1;
    if (colonBefore && colonAfter) {
      return true; // a middle part
    }
    if (colonBefore) {
      int before = start[t - 1];
      if (before > 0 && chars[before - 1] == ':' && t > 1 && end[t - 2] == before - 1) {
        return true; // the last part
      }
    }
    if (colonAfter && t + 2 < tokens) {
      int next = end[t + 1];
      if (next + 1 < length && chars[next] == ':' && start[t + 2] == next + 1) {
        return true; // the first part
      }
    }
    if (t > 0 && s > 1 && chars[s - 1] == ':' && chars[s - 2] == ':' && end[t - 1] == s - 2) {
      return true; // after the "::" of a compressed IPv6 address
    }
    return e - s == 2 && dashedHexPairs(t) == 6;
  }

  /** The number of two-hex-char tokens joined by single dashes in the run that holds {@code t}. */
  private int dashedHexPairs(int t) {
    if (!hexPair(t)) {
      return 0;
    }
    int first = t;
    while (first > 0 && hexPair(first - 1) && dashBetween(first - 1)) {
      first--;
    }
    int last = t;
    while (last + 1 < tokens && hexPair(last + 1) && dashBetween(last)) {
      last++;
    }
    return last - first + 1;
  }

  private boolean hexPair(int t) {
    return end[t] - start[t] == 2 && hex(chars[start[t]]) && hex(chars[start[t] + 1]);
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** True when tokens {@code a} and {@code a + 1} are joined by one dash. */
  private boolean dashBetween(int a) {
    return start[a + 1] == end[a] + 1 && chars[end[a]] == '-';
  }

  /** Whether the gap between two tokens may sit inside a phrase: short, on one line. */
  private boolean joinable(int gapStart, int gapEnd) {
    if (gapEnd - gapStart > 3) {
      return false;
    }
    for (int i = gapStart; i < gapEnd; i++) {
      char c = chars[i];
      if (c != ' ' && c != '-' && c != '.' && c != '\u2013' && c != '\u00a0' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /**
   * The last token of the longest phrase of lexicon {@code lexicon} that starts at {@code t}, or
   * -1; the phrase's index goes to {@code phraseOut[0]}. Walks that lexicon's own trie (on-demand
   * lexicons) or the shared one.
   */
  int longestPhrase(int lexicon, int t, int[] phraseOut) {
    int node = index.root(lexicon);
    int best = -1;
    for (int k = t; k < tokens && k - t < PhraseIndex.MAX_PHRASE_TOKENS; k++) {
      if (k > t && !joinable(end[k - 1], start[k])) {
        break;
      }
      node = index.child(node, folded, start[k], end[k], hash[k]);
      if (node < 0) {
        break;
      }
      int[] term = index.terminals(node);
      if (term != null) {
        for (int p = 0; p < term.length; p += 2) {
          if (term[p] == lexicon) {
            best = k;
            phraseOut[0] = term[p + 1];
          }
        }
      }
    }
    return best;
  }

  private Hits hitsFor(int lexicon) {
    Hits h = hits[lexicon];
    if (h == null) {
      h = reuse(lexicon, false);
      hits[lexicon] = h;
    }
    return h;
  }

  /** A pooled Hits of the scratch for {@code lexicon}, emptied and bound to this view. */
  private Hits reuse(int lexicon, boolean onDemand) {
    Hits h = scratch.pooled[lexicon];
    if (h == null) {
      h = new Hits(index.lexicons().get(lexicon));
      scratch.pooled[lexicon] = h;
    }
    h.reset(this, onDemand ? lexicon : -1, onDemand ? tokens : 0);
    return h;
  }

  /** The hits of a lexicon; empty when it does not occur or was not declared by any recognizer. */
  public Hits hits(Lexicon lexicon) {
    int i = index.indexOf(lexicon);
    if (i < 0) {
      throw new IllegalArgumentException(
          lexicon.id() + " was not declared in Recognizer.lexicons() of any recognizer");
    }
    Hits h = hits[i];
    if (h == null && lexicon.isOnDemand()) {
      h = reuse(i, true);
      hits[i] = h;
    }
    return h == null ? Hits.EMPTY : h;
  }

  /** The NFC text. */
  public String text() {
    return text;
  }

  /**
   * The text folded (lower case, no diacritics), with the same offsets as {@link #text()}. The
   * array may be longer than the text: read it up to {@link #length()}.
   */
  public char[] folded() {
    return folded;
  }

  public int length() {
    return length;
  }

  public int tokenCount() {
    return tokens;
  }

  public int tokenStart(int token) {
    return start[token];
  }

  public int tokenEnd(int token) {
    return end[token];
  }

  public int tokenFlags(int token) {
    return flags[token];
  }

  public boolean tokenIs(int token, int flag) {
    return (flags[token] & flag) == flag;
  }

  public String tokenText(int token) {
    return text.substring(start[token], end[token]);
  }

  /** The token's folded text. */
  public String tokenFolded(int token) {
    return new String(folded, start[token], end[token] - start[token]);
  }

  /**
   * The hash of the token's folded text, as {@link #foldedHash} gives it for a word: equal for
   * tokens that {@link #tokenEquals} the word (and rarely for others), for a check before reading
   * chars.
   */
  public int tokenHash(int token) {
    return hash[token];
  }

  /** The hash that {@link #tokenHash} gives a token whose folded text is {@code foldedWord}. */
  public static int foldedHash(String foldedWord) {
    char[] c = foldedWord.toCharArray();
    return FoldedKeyMap.hash(c, 0, c.length);
  }

  /** The value of {@code map} for the folded token, or -1; for {@link TokenTable}. */
  int lookUp(FoldedKeyMap map, int token) {
    return map.get(folded, start[token], end[token], hash[token]);
  }

  /** True when the folded token equals {@code foldedWord} (which must be folded already). */
  public boolean tokenEquals(int token, String foldedWord) {
    int len = end[token] - start[token];
    if (len != foldedWord.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (folded[start[token] + i] != foldedWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Tokens that hold at least one digit, in text order. */
  public IntList numericTokens() {
    return numeric;
  }

  /** The longest digit-only token {@link #digitTokens} answers for. */
  public static final int MAX_DIGIT_TOKEN_LENGTH = 24;

  /**
   * The tokens of exactly {@code length} digits (digits only), in text order: for recognizers of
   * numbers of one length (a 12-digit CCCD), which then skip the many shorter numbers of dates,
   * times and amounts. Sorted into lengths on the first call for a view.
   */
  public IntList digitTokens(int length) {
    if (length < 1 || length > MAX_DIGIT_TOKEN_LENGTH) {
      throw new IllegalArgumentException("no digit tokens of length " + length + " are kept");
    }
    if (!byLengthFilled) {
      for (int n = 1; n <= MAX_DIGIT_TOKEN_LENGTH; n++) {
        emptied(byLength, n);
      }
      for (int k = 0; k < numeric.size; k++) {
        int t = numeric.items[k];
        int n = end[t] - start[t];
        if ((flags[t] & DIGITS_ONLY) != 0 && n <= MAX_DIGIT_TOKEN_LENGTH) {
          byLength[n].add(t);
        }
      }
      byLengthFilled = true;
    }
    return byLength[length];
  }

  /**
   * The digit-only tokens whose digit run holds at least {@code minDigits} digits, in text order. A
   * digit run is a maximal sequence of digit-only tokens each separated from the next by one or two
   * chars of {@code ' '}, {@code '.'}, {@code '-'} and {@code ')'} ({@code 0912 345 678}, {@code
   * 4111-1111-1111-1111}, {@code (028) 3822 1234}): it holds every group of digits that the
   * recognizers of numbers join, so a number of N digits lies in a run of N or more. Recognizers of
   * long numbers (cards, phones) read these instead of every number of the dates, times and amounts
   * around them.
   */
  public IntList digitRunTokens(int minDigits) {
    if (minDigits < 1 || minDigits > MAX_DIGIT_TOKEN_LENGTH) {
      throw new IllegalArgumentException("no digit runs of " + minDigits + " digits are kept");
    }
    if ((byRunFilled & (1 << minDigits)) == 0) {
      if (byRunFilled == 0) {
        measureRuns();
      }
      IntList list = emptied(byRun, minDigits);
      final int[] items = numeric.items;
      final int[] run = runDigits;
      for (int k = 0, n = numeric.size; k < n; k++) {
        if (run[k] >= minDigits) {
          list.add(items[k]);
        }
      }
      byRunFilled |= 1 << minDigits;
    }
    return byRun[minDigits];
  }

  /** List {@code i} of {@code lists} (kept in the scratch), emptied, or made. */
  private static IntList emptied(IntList[] lists, int i) {
    if (lists[i] == null) {
      lists[i] = new IntList();
    } else {
      lists[i].clear();
    }
    return lists[i];
  }

  /** Fills {@link #runDigits}: the digits of the run of each digit-only numeric token. */
  private void measureRuns() {
    int n = numeric.size;
    if (scratch.runDigits.length < n) {
      scratch.runDigits = new int[Math.max(n, scratch.runDigits.length * 2)];
    }
    runDigits = scratch.runDigits;
    // Arrays in locals: the client compiler reads a field again at each use.
    final int[] items = numeric.items;
    final int[] run = runDigits;
    final int[] fl = flags;
    final int[] st = start;
    final int[] en = end;
    int k = 0;
    while (k < n) {
      int t = items[k];
      if ((fl[t] & DIGITS_ONLY) == 0) {
        run[k++] = 0;
        continue;
      }
      int first = k;
      int digits = en[t] - st[t];
      while (k + 1 < n) {
        int next = items[k + 1];
        if (next != t + 1 || (fl[next] & DIGITS_ONLY) == 0 || !runGap(en[t], st[next])) {
          break;
        }
        k++;
        t = next;
        digits += en[t] - st[t];
      }
      for (int j = first; j <= k; j++) {
        run[j] = digits;
      }
      k++;
    }
  }

  /** Whether the chars between two digit groups may join them in a run (see digitRunTokens). */
  private boolean runGap(int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c != ' ' && c != '.' && c != '-' && c != ')') {
        return false;
      }
    }
    return true;
  }

  /** Letter-only tokens that start with a capital, in text order. */
  public IntList capitalizedTokens() {
    return capitalized;
  }

  /** Offsets of '@' signs, in text order. */
  public IntList atSigns() {
    return atSigns;
  }

  /** Index of the token that contains or starts after {@code offset}; tokenCount() when none. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The char at {@code i}, or 0 outside the text. */
  public char charAt(int i) {
    return i >= 0 && i < length ? chars[i] : 0;
  }

  /**
   * True when the text at {@code s} is {@code word}, case aside, as {@code
   * text().regionMatches(true, s, word, 0, word.length())} answers (char by char, not by code
   * point), read in the view's chars: equal chars are taken without a case lookup.
   */
  public boolean regionMatchesIgnoreCase(int s, String word) {
    int n = word.length();
    if (s < 0 || s + n > length) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char a = chars[s + k];
      char b = word.charAt(k);
      if (a != b) {
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@link org.pdpguard.core.text.ToneMarks#hasOpenPair} of the text's chars {@code [from, to)},
   * read in the folded chars: an "oa", "oe" or "uy" whose tone mark may sit on either vowel.
   */
  public boolean hasOpenPair(int from, int to) {
    int last = Math.min(to, length) - 1;
    for (int i = Math.max(0, from); i < last; i++) {
      char x = folded[i];
      if (x == 'o') {
        char y = folded[i + 1];
        if (y == 'a' || y == 'e') {
          return true;
        }
      } else if (x == 'u' && folded[i + 1] == 'y') {
        return true;
      }
    }
    return false;
  }

  /** The gap between token {@code a} and the next token {@code a + 1}, as text. */
  public String gapAfter(int a) {
    int e = a + 1 < tokens ? start[a + 1] : text.length();
    return text.substring(end[a], e);
  }

  NormalizedText normalized() {
    return normalized;
  }

  /** A growable list of ints. */
  public static final class IntList {
    private int[] items;
    private int size;

    IntList() {
      this(16);
    }

    IntList(int capacity) {
      items = new int[Math.max(16, capacity)];
    }

    void clear() {
      size = 0;
    }

    void add(int v) {
      if (size == items.length) {
        grow(); // apart, so that the client compiler inlines this method (under 35 bytes)
      }
      items[size++] = v;
    }

    private void grow() {
      items = Arrays.copyOf(items, size * 2);
    }

    public int size() {
      return size;
    }

    public int get(int i) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return items[i];
    }
  }
}
