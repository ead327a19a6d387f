package org.pdpguard.protect;

import java.util.Objects;
import org.pdpguard.core.EntityType;

/**
 * The operators of {@code pdpguard redact} applied to one value at a time, for callers that find
 * values themselves and write their own output (the Spark job redacts a dataset row by row). The
 * replacements are those of {@link Redactor} under the same {@link Policy} and {@link MasterKey}:
 * the same hashes, pseudonyms and FPE ciphertexts for the same value, whichever process made them.
 * Thread-safe.
 */
public final class ValueRedaction {
  private final Replacer replacer;

  /**
   * @param key the master key, or null when the policy needs none
   * @throws MasterKey.KeyException when the policy needs a key and none is given
   */
  public ValueRedaction(Policy policy, MasterKey key) {
    this.replacer = new Replacer(policy, key);
  }

  /** What replaces {@code value}, found as {@code type}; empty for {@code drop}. */
  public String replace(EntityType type, String value) {
    return replacer.replace(type, value).text();
  }

  /**
   * The value that {@code fpe} encrypted into {@code cipher} (the whole replacement as written, its
   * type as it was found). Values that FPE hashed (fewer than 6 digits) cannot be restored.
   */
  public static String reveal(MasterKey key, EntityType type, String cipher) {
    Objects.requireNonNull(key, "key");
    return new Fpe(key).decrypt(type, cipher);
  }
}
