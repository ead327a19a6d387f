package org.pdpguard.protect;

import java.util.Objects;
import org.pdpguard.core.EntityType;

/**
 * Applies a {@link Policy} to one value at a time: what to write instead of it, and how it was
 * made. Thread-safe.
 */
final class Replacer {
  /** How a value was replaced, for summaries: the operator, or FPE's fallback to a hash. */
  enum How {
    MASK("mask"),
    LABEL("label"),
    HASH("hash"),
    PSEUDONYM("pseudonym"),
    FPE("fpe"),
    FPE_TOO_SHORT("hash (fpe: < 6 digits)"),
    DROP("drop");

    final String label;

    How(String label) {
      this.label = label;
    }
  }

  /**
   * What replaces a value.
   *
   * @param text the replacement; empty for {@code drop}
   * @param how the operator applied
   */
  record Replacement(String text, How how) {
    boolean encrypted() {
      return how == How.FPE;
    }
  }

  private final Policy policy;
  private final Tokens tokens; // null without a key
  private final Fpe fpe; // null without a key

  Replacer(Policy policy, MasterKey key) {
    this.policy = Objects.requireNonNull(policy, "policy");
    if (key == null && policy.needsKey()) {
      throw new MasterKey.KeyException(
          "cần khóa (--key-file hoặc --key-env) cho hash, pseudonym, fpe / a key (--key-file or"
              + " --key-env) is needed for hash, pseudonym and fpe");
    }
    this.tokens = key == null ? null : new Tokens(key);
    this.fpe = key == null ? null : new Fpe(key);
  }

  Policy policy() {
    return policy;
  }

  Replacement replace(EntityType type, String value) {
    return switch (policy.operator(type)) {
      case MASK -> new Replacement(Mask.redact(type, value), How.MASK);
      case LABEL -> new Replacement("[" + type.name() + "]", How.LABEL);
      case HASH -> new Replacement(tokens.hash(type, value), How.HASH);
      case PSEUDONYM -> new Replacement(tokens.pseudonym(type, value), How.PSEUDONYM);
      case DROP -> new Replacement("", How.DROP);
      case FPE -> {
        String cipher = fpe.encrypt(type, value);
        yield cipher == null
            ? new Replacement(tokens.hash(type, value), How.FPE_TOO_SHORT)
            : new Replacement(cipher, How.FPE);
      }
    };
  }
}
