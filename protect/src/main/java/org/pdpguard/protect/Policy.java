package org.pdpguard.protect;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.pdpguard.core.EntityType;

/**
 * Which {@link Operator} each personal-data type gets. Every type gets the default operator ({@link
 * Operator#LABEL} unless set) except those given their own. FPE works on the digits of identifiers
 * only ({@link Fpe#supports}): asking it for another type by name is an error, and as the default
 * it leaves those types to {@link Operator#HASH}. Immutable.
 */
public final class Policy {
  private final Map<EntityType, Operator> operators;

  private Policy(Map<EntityType, Operator> operators) {
    this.operators = operators;
  }

  /** Every type labelled: needs no key, keeps nothing of the value. */
  public static Policy defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The operator for {@code type}. */
  public Operator operator(EntityType type) {
    return operators.get(type);
  }

  /** Whether some type's operator needs a key. */
  public boolean needsKey() {
    return operators.values().stream().anyMatch(Operator::needsKey);
  }

  @Override
  public String toString() {
    return operators.toString();
  }

  /** Builds a {@link Policy}. */
  public static final class Builder {
    private Operator fallback = Operator.LABEL;
    private final Map<EntityType, Operator> chosen = new EnumMap<>(EntityType.class);

    private Builder() {}

    /** The operator of every type not given one by {@link #operator}. */
    public Builder defaultOperator(Operator op) {
      this.fallback = Objects.requireNonNull(op);
      return this;
    }

    /**
     * The operator of {@code type}.
     *
     * @throws IllegalArgumentException for {@code fpe} on a type without digits to encrypt
     */
    public Builder operator(EntityType type, Operator op) {
      if (op == Operator.FPE && !Fpe.supports(type)) {
        throw new IllegalArgumentException(
            "fpe chỉ dùng cho mã số (CCCD, CMND, điện thoại, thẻ, tài khoản...), không dùng cho "
                + type
                + " / fpe works on identifiers with digits only, not on "
                + type
                + "; supported: "
                + Fpe.TYPES);
      }
      chosen.put(Objects.requireNonNull(type), Objects.requireNonNull(op));
      return this;
    }

    public Policy build() {
      Map<EntityType, Operator> all = new EnumMap<>(EntityType.class);
      for (EntityType t : EntityType.values()) {
        Operator op = chosen.get(t);
        if (op == null) {
          op = fallback == Operator.FPE && !Fpe.supports(t) ? Operator.HASH : fallback;
        }
        all.put(t, op);
      }
      return new Policy(all);
    }
  }
}
