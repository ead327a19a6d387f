package org.pdpguard.cases.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pdpguard.cases.clock.Obligations;
import org.pdpguard.cases.decision.DecisionPdf;
import org.pdpguard.cases.decision.Decisions;
import org.pdpguard.cases.evidence.EvidenceService;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Role;
import org.pdpguard.cases.user.Users;
import org.pdpguard.cases.workflow.CaseAccess;
import org.pdpguard.cases.workflow.CaseProblem;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The REST API for reports, evidence, obligations, decisions and users. */
@RestController
@RequestMapping("/api/v1")
public class WorkApi {
  private final Cases cases;
  private final Intakes intakes;
  private final EvidenceService evidence;
  private final Obligations obligations;
  private final Decisions decisions;
  private final DecisionPdf pdf;
  private final Users users;
  private final long maxUpload;

  public WorkApi(
      Cases cases,
      Intakes intakes,
      EvidenceService evidence,
      Obligations obligations,
      Decisions decisions,
      DecisionPdf pdf,
      Users users,
      @Value("${pdpguard.max-upload-bytes:26214400}") long maxUpload) {
    this.cases = cases;
    this.intakes = intakes;
    this.evidence = evidence;
    this.obligations = obligations;
    this.decisions = decisions;
    this.pdf = pdf;
    this.users = users;
    this.maxUpload = maxUpload;
  }

  /**
   * Imports a pdpguard JSONL report or an {@code inspection.json} (the request body), into {@code
   * caseId} or a new case of {@code organisation}.
   */
  @PostMapping(
      value = "/reports",
      consumes = {
        "application/x-ndjson",
        "application/json",
        "application/jsonl",
        "text/plain",
        "application/octet-stream"
      })
  @ResponseStatus(HttpStatus.CREATED)
  public Intakes.Result report(
      @AuthenticationPrincipal CaseUser user,
      @RequestParam(required = false) Long caseId,
      @RequestParam(required = false) String organisation,
      @RequestParam(defaultValue = "report.jsonl") String name,
      InputStream body)
      throws IOException {
    if (user.role() != Role.INTAKE
        && user.role() != Role.SUPERVISOR
        && user.role() != Role.INVESTIGATOR) {
      throw CaseProblem.forbidden();
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUpload + 1));
    return intakes.report(user, caseId, organisation, name, bytes);
  }

  @PostMapping("/cases/{id}/evidence")
  @ResponseStatus(HttpStatus.CREATED)
  public EvidenceService.Item upload(
      @AuthenticationPrincipal CaseUser user,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file) {
    CaseRecord c = cases.get(user, id);
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    if (file.getSize() > maxUpload) {
      throw new CaseProblem(HttpStatus.PAYLOAD_TOO_LARGE, "tệp quá lớn / file too large");
    }
    try (InputStream in = file.getInputStream()) {
      return evidence.add(
          user.username(),
          user.id(),
          id,
          file.getOriginalFilename(),
          file.getContentType(),
          in,
          maxUpload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/evidence/{id}")
  public ResponseEntity<FileSystemResource> download(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id) {
    EvidenceService.Item item = evidence.get(id);
    cases.get(user, item.caseId());
    var path = evidence.open(user.username(), item, "EXPORTED");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(item.name(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-SHA256", item.sha256())
        .body(new FileSystemResource(path));
  }

  @GetMapping("/evidence/{id}/custody")
  public List<EvidenceService.Custody> custody(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id) {
    cases.get(user, evidence.get(id).caseId());
    return evidence.custody(id);
  }

  public record Met(Instant metAt, String lateReason) {}

  public record NotRequired(String reason) {}

  @GetMapping("/obligations/attention")
  public List<Obligations.Obligation> attention(@AuthenticationPrincipal CaseUser user) {
    return obligations.attention(user);
  }

  @PostMapping("/obligations/{id}/met")
  public Map<String, Boolean> met(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Met m) {
    obligations.met(user, id, m.metAt(), m.lateReason());
    return Map.of("ok", true);
  }

  @PostMapping("/obligations/{id}/not-required")
  public Map<String, Boolean> notRequired(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody NotRequired n) {
    obligations.notRequired(user, id, n.reason());
    return Map.of("ok", true);
  }

  public record Propose(
      String outcome, String reason, String ruleId, String offender, Long fine, Long revenue) {}

  @PostMapping("/cases/{id}/decisions")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Long> propose(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @RequestBody Propose p) {
    return Map.of(
        "id",
        decisions.propose(
            user, id, p.outcome(), p.reason(), p.ruleId(), p.offender(), p.fine(), p.revenue()));
  }

  @PostMapping("/cases/{id}/decisions/{decision}/approve")
  public Map<String, Boolean> approve(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @PathVariable long decision) {
    decisions.approve(user, id, decision);
    return Map.of("ok", true);
  }

  @GetMapping("/cases/{id}/decisions/{decision}/pdf")
  public ResponseEntity<byte[]> decisionPdf(
      @AuthenticationPrincipal CaseUser user, @PathVariable long id, @PathVariable long decision)
      throws IOException {
    CaseRecord c = cases.get(user, id);
    Decisions.Decision d =
        decisions.of(id).stream()
            .filter(x -> x.id() == decision)
            .findFirst()
            .orElseThrow(CaseProblem::notFound);
    byte[] bytes = pdf.render(d, c.ref(), c.title(), c.organisation());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(c.ref() + "-quyet-dinh.pdf").build().toString())
        .body(bytes);
  }

  public record NewUser(String username, String displayName, Role role) {}

  /** Creates a user (administrators only); the one-time password is in the answer, once. */
  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> user(@AuthenticationPrincipal CaseUser admin, @RequestBody NewUser n) {
    if (admin.role() != Role.ADMIN) {
      throw CaseProblem.forbidden();
    }
    if (n.username() == null
        || !n.username().matches("[a-zA-Z0-9._-]{2,100}")
        || n.role() == null) {
      throw CaseProblem.bad("tên đăng nhập hoặc vai trò không hợp lệ / bad user name or role");
    }
    if (users.byUsername(n.username()).isPresent()) {
      throw CaseProblem.conflict("đã có / exists");
    }
    String password = Users.randomPassword();
    long id =
        users.create(
            admin.username(),
            n.username(),
            n.displayName() == null ? n.username() : n.displayName(),
            n.role(),
            password,
            true);
    return Map.of("id", id, "password", password);
  }

  @PostMapping("/users/{id}/api-key")
  public Map<String, String> apiKey(
      @AuthenticationPrincipal CaseUser admin, @PathVariable long id) {
    if (admin.role() != Role.ADMIN) {
      throw CaseProblem.forbidden();
    }
    users.byId(id).orElseThrow(CaseProblem::notFound);
    return Map.of("api_key", users.newApiKey(admin.username(), id));
  }
}
