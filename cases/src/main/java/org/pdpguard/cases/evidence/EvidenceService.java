package org.pdpguard.cases.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.workflow.CaseProblem;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence items of cases: the file goes to the content-addressed store first, then the record, its
 * first chain-of-custody entry and the audit entry commit together. Access checks are the caller's
 * (the case must be readable or workable by the user).
 */
@Service
public class EvidenceService {
  private final JdbcClient db;
  private final EvidenceStore store;
  private final AuditLog audit;
  private final Clock clock;

  public EvidenceService(JdbcClient db, EvidenceStore store, AuditLog audit, Clock clock) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  public record Item(
      long id,
      long caseId,
      String sha256,
      long size,
      String name,
      String mediaType,
      String path,
      Instant createdAt) {}

  public record Custody(String action, String actor, String sha256, Instant at) {}

  /** Stores {@code in} (at most {@code maxBytes}) as evidence of the case. */
  @Transactional
  public Item add(
      String actor,
      Long userId,
      long caseId,
      String name,
      String mediaType,
      InputStream in,
      long maxBytes) {
    EvidenceStore.Stored s;
    try {
      s = store.store(in, maxBytes);
    } catch (EvidenceStore.TooLargeException e) {
      throw new CaseProblem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String safeName =
        name == null || name.isBlank() ? "upload" : name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
    if (safeName.length() > 300) {
      safeName = safeName.substring(0, 300);
    }
    String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
    OffsetDateTime now = OffsetDateTime.now(clock);
    db.sql(
            "INSERT INTO evidence (case_id, sha256, size_bytes, name, media_type, stored_path,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseId, s.sha256(), s.size(), safeName, type, s.path(), userId, now)
        .update();
    long id =
        db.sql("SELECT MAX(id) FROM evidence WHERE case_id = ? AND sha256 = ?")
            .params(caseId, s.sha256())
            .query(Long.class)
            .single();
    custody(actor, id, "UPLOADED", s.sha256());
    audit.append(
        actor,
        "evidence.add",
        Cases.entity(caseId),
        Map.of("evidence", id, "sha256", s.sha256(), "size", s.size()));
    return new Item(id, caseId, s.sha256(), s.size(), safeName, type, s.path(), now.toInstant());
  }

  /** The file of an item, recording that {@code actor} viewed or exported it. */
  @Transactional
  public Path open(String actor, Item item, String action) {
    custody(actor, item.id(), action, item.sha256());
    return store.resolve(item.path());
  }

  public Item get(long id) {
    return db.sql(SELECT + " WHERE id = ?")
        .param(id)
        .query(EvidenceService::row)
        .optional()
        .orElseThrow(CaseProblem::notFound);
  }

  public List<Item> of(long caseId) {
    return db.sql(SELECT + " WHERE case_id = ? ORDER BY id")
        .param(caseId)
        .query(EvidenceService::row)
        .list();
  }

  public List<Custody> custody(long evidenceId) {
    return db.sql(
            "SELECT action, actor, sha256_at_event, at FROM custody WHERE evidence_id = ? ORDER BY id")
        .param(evidenceId)
        .query(
            (rs, i) ->
                new Custody(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Moves every item of {@code from} to {@code into} (case merge), with a custody entry each. */
  @Transactional
  public int move(String actor, long from, long into) {
    List<Item> items = of(from);
    db.sql("UPDATE evidence SET case_id = ? WHERE case_id = ?").params(into, from).update();
    for (Item i : items) {
      custody(actor, i.id(), "MOVED", i.sha256());
    }
    return items.size();
  }

  private void custody(String actor, long evidenceId, String action, String sha) {
    db.sql(
            "INSERT INTO custody (evidence_id, action, actor, sha256_at_event, at) VALUES (?, ?, ?, ?, ?)")
        .params(evidenceId, action, actor, sha, OffsetDateTime.now(clock))
        .update();
  }

  private static final String SELECT =
      "SELECT id, case_id, sha256, size_bytes, name, media_type, stored_path, created_at FROM evidence";

  private static Item row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Item(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3).strip(),
        rs.getLong(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class).toInstant());
  }
}
