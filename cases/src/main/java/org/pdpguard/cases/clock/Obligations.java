package org.pdpguard.cases.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Role;
import org.pdpguard.cases.workflow.CaseAccess;
import org.pdpguard.cases.workflow.CaseProblem;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligations of each case, one row per (case, kind), created from the pure clocks. A due time
 * is recomputed when the facts change until the obligation is met; then {@code late_by} is frozen.
 * "Not required" is a decision that needs a named person and a reason.
 */
@Service
public class Obligations {
  private final JdbcClient db;
  private final Cases cases;
  private final AuditLog audit;
  private final Clock clock;
  private final BreachClock breach;
  private final SubjectRequestClock requests;
  private final Notifier notifier;
  private final Duration dueSoon;

  public Obligations(
      JdbcClient db,
      Cases cases,
      AuditLog audit,
      Clock clock,
      BreachClock breach,
      SubjectRequestClock requests,
      Notifier notifier,
      @org.springframework.beans.factory.annotation.Value("${pdpguard.due-soon:PT24H}")
          Duration dueSoon) {
    this.db = db;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
    this.breach = breach;
    this.requests = requests;
    this.notifier = notifier;
    this.dueSoon = dueSoon;
  }

  /** An obligation with its status now. */
  public record Obligation(
      long id,
      long caseId,
      String caseRef,
      String regime,
      String kind,
      String basis,
      String anchor,
      Instant clockStart,
      Instant dueAt,
      Instant metAt,
      Duration lateBy,
      String lateReason,
      Long notRequiredBy,
      String notRequiredReason,
      ObligationStatus status) {}

  /** Creates or updates the breach-notification obligation from the case's facts. */
  @Transactional
  public Deadline breach(String actor, long caseId, Instant occurred, Instant discovered) {
    Deadline d = breach.notifyAgency(occurred, discovered);
    upsert(actor, caseId, d);
    return d;
  }

  /** Creates the acknowledgement and performance obligations of a data subject's request. */
  @Transactional
  public void subjectRequest(
      String actor,
      long caseId,
      Instant received,
      SubjectRequestClock.RequestType type,
      boolean processor) {
    upsert(actor, caseId, requests.acknowledge(received));
    upsert(actor, caseId, requests.perform(received, type, processor));
  }

  void upsert(String actor, long caseId, Deadline d) {
    OffsetDateTime start = at(d.clockStart());
    OffsetDateTime due = at(d.dueAt());
    int n =
        db.sql(
                "UPDATE obligations SET regime = ?, basis = ?, clock_anchor = ?, clock_start = ?,"
                    + " due_at = ?, late_reason_required = ? WHERE case_id = ? AND kind = ? AND"
                    + " met_at IS NULL AND not_required_reason IS NULL")
            .params(
                d.regime().key(),
                d.basis(),
                d.anchor().name(),
                start,
                due,
                d.lateReasonRequired(),
                caseId,
                d.kind())
            .update();
    if (n == 0
        && db.sql("SELECT COUNT(*) FROM obligations WHERE case_id = ? AND kind = ?")
                .params(caseId, d.kind())
                .query(Long.class)
                .single()
            == 0) {
      db.sql(
              "INSERT INTO obligations (case_id, regime, kind, basis, clock_anchor, clock_start,"
                  + " due_at, late_reason_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              caseId,
              d.regime().key(),
              d.kind(),
              d.basis(),
              d.anchor().name(),
              start,
              due,
              d.lateReasonRequired())
          .update();
    }
    Map<String, Object> det = new HashMap<>();
    det.put("kind", d.kind());
    det.put("regime", d.regime().key());
    det.put("due_at", String.valueOf(d.dueAt()));
    audit.append(actor, "obligation.set", Cases.entity(caseId), det);
  }

  /** Records that the obligation was met at {@code metAt}; a late one may need reasons. */
  @Transactional
  public void met(CaseUser user, long obligationId, Instant metAt, String lateReason) {
    Obligation o = get(user, obligationId);
    if (o.metAt() != null || o.notRequiredReason() != null) {
      throw CaseProblem.conflict("nghĩa vụ đã được xử lý / already decided");
    }
    Duration late = ObligationStatus.lateBy(o.dueAt(), metAt);
    boolean reasonNeeded =
        db.sql("SELECT late_reason_required FROM obligations WHERE id = ?")
            .param(obligationId)
            .query(Boolean.class)
            .single();
    if (!late.isZero() && reasonNeeded && (lateReason == null || lateReason.isBlank())) {
      throw CaseProblem.bad("thông báo muộn phải nêu lý do / a late notice must give its reasons");
    }
    db.sql(
            "UPDATE obligations SET met_at = ?, late_by_seconds = ?, late_reason = ?, decided_at = ? WHERE id = ?")
        .params(at(metAt), late.toSeconds(), lateReason, OffsetDateTime.now(clock), obligationId)
        .update();
    audit.append(
        user.username(),
        "obligation.met",
        Cases.entity(o.caseId()),
        Map.of("obligation", obligationId, "late_by_s", late.toSeconds()));
  }

