package org.pdpguard.core.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.text.Folding;

/**
 * All lexicons of a detector compiled into one trie over folded tokens, so that one walk over a
 * text's tokens finds the phrases of every lexicon. Immutable after construction; shared by
 * threads.
 */
final class PhraseIndex {
  /** The longest phrase, in tokens, that the index will try to match. */
  static final int MAX_PHRASE_TOKENS = 8;

  private final List<Lexicon> lexicons;
  private final Map<String, Integer> lexiconIndex = new LinkedHashMap<>();
  private final List<FoldedKeyMap> children = new ArrayList<>();
  private final List<int[]> terminals = new ArrayList<>(); // pairs (lexicon, phrase)
  private int[] roots; // per lexicon: 0 (the shared trie) or the root of its own trie
  private final FoldedKeyMap[] childArray; // the lists above frozen, for the hot path
  private final int[][] terminalArray;
  private final long[] childBits; // per node: bit (hash & 63) set for the hash of each child
  private final long[] rootHashes = new long[1 << 10];

  PhraseIndex(Collection<Lexicon> all) {
    Map<String, Lexicon> unique = new LinkedHashMap<>();
    for (Lexicon l : all) {
      Lexicon prior = unique.putIfAbsent(l.id(), l);
      if (prior != null && !prior.phrases().equals(l.phrases())) {
        throw new IllegalArgumentException("two different lexicons share the id " + l.id());
      }
    }
    this.lexicons = List.copyOf(unique.values());
    newNode();
    roots = new int[lexicons.size()];
    for (int li = 0; li < lexicons.size(); li++) {
      lexiconIndex.put(lexicons.get(li).id(), li);
      roots[li] = lexicons.get(li).isOnDemand() ? newNode() : 0;
      List<String> phrases = lexicons.get(li).phrases();
      for (int pi = 0; pi < phrases.size(); pi++) {
        add(li, pi, phrases.get(pi));
      }
    }
    childArray = children.toArray(new FoldedKeyMap[0]);
    terminalArray = terminals.toArray(new int[0][]);
    childBits = new long[childArray.length];
    for (int node = 0; node < childArray.length; node++) {
      if (childArray[node] != null) {
        int n = node;
        childArray[node].forEachHash(h -> childBits[n] |= 1L << h);
      }
    }
    if (childArray[0] != null) {
      childArray[0].forEachHash(h -> rootHashes[(h & 0xffff) >>> 6] |= 1L << h);
    }
  }

  /**
   * A bit per value of a hash's low 16 bits (8 KB), clear when no phrase of the shared trie starts
   * with a token of that hash: bit {@code hash & 63} of word {@code (hash & 0xffff) >>> 6}. Read
   * before the root's map, which about half of a text's tokens do not start; the caller tests it in
   * its own loop (the client compiler would not inline a method for it there).
   */
  long[] startBits() {
    return rootHashes;
  }

  private int newNode() {
    children.add(null);
    terminals.add(null);
    return children.size() - 1;
  }

  private void add(int lexicon, int phrase, String text) {
    List<String> tokens = tokens(text);
    if (tokens.isEmpty() || tokens.size() > MAX_PHRASE_TOKENS) {
      return; // nothing matchable, or longer than the matcher looks
    }
    int node = roots[lexicon];
    for (String t : tokens) {
      FoldedKeyMap map = children.get(node);
      if (map == null) {
        map = new FoldedKeyMap();
        children.set(node, map);
      }
      int next = map.get(t);
      if (next < 0) {
        next = newNode();
        map.put(t, next);
      }
      node = next;
    }
    int[] old = terminals.get(node);
    int[] grown = old == null ? new int[2] : java.util.Arrays.copyOf(old, old.length + 2);
    grown[grown.length - 2] = lexicon;
    grown[grown.length - 1] = phrase;
    terminals.set(node, grown);
  }

  /** Splits a phrase into folded tokens the way {@link TextView} does. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !TextView.isTokenChar(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < text.length() && TextView.isTokenChar(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(Folding.fold(text.substring(i, j)));
      }
      i = j;
    }
    return out;
  }

  List<Lexicon> lexicons() {
    return lexicons;
  }

  /** Index of the lexicon with this id, or -1 when no recognizer declared it. */
  int indexOf(Lexicon lexicon) {
    Lexicon.IndexSlot slot = lexicon.slot();
    if (slot != null && slot.index() == this) {
      return slot.position(); // the usual case: one detector, found without hashing the id
    }
    Integer i = lexiconIndex.get(lexicon.id());
    int position = i == null ? -1 : i;
    lexicon.slot(new Lexicon.IndexSlot(this, position));
    return position;
  }

  /** The shared trie's root map. */
  FoldedKeyMap rootMap() {
    return childArray[0];
  }

  /** The root of the trie that holds lexicon {@code lexicon}: 0 unless it is on demand. */
  int root(int lexicon) {
    return roots[lexicon];
  }

  /**
   * The child of {@code node} for a folded token, or -1. Most tokens after a phrase's first word
   * continue no phrase: a bit per low six bits of the children's hashes answers most of those
   * before the node's map is read.
   */
  int child(int node, char[] folded, int from, int to, int hash) {
    if ((childBits[node] & (1L << hash)) == 0) {
      return -1;
    }
    return childArray[node].get(folded, from, to, hash);
  }

  /** (lexicon, phrase) pairs ending at {@code node}; null when none. */
  int[] terminals(int node) {
    return terminalArray[node];
  }
}
