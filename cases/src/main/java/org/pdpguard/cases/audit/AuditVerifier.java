package org.pdpguard.cases.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Walks the audit trail in order and reports the first entry that is missing (a gap in the
 * sequence, or a tail shorter than the head says), changed (its HMAC does not recompute) or out of
 * chain (its {@code prev_hash} is not the previous entry's HMAC). Plain JDBC: it runs without the
 * service ({@code pdpguard audit verify}).
 */
public final class AuditVerifier {

  /** The outcome: {@code brokenSeq} is 0 when the trail verifies. */
  public record Result(long entries, long brokenSeq, String problem) {
    public boolean ok() {
      return brokenSeq == 0;
    }

    public String message() {
      return ok() ? "ok " + entries + " entries" : "broken at entry " + brokenSeq + ": " + problem;
    }
  }

  private AuditVerifier() {}

  public static Result verify(Connection c, byte[] key) throws SQLException {
    long expected = 1;
    String prev = AuditChain.GENESIS;
    try (PreparedStatement st =
            c.prepareStatement(
                "SELECT seq, at, actor, action, entity, details, prev_hash, hmac FROM audit_log"
                    + " ORDER BY seq");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        if (seq != expected) {
          return new Result(expected - 1, expected, "missing (next present is " + seq + ")");
        }
        String canonical =
            AuditChain.canonical(
                seq,
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6));
        if (!rs.getString(7).strip().equals(prev)) {
          return new Result(seq - 1, seq, "prev_hash does not match the previous entry");
        }
        String hmac = rs.getString(8).strip();
        if (!AuditChain.hmac(key, prev, canonical).equals(hmac)) {
          return new Result(seq - 1, seq, "changed (HMAC does not match)");
        }
        prev = hmac;
        expected++;
      }
    }
    long count = expected - 1;
    try (PreparedStatement st =
            c.prepareStatement("SELECT seq, hmac FROM audit_head WHERE id = 1");
        ResultSet rs = st.executeQuery()) {
      if (rs.next()) {
        long headSeq = rs.getLong(1);
        if (headSeq > count) {
          return new Result(count, count + 1, "missing (the head records " + headSeq + " entries)");
        }
        if (headSeq < count || !rs.getString(2).strip().equals(prev)) {
          return new Result(count, count, "the head does not match the last entry");
        }
      }
    }
    return new Result(count, 0, null);
  }
}
