package org.pdpguard.cases.audit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash chain of the audit trail: {@code hmac = HMAC-SHA-256(key, prev_hash || canonical
 * JSON of the row)}. An unkeyed chain only catches accidents (anyone with the database can
 * recompute it); with the key outside the database a changed, inserted or deleted row shows.
 *
 * <p>The canonical JSON has the keys in alphabetical order, no spaces, times as ISO-8601 instants
 * in microseconds (what both databases keep) and {@code details} as stored (already canonical).
 */
public final class AuditChain {
  /** The {@code prev_hash} of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** An entry's time as stored: truncated to what PostgreSQL and H2 keep. */
  public static Instant stored(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public static String canonical(
      long seq, Instant at, String actor, String action, String entity, String details) {
    return "{\"action\":"
        + quote(action)
        + ",\"actor\":"
        + quote(actor)
        + ",\"at\":"
        + quote(stored(at).toString())
        + ",\"details\":"
        + details
        + ",\"entity\":"
        + quote(entity)
        + ",\"seq\":"
        + seq
        + "}";
  }

  public static String hmac(byte[] key, String prevHash, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}
