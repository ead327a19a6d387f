package org.pdpguard.protect;

import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.DEVICE_ID;
import static org.pdpguard.core.EntityType.PASSPORT_NUMBER;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_CMND;
import static org.pdpguard.core.EntityType.VN_DRIVER_LICENSE;
import static org.pdpguard.core.EntityType.VN_HEALTH_INSURANCE;
import static org.pdpguard.core.EntityType.VN_SOCIAL_INSURANCE;
import static org.pdpguard.core.EntityType.VN_TAX_CODE;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.pdpguard.core.EntityType;

/**
 * Format-preserving encryption of identifiers: FF1 (NIST SP 800-38G Rev. 1) with AES-256, radix 10,
 * from BouncyCastle. The digits of the value are encrypted as one numeral string and put back in
 * their places; every other char (spaces, dots, dashes, the letters of {@code DN4790123456789} or
 * {@code C1234567}) stays where it was, so the output has the input's length and shape ({@code 0912
 * 345 678} → {@code 5830 126 947}). The key is the master key's {@code fpe/ff1-aes-256} sub-key;
 * the tweak is the type's name, so that the same digits found as two types encrypt differently, and
 * decrypting needs the type (redaction manifests record it).
 *
 * <p>FF1 is safe only on a domain of at least a million values ({@code radix^length >= 10^6}), so
 * values with fewer than {@link #MIN_DIGITS} digits are refused ({@link #encrypt} returns null) and
 * redaction hashes them instead. The ciphertext of an identifier is not a valid identifier as a
 * rule (check digits, province codes and carrier prefixes are not kept): it has the look of one,
 * which is the point, and a rescan may or may not recognise it.
 */
final class Fpe {
  /** The fewest digits FF1 takes: 10^6 values. */
  static final int MIN_DIGITS = 6;

  /** The types whose values are identifiers with digits. */
  static final Set<EntityType> TYPES =
      Collections.unmodifiableSet(
          EnumSet.of(
              VN_CCCD,
              VN_CMND,
              PHONE_NUMBER,
              PAYMENT_CARD,
              BANK_ACCOUNT,
              VN_SOCIAL_INSURANCE,
              VN_HEALTH_INSURANCE,
              VN_TAX_CODE,
              VN_DRIVER_LICENSE,
              PASSPORT_NUMBER,
              DEVICE_ID));

  private static final int RADIX = 10;

  private final KeyParameter key;

  /** Engines set up for each type and direction, per thread (an engine is not thread-safe). */
  private final ThreadLocal<Map<EntityType, FPEFF1Engine[]>> engines =
      ThreadLocal.withInitial(() -> new EnumMap<>(EntityType.class));

  Fpe(MasterKey master) {
    this.key = new KeyParameter(master.derive("fpe/ff1-aes-256", 32));
  }

  /** Whether values of {@code type} may be encrypted. */
  static boolean supports(EntityType type) {
    return TYPES.contains(type);
  }

  /** The number of ASCII digits in {@code value}. */
  static int digits(CharSequence value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  /** {@code value} with its digits encrypted, or null when it has fewer than MIN_DIGITS. */
  String encrypt(EntityType type, String value) {
    return process(true, type, value);
  }

  /** The inverse of {@link #encrypt} for the same type and key, or null (too few digits). */
  String decrypt(EntityType type, String value) {
    return process(false, type, value);
  }

  private String process(boolean encrypt, EntityType type, String value) {
    int n = digits(value);
    if (n < MIN_DIGITS) {
      return null;
    }
    byte[] in = new byte[n];
    int k = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        in[k++] = (byte) (c - '0');
      }
    }
    FPEFF1Engine[] pair = engines.get().computeIfAbsent(type, t -> new FPEFF1Engine[2]);
    int way = encrypt ? 0 : 1;
    if (pair[way] == null) {
      pair[way] = new FPEFF1Engine(AESEngine.newInstance());
      pair[way].init(
          encrypt, new FPEParameters(key, RADIX, type.name().getBytes(StandardCharsets.US_ASCII)));
    }
    FPEFF1Engine ff1 = pair[way];
    byte[] out = new byte[n];
    ff1.processBlock(in, 0, n, out, 0);
    char[] chars = value.toCharArray();
    k = 0;
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = (char) ('0' + out[k++]);
      }
    }
    return new String(chars);
  }
}
