package org.pdpguard.cases.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.pdpguard.cases.decision.Decisions;
import org.pdpguard.cases.evidence.EvidenceService;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.intake.SubjectRequestForm;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.workflow.CaseAccess;
import org.pdpguard.cases.workflow.CaseProblem;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case forms that carry files or a decision, and the intake of a data subject's request. Same
 * service calls, and so the same authorisation, as the API.
 */
@Controller
public class CaseWorkPage {
  private final Cases cases;
  private final Intakes intakes;
  private final EvidenceService evidence;
  private final Decisions decisions;
  private final java.time.Clock clock;
  private final ZoneId zone;
  private final long maxUpload;

  public CaseWorkPage(
      Cases cases,
      Intakes intakes,
      EvidenceService evidence,
      Decisions decisions,
      java.time.Clock clock,
      ZoneId zone,
      @Value("${pdpguard.max-upload-bytes:26214400}") long maxUpload) {
    this.cases = cases;
    this.intakes = intakes;
    this.evidence = evidence;
    this.decisions = decisions;
    this.clock = clock;
    this.zone = zone;
    this.maxUpload = maxUpload;
  }

  @PostMapping("/cases/{id}/evidence")
  String upload(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    CaseRecord c = cases.get(user, id);
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    checkSize(file);
    try (InputStream in = file.getInputStream()) {
      evidence.add(
          user.username(),
          user.id(),
          id,
          file.getOriginalFilename(),
          file.getContentType(),
          in,
          maxUpload);
    }
    return CasePage.back(id);
  }

  /** Imports a pdpguard report file into this case (as {@code POST /api/v1/reports?caseId=}). */
  @PostMapping("/cases/{id}/report")
  String report(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    checkSize(file);
    String name = file.getOriginalFilename() == null ? "report.jsonl" : file.getOriginalFilename();
    intakes.report(user, id, null, name, file.getBytes());
    return CasePage.back(id);
  }

  @PostMapping("/cases/{id}/decisions")
  String propose(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam String outcome,
      @RequestParam String reason,
      @RequestParam(required = false) String ruleId,
      @RequestParam(defaultValue = "ORGANISATION") String offender,
      @RequestParam(required = false) Long fine,
      @RequestParam(required = false) Long revenue) {
    decisions.propose(
        user, id, outcome, reason, CasePage.blankToNull(ruleId), offender, fine, revenue);
    return CasePage.back(id);
  }

  @PostMapping("/cases/{id}/decisions/{decision}/approve")
  String approve(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @PathVariable long decision) {
    decisions.approve(user, id, decision);
    return CasePage.back(id);
  }

  @GetMapping("/requests/new")
  String requestForm(@AuthenticationPrincipal CaseUser user, Model m) {
    if (!CaseAccess.canCreate(user)) {
      throw CaseProblem.forbidden();
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    m.addAttribute("form", new SubjectRequestForm(null, null, false, now, null, null, null, null));
    m.addAttribute("user", user);
    return "request";
  }

  @PostMapping("/requests")
  String request(
      @AuthenticationPrincipal CaseUser user,
      @Valid @ModelAttribute("form") SubjectRequestForm form,
      BindingResult errors,
      Model m) {
    if (!CaseAccess.canCreate(user)) {
      throw CaseProblem.forbidden();
    }
    if (errors.hasErrors()) {
      m.addAttribute("user", user);
      return "request";
    }
    return CasePage.back(intakes.subjectRequest(user, form).caseId());
  }

  private void checkSize(MultipartFile file) {
    if (file.getSize() > maxUpload) {
      throw new CaseProblem(HttpStatus.PAYLOAD_TOO_LARGE, "tệp quá lớn / file too large");
    }
  }
}
