package org.pdpguard.cases.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.clock.Obligations;
import org.pdpguard.cases.decision.Decisions;
import org.pdpguard.cases.evidence.EvidenceService;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Users;
import org.pdpguard.cases.workflow.CaseAccess;
import org.pdpguard.cases.workflow.CaseNotes;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.CaseState;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page and its workflow forms: state moves, assignment, comments and tasks. Each form
 * posts to the same service call as the API, so the authorisation is the service's; the page only
 * hides the controls a user could not use.
 */
@Controller
public class CasePage {
  private final Cases cases;
  private final CaseNotes notes;
  private final Intakes intakes;
  private final Obligations obligations;
  private final EvidenceService evidence;
  private final Decisions decisions;
  private final AuditLog audit;
  private final Users users;
  private final ZoneId zone;

  public CasePage(
      Cases cases,
      CaseNotes notes,
      Intakes intakes,
      Obligations obligations,
      EvidenceService evidence,
      Decisions decisions,
      AuditLog audit,
      Users users,
      ZoneId zone) {
    this.cases = cases;
    this.notes = notes;
    this.intakes = intakes;
    this.obligations = obligations;
    this.evidence = evidence;
    this.decisions = decisions;
    this.audit = audit;
    this.users = users;
    this.zone = zone;
  }

  @GetMapping("/cases/{id}")
  String show(@AuthenticationPrincipal CaseUser user, @PathVariable long id, Model m) {
    CaseRecord c = cases.get(user, id);
    m.addAttribute("c", c);
    m.addAttribute("intakes", intakes.of(id));
    m.addAttribute("evidence", evidence.of(id));
    m.addAttribute("obligations", obligations.of(id));
    m.addAttribute("notes", notes.notes(id));
    m.addAttribute("tasks", notes.tasks(id));
    m.addAttribute("decisions", decisions.of(id));
    m.addAttribute("audit", audit.about(Cases.entity(id), 20));
    m.addAttribute("violations", intakes.violations(id));
    m.addAttribute("user", user);
    var staff = users.assignable();
    m.addAttribute("staff", staff);
    m.addAttribute(
        "names",
        staff.stream()
            .collect(java.util.stream.Collectors.toMap(Users.Staff::id, Users.Staff::username)));
    m.addAttribute("rules", decisions.rules());
    // A closed case keeps its record: the page offers no more changes (the services decide).
    boolean open = c.state() != CaseState.CLOSED;
    m.addAttribute("canWork", open && CaseAccess.canWork(user, c));
    m.addAttribute("canAssign", open && CaseAccess.canAssign(user));
    m.addAttribute("canPropose", CaseAccess.canPropose(user, c) && c.state() == CaseState.DECISION);
    m.addAttribute("canApprove", CaseAccess.canApprove(user));
    m.addAttribute(
        "canImport", open && (CaseAccess.canWork(user, c) || CaseAccess.canCreate(user)));
    m.addAttribute(
        "moves", c.state().next().stream().filter(t -> CaseAccess.canMove(user, c, t)).toList());
    return "case";
  }

  @PostMapping("/cases/{id}/state")
  String move(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam CaseState target,
      @RequestParam(required = false) String reason) {
    cases.move(user, id, version, target, blankToNull(reason));
    return back(id);
  }

  @PostMapping("/cases/{id}/assign")
  String assign(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) Long assignee,
      @RequestParam(required = false) Long reviewer) {
    cases.assign(user, id, version, assignee, reviewer);
    return back(id);
  }

  @PostMapping("/cases/{id}/comments")
  String comment(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam String body,
      @RequestParam(defaultValue = "COMMENT") String kind) {
    notes.comment(user, id, kind, body);
    return back(id);
  }

  @PostMapping("/cases/{id}/tasks")
  String task(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam String title,
      @RequestParam(required = false) Long assignee,
      @RequestParam(required = false) LocalDate due) {
    // A task is due at the end of its day, local time.
    var dueAt = due == null ? null : due.plusDays(1).atStartOfDay(zone).toInstant();
    notes.task(user, id, title, assignee, dueAt);
    return back(id);
  }

  @PostMapping("/cases/{id}/tasks/{task}/done")
  String done(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @PathVariable long task) {
    notes.done(user, id, task);
    return back(id);
  }

  static String back(long id) {
    return "redirect:/cases/" + id;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
