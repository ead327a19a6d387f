package org.pdpguard.cases.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases and their workflow: creation, reading with access checks, state moves, assignment and
 * facts. Every change is checked against the version the caller saw (optimistic locking: a stale
 * edit is a 409, never a lost update) and audited in the same transaction.
 */
@Service
public class Cases {
  static final String SELECT =
      "SELECT c.id, c.ref, c.title, c.kind, c.state, c.regime, c.organisation_id, o.name,"
          + " c.occurred_at, c.discovered_at, c.assignee_id, c.reviewer_id, c.merged_into,"
          + " c.state_reason, c.created_at, c.version FROM cases c"
          + " LEFT JOIN organisations o ON o.id = c.organisation_id";

  private final JdbcClient db;
  private final AuditLog audit;
  private final Clock clock;

  public Cases(JdbcClient db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a case in RECEIVED and returns its id. */
  @Transactional
  public long create(
      String actor,
      String title,
      String kind,
      Long organisationId,
      Instant occurredAt,
      Instant discoveredAt) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String tmp = "new-" + UUID.randomUUID();
    db.sql(
            "INSERT INTO cases (ref, title, kind, state, organisation_id, occurred_at, discovered_at,"
                + " created_at, updated_at) VALUES (?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?)")
        .params(tmp, title, kind, organisationId, at(occurredAt), at(discoveredAt), now, now)
        .update();
    long id = db.sql("SELECT id FROM cases WHERE ref = ?").param(tmp).query(Long.class).single();
    // One stable reference across every step of the case (year of receipt, then the id).
    String ref = String.format("PDP-%d-%05d", now.getYear(), id);
    db.sql("UPDATE cases SET ref = ? WHERE id = ?").params(ref, id).update();
    audit.append(actor, "case.create", entity(id), Map.of("kind", kind, "ref", ref));
    return id;
  }

  public Optional<CaseRecord> find(long id) {
    return db.sql(SELECT + " WHERE c.id = ?").param(id).query(Cases::row).optional();
  }

  /** The case if {@code user} may read it; otherwise not found, so existence does not leak. */
  public CaseRecord get(CaseUser user, long id) {
    CaseRecord c = find(id).orElseThrow(CaseProblem::notFound);
    if (!CaseAccess.canRead(user, c)) {
      throw CaseProblem.notFound();
    }
    return c;
  }

  /** The cases {@code user} may read, newest first. */
  public List<CaseRecord> list(CaseUser user, CaseState state, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE c.merged_into IS NULL");
    Map<String, Object> p = new HashMap<>();
    if (user.role() == Role.INVESTIGATOR) {
      sql.append(" AND (c.assignee_id = :me OR c.reviewer_id = :me)");
      p.put("me", user.id());
    }
    if (state != null) {
      sql.append(" AND c.state = :state");
      p.put("state", state.name());
    }
    sql.append(" ORDER BY c.id DESC LIMIT :limit");
    p.put("limit", limit);
    return db.sql(sql.toString()).params(p).query(Cases::row).list();
  }

  @Transactional
  public void move(CaseUser user, long id, long version, CaseState target, String reason) {
    CaseRecord c = get(user, id);
    if (!c.state().canMoveTo(target)) {
      throw CaseProblem.conflict(
          "không chuyển được từ "
              + c.state()
              + " sang "
              + target
              + " / not allowed: "
              + c.state()
              + " → "
              + target);
    }
    if (!CaseAccess.canMove(user, c, target)) {
      throw CaseProblem.forbidden();
    }
    if (target == CaseState.INVESTIGATION && c.assigneeId() == null) {
      throw CaseProblem.conflict("cần phân công điều tra viên / assign an investigator first");
    }
    if (c.state() == CaseState.DECISION) {
      String outcome = approvedOutcome(id);
      if (outcome == null) {
        throw CaseProblem.conflict("quyết định chưa được phê duyệt / the decision is not approved");
      }
      if (target == CaseState.REMEDIATION && !outcome.equals("CONFIRMED")
          || target == CaseState.CLOSED && !outcome.equals("DISMISSED")) {
        throw CaseProblem.conflict(
            "trạng thái không khớp với quyết định / does not match the decision");
      }
    }
    update(id, version, "state = ?, state_reason = ?", target.name(), reason);
    Map<String, Object> d = new HashMap<>();
    d.put("from", c.state().name());
    d.put("to", target.name());
    audit.append(user.username(), "case.state", entity(id), d);
  }

  @Transactional
  public void assign(CaseUser user, long id, long version, Long assignee, Long reviewer) {
    get(user, id);
    if (!CaseAccess.canAssign(user)) {
      throw CaseProblem.forbidden();
    }
    if (assignee != null && assignee.equals(reviewer)) {
      throw CaseProblem.bad("người xem xét phải khác điều tra viên / the reviewer must differ");
    }
    for (Long u : new Long[] {assignee, reviewer}) {
      if (u != null && !"INVESTIGATOR".equals(roleOf(u)) && !"SUPERVISOR".equals(roleOf(u))) {
        throw CaseProblem.bad("không phải điều tra viên / not an investigator or supervisor: " + u);
      }
    }
    update(id, version, "assignee_id = ?, reviewer_id = ?", assignee, reviewer);
    Map<String, Object> d = new HashMap<>();
    d.put("assignee", assignee);
    d.put("reviewer", reviewer);
    audit.append(user.username(), "case.assign", entity(id), d);
  }

  /** Sets the facts' dates; the regime follows them (the caller recomputes the clocks). */
  @Transactional
  public void facts(
      CaseUser user, long id, long version, Instant occurred, Instant discovered, String regime) {
    CaseRecord c = get(user, id);
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    update(
        id,
        version,
        "occurred_at = ?, discovered_at = ?, regime = ?",
        at(occurred),
        at(discovered),
        regime);
    Map<String, Object> d = new HashMap<>();
    d.put("occurred_at", String.valueOf(occurred));
    d.put("discovered_at", String.valueOf(discovered));
    d.put("regime", regime);
    audit.append(user.username(), "case.facts", entity(id), d);
  }

  /** Updates columns if the version still matches, or throws 409. */
  void update(long id, long version, String set, Object... values) {
    Object[] params = new Object[values.length + 3];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = OffsetDateTime.now(clock);
    params[values.length + 1] = id;
    params[values.length + 2] = version;
    int n =
        db.sql(
                "UPDATE cases SET "
                    + set
                    + ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .params(params)
            .update();
    if (n == 0) {
      throw CaseProblem.conflict(
          "hồ sơ đã được người khác sửa, hãy tải lại / the case was changed meanwhile: reload");
    }
  }

  private String roleOf(long userId) {
    return db.sql("SELECT role FROM users WHERE id = ?")
        .param(userId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String approvedOutcome(long caseId) {
    return db.sql(
            "SELECT outcome FROM decisions WHERE case_id = ? AND approved_by IS NOT NULL ORDER BY id DESC LIMIT 1")
        .param(caseId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  public static String entity(long caseId) {
    return "case:" + caseId;
  }

  static OffsetDateTime at(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, int col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static Long longOrNull(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static CaseRecord row(ResultSet rs, int i) throws SQLException {
    return new CaseRecord(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        CaseState.valueOf(rs.getString(5)),
        rs.getString(6),
        longOrNull(rs, 7),
        rs.getString(8),
        instant(rs, 9),
        instant(rs, 10),
        longOrNull(rs, 11),
        longOrNull(rs, 12),
        longOrNull(rs, 13),
        rs.getString(14),
        instant(rs, 15),
        rs.getLong(16));
  }
}
