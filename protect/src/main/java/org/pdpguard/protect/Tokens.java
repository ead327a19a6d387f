package org.pdpguard.protect;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.pdpguard.core.EntityType;

/**
 * The keyed operators that cannot be reversed: {@code hash} and {@code pseudonym}. Both are
 * HMAC-SHA-256 of the value's canonical form (see {@link #canonical}) under their own sub-key of
 * the master key, with the type's name in the message, so the same value always gives the same
 * output under one key (across files and runs) and an unrelated one under another key or type.
 *
 * <ul>
 *   <li>hash: {@code [TYPE#} and the first 16 hex digits (64 bits) of the MAC {@code ]}, for
 *       joining datasets;
 *   <li>pseudonym: {@code [TYPE_} and 10 lower-case consonants (20^10, about 43 bits) drawn from
 *       the MAC {@code ]}: readable, and unlike a realistic fake value not found again by a scan
 *       (no vowels, so never a Vietnamese syllable, a name or a keyword; no digits, so never an
 *       identifier).
 * </ul>
 *
 * The brackets mark a placeholder, as {@code [VN_CCCD]} does: a scan reads {@code mật khẩu:
 * [CREDENTIALS#…]} as no password, and a type's name in capitals after "bị cáo" as no name.
 *
 * <p>Thread-safe.
 */
final class Tokens {
  private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
  private static final int PSEUDONYM_LETTERS = 10;

  private final byte[] hashKey;
  private final byte[] pseudonymKey;
  private final ThreadLocal<HMac> hashMac = ThreadLocal.withInitial(() -> mac(hashKeyParam()));
  private final ThreadLocal<HMac> pseudonymMac =
      ThreadLocal.withInitial(() -> mac(pseudonymKeyParam()));

  Tokens(MasterKey master) {
    this.hashKey = master.derive("hash/hmac-sha-256", 32);
    this.pseudonymKey = master.derive("pseudonym/hmac-sha-256", 32);
  }

  /** {@code [TYPE#} and 16 hex digits of the keyed hash of the value {@code ]}. */
  String hash(EntityType type, String value) {
    byte[] mac = digest(hashMac.get(), type, value);
    return "[" + type.name() + "#" + HexFormat.of().formatHex(mac, 0, 8) + "]";
  }

  /** {@code [TYPE_} and 10 consonants {@code ]}, the same for the same value and key. */
  String pseudonym(EntityType type, String value) {
    byte[] mac = digest(pseudonymMac.get(), type, value);
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = bits << 8 | (mac[i] & 0xFF);
    }
    StringBuilder out = new StringBuilder(type.name().length() + 3 + PSEUDONYM_LETTERS);
    out.append('[').append(type.name()).append('_');
    for (int i = 0; i < PSEUDONYM_LETTERS; i++) {
      out.append(CONSONANTS.charAt((int) Long.remainderUnsigned(bits, CONSONANTS.length())));
      bits = Long.divideUnsigned(bits, CONSONANTS.length());
    }
    return out.append(']').toString();
  }

  /**
   * The form of a value that is hashed, so that the ways one value is written give one token:
   * identifiers keep their letters and digits only, in upper case ({@code 001-098-012-345} and
   * {@code 001098012345}), a phone number's {@code +84}/{@code 84} becomes {@code 0}, e-mail
   * addresses are lower-cased, and other values (names, addresses, terms) are NFC, lower-case, with
   * runs of spaces as one ({@code NGUYỄN VĂN AN} and {@code Nguyễn Văn An}).
   */
  static String canonical(EntityType type, String value) {
    String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (Fpe.supports(type)) {
      StringBuilder id = new StringBuilder(nfc.length());
      nfc.codePoints().filter(Character::isLetterOrDigit).forEach(id::appendCodePoint);
      String s = id.toString().toUpperCase(Locale.ROOT);
      if (type == EntityType.PHONE_NUMBER && s.startsWith("84") && s.length() >= 11) {
        s = "0" + s.substring(2);
      }
      return s;
    }
    String lower = nfc.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  private static byte[] digest(HMac mac, EntityType type, String value) {
    byte[] message = (type.name() + '\0' + canonical(type, value)).getBytes(StandardCharsets.UTF_8);
    mac.update(message, 0, message.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }

  private KeyParameter hashKeyParam() {
    return new KeyParameter(hashKey);
  }

  private KeyParameter pseudonymKeyParam() {
    return new KeyParameter(pseudonymKey);
  }

  private static HMac mac(KeyParameter key) {
    HMac mac = new HMac(new SHA256Digest());
    mac.init(key);
    return mac;
  }
}
