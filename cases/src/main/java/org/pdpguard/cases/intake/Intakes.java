package org.pdpguard.cases.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.clock.Obligations;
import org.pdpguard.cases.evidence.EvidenceService;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.workflow.CaseAccess;
import org.pdpguard.cases.workflow.CaseProblem;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.CaseState;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every way a case starts: a complaint, a breach notification, an imported report, or manual
 * creation. Each intake is kept as received (its payload), checked for duplicates, and audited.
 */
@Service
public class Intakes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient db;
  private final Cases cases;
  private final Organisations organisations;
  private final Duplicates duplicates;
  private final Obligations obligations;
  private final EvidenceService evidence;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;
  private final long maxUpload;

  public Intakes(
      JdbcClient db,
      Cases cases,
      Organisations organisations,
      Duplicates duplicates,
      Obligations obligations,
      EvidenceService evidence,
      AuditLog audit,
      Clock clock,
      ZoneId zone,
      @Value("${pdpguard.max-upload-bytes:26214400}") long maxUpload) {
    this.db = db;
    this.cases = cases;
    this.organisations = organisations;
    this.duplicates = duplicates;
    this.obligations = obligations;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
    this.maxUpload = maxUpload;
  }

  /** What an intake did. */
  public record Result(
      long caseId, long intakeId, Long duplicateOf, Long evidenceId, int violations) {}

  @Transactional
  public Result complaint(ComplaintForm f) {
    Long org = organisations.findOrCreate(f.organisation(), null);
    Instant occurred =
        f.occurredOn() == null ? null : f.occurredOn().atStartOfDay(zone).toInstant();
    long caseId =
        cases.create(
            "public",
            "Khiếu nại / Complaint: " + f.organisation().strip(),
            "COMPLAINT",
            org,
            occurred,
            null);
    return intake(null, "public", caseId, org, "COMPLAINT", null, null, json(f));
  }

  @Transactional
  public Result breach(BreachForm f) {
    Long org = organisations.findOrCreate(f.organisation(), f.taxCode());
    Instant occurred = f.occurredAt().atZone(zone).toInstant();
    Instant discovered = f.discoveredAt().atZone(zone).toInstant();
    if (discovered.isBefore(occurred)) {
      throw CaseProblem.bad(
          "thời điểm phát hiện trước thời điểm xảy ra / discovered before it occurred");
    }
    long caseId =
        cases.create(
            "public",
            "Thông báo vi phạm / Breach notice: " + f.organisation().strip(),
            "BREACH",
            org,
            occurred,
            discovered);
    var d = obligations.breach("public", caseId, occurred, discovered);
    db.sql("UPDATE cases SET regime = ? WHERE id = ?").params(d.regime().key(), caseId).update();
    return intake(null, "public", caseId, org, "BREACH", null, null, json(f));
  }

  /**
   * Imports a pdpguard report into {@code caseId}, or into a new case of {@code organisation} when
   * null. The upload is stored as evidence and its violations recorded.
   */
  @Transactional
  public Result report(
      CaseUser user, Long caseId, String organisation, String fileName, byte[] bytes) {
    if (bytes.length > maxUpload) {
      throw new CaseProblem(
          org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "tệp quá lớn / file too large");
    }
    ReportParser.Parsed parsed;
    try {
      parsed = ReportParser.parse(bytes);
    } catch (IllegalArgumentException e) {
      throw CaseProblem.bad(e.getMessage());
    }
    Set<String> rules = new LinkedHashSet<>();
    parsed.violations().forEach(v -> rules.add(v.rule()));
    String ruleIds = String.join(",", rules);
    Long org;
    if (caseId == null) {
      if (!CaseAccess.canCreate(user)) {
        throw CaseProblem.forbidden();
      }
      org = organisations.findOrCreate(organisation, null);
      String title =
          "Báo cáo "
              + parsed.format()
              + " / Imported report: "
              + (organisation == null ? fileName : organisation);
      caseId = cases.create(user.username(), title, "REPORT", org, null, null);
    } else {
      CaseRecord c = cases.get(user, caseId);
      if (!CaseAccess.canWork(user, c) && !CaseAccess.canCreate(user)) {
        throw CaseProblem.forbidden();
      }
      if (c.state() == CaseState.CLOSED) {
        throw CaseProblem.conflict("hồ sơ đã đóng / the case is closed");
      }
      org = c.organisationId();
    }
    String source = parsed.target() != null ? parsed.target() : fileName;
    Map<String, Object> payload = new HashMap<>();
    payload.put("format", parsed.format());
    payload.put("file", fileName);
    payload.put("violations", parsed.violations().size());
    Result r =
        intake(user.id(), user.username(), caseId, org, "REPORT", source, ruleIds, json(payload));
    String media = parsed.format().equals("jsonl") ? "application/x-ndjson" : "application/json";
    var item =
        evidence.add(
            user.username(),
            user.id(),
            caseId,
            fileName,
            media,
            new ByteArrayInputStream(bytes),
            maxUpload);
    for (ReportParser.ReportedViolation v : parsed.violations()) {
      db.sql(
              "INSERT INTO violations (case_id, intake_id, rule_id, severity, regime, source, citations) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(
              caseId, r.intakeId(), v.rule(), v.severity(), v.regime(), v.source(), v.citations())
          .update();
    }
    return new Result(caseId, r.intakeId(), r.duplicateOf(), item.id(), parsed.violations().size());
  }

  /** A case opened by hand; a breach gets its notification clock. */
  @Transactional
  public Result manual(
      CaseUser user,
      String title,
      String organisation,
      Instant occurred,
      Instant discovered,
      boolean breach) {
    if (!CaseAccess.canCreate(user)) {
      throw CaseProblem.forbidden();
    }
    if (title == null || title.isBlank() || title.length() > 300) {
      throw CaseProblem.bad("tiêu đề không hợp lệ / bad title");
    }
    Long org = organisations.findOrCreate(organisation, null);
    long caseId =
        cases.create(
            user.username(),
            title.strip(),
            breach ? "BREACH" : "MANUAL",
            org,
            occurred,
            discovered);
    if (breach && (occurred != null || discovered != null)) {
      var d = obligations.breach(user.username(), caseId, occurred, discovered);
      db.sql("UPDATE cases SET regime = ? WHERE id = ?").params(d.regime().key(), caseId).update();
    }
    return intake(user.id(), user.username(), caseId, org, "MANUAL", null, null, "{}");
  }

  /**
   * A data subject's request recorded by staff: a case of kind REQUEST with the acknowledgement and
   * performance clocks of Decree 356/2025 Art. 5, counted from the receipt.
   */
  @Transactional
  public Result subjectRequest(CaseUser user, SubjectRequestForm f) {
    if (!CaseAccess.canCreate(user)) {
      throw CaseProblem.forbidden();
    }
    Instant received = f.receivedAt().atZone(zone).toInstant();
    if (received.isAfter(clock.instant())) {
      throw CaseProblem.bad("thời điểm nhận ở tương lai / received in the future");
    }
    Long org = organisations.findOrCreate(f.organisation(), null);
    long caseId =
        cases.create(
            user.username(),
            "Yêu cầu của chủ thể dữ liệu / Data subject request: " + f.organisation().strip(),
            "REQUEST",
            org,
            null,
            null);
    obligations.subjectRequest(
        user.username(), caseId, received, f.requestType(), Boolean.TRUE.equals(f.processor()));
    return intake(user.id(), user.username(), caseId, org, "MANUAL", null, null, json(f));
  }

  /** Moves the intakes, evidence and violations of {@code from} into {@code into} and closes it. */
  @Transactional
  public void merge(CaseUser user, long from, long fromVersion, long into) {
    CaseRecord a = cases.get(user, from);
    CaseRecord b = cases.get(user, into);
    if (!CaseAccess.canAssign(user) || from == into) {
      throw CaseProblem.forbidden();
    }
    if (a.mergedInto() != null || b.mergedInto() != null || b.state() == CaseState.CLOSED) {
      throw CaseProblem.conflict("không gộp được / cannot merge these cases");
    }
    int n =
        db.sql(
                "UPDATE cases SET merged_into = ?, state = 'CLOSED', state_reason = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
            .params(into, "merged into " + b.ref(), OffsetDateTime.now(clock), from, fromVersion)
            .update();
    if (n == 0) {
      throw CaseProblem.conflict("hồ sơ đã được người khác sửa / the case was changed meanwhile");
    }
    int intakes =
        db.sql("UPDATE intakes SET case_id = ?, possible_duplicate_of = NULL WHERE case_id = ?")
            .params(into, from)
            .update();
    db.sql("UPDATE violations SET case_id = ? WHERE case_id = ?").params(into, from).update();
    int items = evidence.move(user.username(), from, into);
    audit.append(
        user.username(),
        "case.merge",
        Cases.entity(into),
        Map.of("from", from, "intakes", intakes, "evidence", items));
    audit.append(user.username(), "case.merged", Cases.entity(from), Map.of("into", into));
  }

  public record Intake(
      long id,
      String channel,
      String source,
      String ruleIds,
      Long duplicateOf,
      Instant receivedAt,
      String payload) {}

  public record ViolationRow(
      String ruleId, String severity, String regime, String source, String citations) {}

  public List<ViolationRow> violations(long caseId) {
    return db.sql(
            "SELECT rule_id, severity, regime, source, citations FROM violations WHERE case_id = ? ORDER BY id")
        .param(caseId)
        .query(
            (rs, i) ->
                new ViolationRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  public List<Intake> of(long caseId) {
    return db.sql(
            "SELECT id, channel, source, rule_ids, possible_duplicate_of, received_at, payload FROM intakes WHERE case_id = ? ORDER BY id")
        .param(caseId)
        .query(
            (rs, i) -> {
              long dup = rs.getLong(5);
              Long d = rs.wasNull() ? null : dup;
              return new Intake(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  d,
                  rs.getObject(6, OffsetDateTime.class).toInstant(),
                  rs.getString(7));
            })
        .list();
  }

  private Result intake(
      Long userId,
      String actor,
      long caseId,
      Long org,
      String channel,
      String source,
      String ruleIds,
      String payload) {
    Long dup = duplicates.find(org, caseId, channel, source, ruleIds);
    db.sql(
            "INSERT INTO intakes (case_id, channel, source, rule_ids, payload, possible_duplicate_of,"
                + " received_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseId, channel, source, ruleIds, payload, dup, OffsetDateTime.now(clock), userId)
        .update();
    long id =
        db.sql("SELECT MAX(id) FROM intakes WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    Map<String, Object> d = new HashMap<>();
    d.put("intake", id);
    d.put("channel", channel);
    d.put("possible_duplicate_of", dup);
    audit.append(actor, "intake.receive", Cases.entity(caseId), d);
    return new Result(caseId, id, dup, null, 0);
  }

  /** A form as received: every field as text (times as ISO local date-times). */
  private static String json(Record form) {
    Map<String, Object> m = new java.util.TreeMap<>();
    try {
      for (var c : form.getClass().getRecordComponents()) {
        Object v = c.getAccessor().invoke(form);
        m.put(c.getName(), v == null || v instanceof Number ? v : v.toString());
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return json(m);
  }

  private static String json(Map<String, Object> o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
