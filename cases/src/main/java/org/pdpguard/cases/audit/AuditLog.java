package org.pdpguard.cases.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its entry commit or
 * roll back together. The head row is locked while appending: entries are serialised across
 * transactions and servers. Details name ids and fields, never the personal data of a case.
 */
@Component
public class AuditLog {
  private static final ObjectMapper CANONICAL =
      new ObjectMapper()
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

  private final JdbcClient db;
  private final Clock clock;
  private final byte[] key;

  public AuditLog(JdbcClient db, Clock clock, AuditKeyHolder key) {
    this.db = db;
    this.clock = clock;
    this.key = key.key();
  }

  /** One audit entry; {@code details} values are strings, numbers, booleans or nulls. */
  public record Entry(
      long seq, Instant at, String actor, String action, String entity, String details) {}

  @Transactional(propagation = Propagation.REQUIRED)
  public long append(String actor, String action, String entity, Map<String, ?> details) {
    String json;
    try {
      json = CANONICAL.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details must be plain values", e);
    }
    Map<String, Object> head =
        db.sql("SELECT seq, hmac FROM audit_head WHERE id = 1 FOR UPDATE").query().singleRow();
    long seq = ((Number) head.get("seq")).longValue() + 1;
    String prev = ((String) head.get("hmac")).strip();
    Instant at = AuditChain.stored(clock.instant());
    String hmac =
        AuditChain.hmac(key, prev, AuditChain.canonical(seq, at, actor, action, entity, json));
    db.sql(
            "INSERT INTO audit_log (seq, at, actor, action, entity, details, prev_hash, hmac)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            seq,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            actor,
            action,
            entity,
            json,
            prev,
            hmac)
        .update();
    db.sql("UPDATE audit_head SET seq = ?, hmac = ? WHERE id = 1").params(seq, hmac).update();
    return seq;
  }

  /** The entries about {@code entity}, newest first. */
  public List<Entry> about(String entity, int limit) {
    return db.sql(
            "SELECT seq, at, actor, action, entity, details FROM audit_log WHERE entity = ?"
                + " ORDER BY seq DESC LIMIT ?")
        .params(entity, limit)
        .query(
            (rs, i) ->
                new Entry(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }
}
