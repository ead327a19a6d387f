package org.pdpguard.cases.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.clock.Obligations;
import org.pdpguard.cases.decision.Decisions;
import org.pdpguard.cases.evidence.EvidenceService;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.workflow.CaseNotes;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.CaseState;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The REST API of cases: reading, manual creation, workflow, comments and tasks, merging. */
@RestController
@RequestMapping("/api/v1/cases")
public class CaseApi {
  private final Cases cases;
  private final CaseNotes notes;
  private final Intakes intakes;
  private final Obligations obligations;
  private final EvidenceService evidence;
  private final Decisions decisions;
  private final AuditLog audit;

  public CaseApi(
      Cases cases,
      CaseNotes notes,
      Intakes intakes,
      Obligations obligations,
      EvidenceService evidence,
      Decisions decisions,
      AuditLog audit) {
    this.cases = cases;
    this.notes = notes;
    this.intakes = intakes;
    this.obligations = obligations;
    this.evidence = evidence;
    this.decisions = decisions;
    this.audit = audit;
  }

  public record NewCase(
      String title,
      String organisation,
      Instant occurredAt,
      Instant discoveredAt,
      Boolean breach) {}

  public record Move(CaseState target, long version, String reason) {}

  public record Assign(Long assignee, Long reviewer, long version) {}

  public record Facts(Instant occurredAt, Instant discoveredAt, long version) {}

  public record Note(String kind, String body) {}

  public record NewTask(String title, Long assignee, Instant dueAt) {}

  public record Merge(long into, long version) {}

  @GetMapping
  public Object list(
      @AuthenticationPrincipal CaseUser user, @RequestParam(required = false) CaseState state) {
    return cases.list(user, state, 500);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Intakes.Result create(@AuthenticationPrincipal CaseUser user, @RequestBody NewCase n) {
    return intakes.manual(
        user,
        n.title(),
        n.organisation(),
        n.occurredAt(),
        n.discoveredAt(),
        Boolean.TRUE.equals(n.breach()));
  }

  @GetMapping("/{id}")
  public Map<String, Object> get(@AuthenticationPrincipal CaseUser user, @PathVariable long id) {
    CaseRecord c = cases.get(user, id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("case", c);
    m.put("intakes", intakes.of(id));
    m.put("evidence", evidence.of(id));
    m.put("obligations", obligations.of(id));
    m.put("comments", notes.notes(id));
    m.put("tasks", notes.tasks(id));
    m.put("decisions", decisions.of(id));
    m.put("audit", audit.about(Cases.entity(id), 50));
    return m;
  }

  @PostMapping("/{id}/state")
  public CaseRecord move(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Move m) {
    cases.move(user, id, m.version(), m.target(), m.reason());
    return cases.get(user, id);
  }

  @PostMapping("/{id}/assign")
  public CaseRecord assign(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Assign a) {
    cases.assign(user, id, a.version(), a.assignee(), a.reviewer());
    return cases.get(user, id);
  }

  @PostMapping("/{id}/facts")
  public CaseRecord facts(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Facts f) {
    CaseRecord c = cases.get(user, id);
    String regime = c.regime();
    if ("BREACH".equals(c.kind()) && (f.occurredAt() != null || f.discoveredAt() != null)) {
      regime =
          obligations.breach(user.username(), id, f.occurredAt(), f.discoveredAt()).regime().key();
    }
    cases.facts(user, id, f.version(), f.occurredAt(), f.discoveredAt(), regime);
    return cases.get(user, id);
  }

  @PostMapping("/{id}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Long> comment(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Note n) {
    return Map.of("id", notes.comment(user, id, n.kind(), n.body()));
  }

  @PostMapping("/{id}/tasks")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Long> task(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody NewTask t) {
    return Map.of("id", notes.task(user, id, t.title(), t.assignee(), t.dueAt()));
  }

  @PostMapping("/{id}/tasks/{task}/done")
  public Map<String, Boolean> done(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @PathVariable long task) {
    notes.done(user, id, task);
    return Map.of("done", true);
  }

  @PostMapping("/{id}/merge")
  public CaseRecord merge(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Merge m) {
    intakes.merge(user, id, m.version(), m.into());
    return cases.get(user, m.into());
  }
}
