package org.pdpguard.core.detect;

/**
 * An open-addressing map from a folded token (a range of a char array) to an int, looked up without
 * allocating. Built once, read by many threads.
 */
final class FoldedKeyMap {
  // Read in place by TextView.matchPhrases for the root of the phrase index (its hot loop).
  char[][] keys = new char[16][];
  int[] values = new int[16];
  int[] hashes = new int[16]; // each key's hash: most probes end here, without reading a key
  private int size;

  static int hash(char[] buf, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  /** The value for the key, or -1. */
  int get(char[] buf, int from, int to, int hash) {
    int mask = keys.length - 1;
    int len = to - from;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      char[] k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (hashes[slot] == hash && k.length == len && same(k, buf, from, len)) {
        return values[slot];
      }
    }
  }

  private static boolean same(char[] key, char[] buf, int from, int len) {
    for (int i = 0; i < len; i++) {
      if (key[i] != buf[from + i]) {
        return false;
      }
    }
    return true;
  }

  int get(String key) {
    char[] k = key.toCharArray();
    return get(k, 0, k.length, hash(k, 0, k.length));
  }

  /** Calls {@code action} with the hash of each key. */
  void forEachHash(java.util.function.IntConsumer action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(hashes[i]);
      }
    }
  }

  /** Sets the value; the key must not be present yet. */
  void put(String key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    char[] k = key.toCharArray();
    int mask = keys.length - 1;
    int h = hash(k, 0, k.length);
    int slot = h & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = k;
    values[slot] = value;
    hashes[slot] = h;
    size++;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    values = new int[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(new String(oldKeys[i]), oldValues[i]);
      }
    }
  }
}
