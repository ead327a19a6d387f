package org.pdpguard.cases.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.workflow.CaseAccess;
import org.pdpguard.cases.workflow.CaseProblem;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.CaseState;
import org.pdpguard.cases.workflow.Cases;
import org.pdpguard.judge.Citation;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Rule;
import org.pdpguard.judge.RulePack;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions: proposed in the DECISION state with a written reason; a confirmed violation names a
 * rule of the pack, whose citations under the case's regime become the legal basis, and may propose
 * a fine within {@link FineLimits}. A supervisor other than the proposer approves.
 */
@Service
public class Decisions {
  private final JdbcClient db;
  private final Cases cases;
  private final RulePack pack;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;

  public Decisions(
      JdbcClient db, Cases cases, RulePack pack, AuditLog audit, Clock clock, ZoneId zone) {
    this.db = db;
    this.cases = cases;
    this.pack = pack;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  public record Decision(
      long id,
      long caseId,
      String outcome,
      String reason,
      String ruleId,
      String citationText,
      String offender,
      Long proposedFine,
      String proposedBy,
      String approvedBy,
      Instant approvedAt,
      Instant createdAt) {}

  @Transactional
  public long propose(
      CaseUser user,
      long caseId,
      String outcome,
      String reason,
      String ruleId,
      String offender,
      Long fine,
      Long revenue) {
    CaseRecord c = cases.get(user, caseId);
    if (!CaseAccess.canPropose(user, c)) {
      throw CaseProblem.forbidden();
    }
    if (c.state() != CaseState.DECISION) {
      throw CaseProblem.conflict(
          "hồ sơ chưa ở bước quyết định / the case is not at the decision step");
    }
    if (reason == null || reason.isBlank()) {
      throw CaseProblem.bad("cần nêu lý do / a written reason is required");
    }
    if (!outcome.equals("CONFIRMED") && !outcome.equals("DISMISSED")) {
      throw CaseProblem.bad("outcome must be CONFIRMED or DISMISSED");
    }
    FineLimits.Offender who =
        "INDIVIDUAL".equals(offender)
            ? FineLimits.Offender.INDIVIDUAL
            : FineLimits.Offender.ORGANISATION;
    String citation = null;
    if (outcome.equals("CONFIRMED")) {
      Regime regime = regimeOf(c);
      Rule rule =
          pack.rules().stream()
              .filter(r -> r.id().equals(ruleId))
              .findFirst()
              .orElseThrow(() -> CaseProblem.bad("không có quy tắc / no such rule: " + ruleId));
      List<Citation> basis = rule.basis().get(regime);
      if (basis == null || basis.isEmpty()) {
        throw CaseProblem.bad(
            "quy tắc không có căn cứ theo "
                + regime.key()
                + " / the rule has no basis under "
                + regime.key());
      }
      citation = basis.stream().map(b -> b.text().vi()).collect(Collectors.joining("; "));
      if (fine != null) {
        LocalDate asOf = factsDate(c);
        Optional<FineLimits.Range> range = FineLimits.range(rule, regime, asOf, who, revenue);
        if (range.isEmpty() || !range.get().contains(fine)) {
          throw CaseProblem.bad(
              range
                  .map(
                      r ->
                          "mức phạt ngoài khung "
                              + r.min()
                              + "–"
                              + r.max()
                              + " đồng ("
                              + r.basis()
                              + ") / fine outside the range")
                  .orElse("không có khung phạt cho quy tắc này / no fine range for this rule"));
        }
      }
    } else if (fine != null) {
      throw CaseProblem.bad("không phạt khi đình chỉ / no fine when dismissed");
    }
    db.sql(
            "INSERT INTO decisions (case_id, outcome, reason, rule_id, citation_text, offender, proposed_fine, proposed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            outcome,
            reason,
            outcome.equals("CONFIRMED") ? ruleId : null,
            citation,
            who.name(),
            fine,
            user.id(),
            OffsetDateTime.now(clock))
        .update();
    long id =
        db.sql("SELECT MAX(id) FROM decisions WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    Map<String, Object> d = new HashMap<>();
    d.put("decision", id);
    d.put("outcome", outcome);
    d.put("rule", ruleId);
    d.put("fine", fine);
    audit.append(user.username(), "decision.propose", Cases.entity(caseId), d);
    return id;
  }

  @Transactional
  public void approve(CaseUser user, long caseId, long decisionId) {
    cases.get(user, caseId);
    if (!CaseAccess.canApprove(user)) {
      throw CaseProblem.forbidden();
    }
    Decision d =
        of(caseId).stream()
            .filter(x -> x.id() == decisionId)
            .findFirst()
            .orElseThrow(CaseProblem::notFound);
    if (d.approvedBy() != null) {
      throw CaseProblem.conflict("đã phê duyệt / already approved");
    }
    if (d.proposedBy().equals(user.username())) {
      throw CaseProblem.conflict("người đề xuất không tự phê duyệt / the proposer cannot approve");
    }
    db.sql("UPDATE decisions SET approved_by = ?, approved_at = ? WHERE id = ?")
        .params(user.id(), OffsetDateTime.now(clock), decisionId)
        .update();
    audit.append(
        user.username(), "decision.approve", Cases.entity(caseId), Map.of("decision", decisionId));
  }

  public List<Decision> of(long caseId) {
    return db.sql(
            "SELECT d.id, d.case_id, d.outcome, d.reason, d.rule_id, d.citation_text, d.offender, d.proposed_fine, p.username, a.username, d.approved_at, d.created_at"
                + " FROM decisions d JOIN users p ON p.id = d.proposed_by LEFT JOIN users a ON a.id = d.approved_by WHERE d.case_id = ? ORDER BY d.id")
        .param(caseId)
        .query(
            (rs, i) -> {
              long fine = rs.getLong(8);
              Long f = rs.wasNull() ? null : fine;
              OffsetDateTime ap = rs.getObject(11, OffsetDateTime.class);
              return new Decision(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  f,
                  rs.getString(9),
                  rs.getString(10),
                  ap == null ? null : ap.toInstant(),
                  rs.getObject(12, OffsetDateTime.class).toInstant());
            })
        .list();
  }

  public List<Rule> rules() {
    return pack.rules();
  }

  Regime regimeOf(CaseRecord c) {
    Regime r = c.regime() == null ? null : Regime.byKey(c.regime());
    return r != null ? r : Regime.at(factsDate(c));
  }

  LocalDate factsDate(CaseRecord c) {
    Instant t =
        c.occurredAt() != null
            ? c.occurredAt()
            : c.discoveredAt() != null ? c.discoveredAt() : c.createdAt();
    return LocalDate.ofInstant(t, zone);
  }
}
