package org.pdpguard.core.detect;

import java.util.Map;

/**
 * A map from folded words to values that a recognizer reads with a view's token, without building
 * the token's string: the lookup hashes nothing (the tokenizer hashed every token already) and
 * compares the folded chars in place. For word lists read at many tokens (name syllables). Built
 * once, read by many threads.
 *
 * @param <V> the value type
 */
public final class TokenTable<V> {
  private final FoldedKeyMap index = new FoldedKeyMap();
  private final Object[] values;

  /** A table of {@code byFoldedWord}, whose keys are folded words ({@code Folding.fold}). */
  public TokenTable(Map<String, V> byFoldedWord) {
    values = new Object[byFoldedWord.size()];
    int i = 0;
    for (Map.Entry<String, V> e : byFoldedWord.entrySet()) {
      index.put(e.getKey(), i);
      values[i++] = e.getValue();
    }
  }

  /** The value of token {@code token}'s folded text, or null when it has none. */
  @SuppressWarnings("unchecked")
  public V get(TextView view, int token) {
    int i = view.lookUp(index, token);
    return i < 0 ? null : (V) values[i];
  }
}