  /** Decides the obligation does not apply: the user is recorded, the reason is required. */
  @Transactional
  public void notRequired(CaseUser user, long obligationId, String reason) {
    Obligation o = get(user, obligationId);
    if (reason == null || reason.isBlank()) {
      throw CaseProblem.bad("cần nêu lý do / a reason is required");
    }
    if (o.metAt() != null || o.notRequiredReason() != null) {
      throw CaseProblem.conflict("nghĩa vụ đã được xử lý / already decided");
    }
    db.sql(
            "UPDATE obligations SET not_required_by = ?, not_required_reason = ?, decided_at = ? WHERE id = ?")
        .params(user.id(), reason, OffsetDateTime.now(clock), obligationId)
        .update();
    audit.append(
        user.username(),
        "obligation.not_required",
        Cases.entity(o.caseId()),
        Map.of("obligation", obligationId));
  }

  Obligation get(CaseUser user, long obligationId) {
    Obligation o =
        query(" WHERE b.id = ?", obligationId).stream()
            .findFirst()
            .orElseThrow(CaseProblem::notFound);
    CaseRecord c = cases.get(user, o.caseId());
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    return o;
  }

  public List<Obligation> of(long caseId) {
    return query(" WHERE b.case_id = ? ORDER BY b.id", caseId);
  }

  /** Open obligations overdue or due soon, on cases {@code user} may read, soonest first. */
  public List<Obligation> attention(CaseUser user) {
    List<Obligation> all =
        user.role() == Role.INVESTIGATOR
            ? query(
                " WHERE b.met_at IS NULL AND b.not_required_reason IS NULL AND b.due_at IS NOT NULL"
                    + " AND (c.assignee_id = ? OR c.reviewer_id = ?) ORDER BY b.due_at",
                user.id(),
                user.id())
            : query(
                " WHERE b.met_at IS NULL AND b.not_required_reason IS NULL AND b.due_at IS NOT NULL"
                    + " ORDER BY b.due_at");
    List<Obligation> out = new ArrayList<>();
    for (Obligation o : all) {
      if (o.status().needsAttention()) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Sends a reminder for every obligation that became due soon or overdue since the last run; each
   * (obligation, status) is reminded once. Returns how many were sent.
   */
  @Transactional
  public int remind() {
    int sent = 0;
    for (Obligation o :
        query(
            " WHERE b.met_at IS NULL AND b.not_required_reason IS NULL AND b.due_at IS NOT NULL ORDER BY b.due_at")) {
      if (!o.status().needsAttention()) {
        continue;
      }
      int n =
          db.sql(
                  "INSERT INTO reminders (obligation_id, status, message, at) SELECT ?, ?, ?, ? WHERE NOT"
                      + " EXISTS (SELECT 1 FROM reminders WHERE obligation_id = ? AND status = ?)")
              .params(
                  o.id(),
                  o.status().name(),
                  o.kind() + " " + o.status().name(),
                  OffsetDateTime.now(clock),
                  o.id(),
                  o.status().name())
              .update();
      if (n > 0) {
        notifier.remind(
            new Notifier.Reminder(o.id(), o.caseRef(), o.kind(), o.status(), o.dueAt()));
        sent++;
      }
    }
    return sent;
  }

  private List<Obligation> query(String where, Object... params) {
    Instant now = clock.instant();
    return db.sql(
            "SELECT b.id, b.case_id, c.ref, b.regime, b.kind, b.basis, b.clock_anchor, b.clock_start,"
                + " b.due_at, b.met_at, b.late_by_seconds, b.late_reason, b.not_required_by,"
                + " b.not_required_reason FROM obligations b JOIN cases c ON c.id = b.case_id"
                + where)
        .params(params)
        .query(
            (rs, i) -> {
              Instant due = ts(rs.getObject(9, OffsetDateTime.class));
              Instant met = ts(rs.getObject(10, OffsetDateTime.class));
              String nr = rs.getString(14);
              long late = rs.getLong(11);
              long nrBy = rs.getLong(13);
              Long notRequiredBy = rs.wasNull() ? null : nrBy;
              return new Obligation(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  ts(rs.getObject(8, OffsetDateTime.class)),
                  due,
                  met,
                  Duration.ofSeconds(late),
                  rs.getString(12),
                  notRequiredBy,
                  nr,
                  ObligationStatus.of(due, met, nr != null, now, dueSoon));
            })
        .list();
  }

  private static Instant ts(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime at(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
