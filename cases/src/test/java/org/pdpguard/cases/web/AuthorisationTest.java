package org.pdpguard.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pdpguard.cases.ServiceTest;
import org.pdpguard.cases.decision.Decisions;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.workflow.CaseNotes;
import org.pdpguard.cases.workflow.CaseState;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every endpoint: which are refused (401/403/404) and which are let through to
 * the domain (any other answer, 409 included). An investigator reaches only their own cases.
 */
class AuthorisationTest extends ServiceTest {
  @Autowired Intakes intakes;
  @Autowired Cases cases;
  @Autowired Decisions decisions;
  @Autowired CaseNotes notes;

  record Endpoint(
      String name,
      java.util.function.LongFunction<AbstractMockHttpServletRequestBuilder<?>> request,
      String allowed) {}

  static MockHttpServletRequestBuilder json(String url, String body) {
    return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String approvePath;
  static String apiKeyPath;

  /** Makes a fresh open task on a case and returns its id (a done task answers 404). */
  static java.util.function.LongUnaryOperator newTask;

  /** A form post of the pages, with its CSRF token. */
  static MockHttpServletRequestBuilder form(String url, String... nameValues) {
    MockHttpServletRequestBuilder b = post(url).with(csrf());
    for (int i = 0; i < nameValues.length; i += 2) {
      b.param(nameValues[i], nameValues[i + 1]);
    }
    return b;
  }

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint(
              "list cases", id -> get("/api/v1/cases"), "ADMIN INTAKE OWN OTHER SUPERVISOR"),
          new Endpoint(
              "read case", id -> get("/api/v1/cases/" + id), "ADMIN INTAKE OWN SUPERVISOR"),
          new Endpoint("case page", id -> get("/cases/" + id), "ADMIN INTAKE OWN SUPERVISOR"),
          new Endpoint("case list page", id -> get("/"), "ADMIN INTAKE OWN OTHER SUPERVISOR"),
          new Endpoint(
              "create case",
              id -> json("/api/v1/cases", "{\"title\":\"t\",\"organisation\":\"o\"}"),
              "INTAKE SUPERVISOR"),
          new Endpoint(
              "comment",
              id -> json("/api/v1/cases/" + id + "/comments", "{\"body\":\"x\"}"),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "task",
              id -> json("/api/v1/cases/" + id + "/tasks", "{\"title\":\"x\"}"),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "assign",
              id -> json("/api/v1/cases/" + id + "/assign", "{\"version\":999}"),
              "INTAKE SUPERVISOR"),
          new Endpoint(
              "triage",
              id ->
                  json("/api/v1/cases/" + id + "/state", "{\"target\":\"TRIAGE\",\"version\":999}"),
              "INTAKE SUPERVISOR"),
          new Endpoint(
              "evidence upload",
              id ->
                  multipart("/api/v1/cases/" + id + "/evidence")
                      .file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes())),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "report import",
              id ->
                  post("/api/v1/reports")
                      .contentType("application/x-ndjson")
                      .content("{\"kind\":\"summary\"}\n"),
              "INTAKE SUPERVISOR"),
          new Endpoint(
              "obligations due",
              id -> get("/api/v1/obligations/attention"),
              "ADMIN INTAKE OWN OTHER SUPERVISOR"),
          new Endpoint(
              "propose decision",
              id ->
                  json(
                      "/api/v1/cases/" + id + "/decisions",
                      "{\"outcome\":\"DISMISSED\",\"reason\":\"r\"}"),
              "OWN SUPERVISOR"),
          new Endpoint("approve decision", id -> post(approvePath), "SUPERVISOR"),
          new Endpoint(
              "create user",
              id ->
                  json(
                      "/api/v1/users",
                      "{\"username\":\"u"
                          + UUID.randomUUID().toString().substring(0, 8)
                          + "\",\"role\":\"INTAKE\"}"),
              "ADMIN"),
          new Endpoint("api key", id -> post(apiKeyPath), "ADMIN"),
          new Endpoint(
              "task done",
              id -> post("/api/v1/cases/" + id + "/tasks/" + newTask.applyAsLong(id) + "/done"),
              "INTAKE OWN SUPERVISOR"),
          // The pages' forms: the same service calls, so the same answers as the API.
          new Endpoint(
              "page: move",
              id -> form("/cases/" + id + "/state", "version", "999", "target", "TRIAGE"),
              "INTAKE SUPERVISOR"),
          new Endpoint(
              "page: assign",
              id -> form("/cases/" + id + "/assign", "version", "999"),
              "INTAKE SUPERVISOR"),
          new Endpoint(
              "page: comment",
              id -> form("/cases/" + id + "/comments", "body", "x"),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "page: task",
              id -> form("/cases/" + id + "/tasks", "title", "x", "due", "2026-12-31"),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "page: task done",
              id -> form("/cases/" + id + "/tasks/" + newTask.applyAsLong(id) + "/done"),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "page: evidence upload",
              id ->
                  multipart("/cases/" + id + "/evidence")
                      .file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes()))
                      .with(csrf()),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "page: report import",
              id ->
                  multipart("/cases/" + id + "/report")
                      .file(
                          new MockMultipartFile(
                              "file",
                              "r.jsonl",
                              "application/x-ndjson",
                              "{\"kind\":\"summary\"}\n".getBytes()))
                      .with(csrf()),
              "INTAKE OWN SUPERVISOR"),
          new Endpoint(
              "page: propose decision",
              id -> form("/cases/" + id + "/decisions", "outcome", "DISMISSED", "reason", "r"),
              "OWN SUPERVISOR"),
          new Endpoint(
              "page: approve decision",
              id -> form(approvePath.replace("/api/v1", "")),
              "SUPERVISOR"),
          new Endpoint("page: request form", id -> get("/requests/new"), "INTAKE SUPERVISOR"),
          new Endpoint(
              "page: request intake",
              id ->
                  form(
                      "/requests",
                      "organisation",
                      "Công ty Yêu Cầu " + UUID.randomUUID(),
                      "requestType",
                      "DELETE",
                      "receivedAt",
                      "2026-01-05T09:00",
                      "details",
                      "Xóa dữ liệu của tôi"),
              "INTAKE SUPERVISOR"));

  @Test
  void everyRoleAgainstEveryEndpoint() throws Exception {
    long id =
        intakes
            .manual(
                intake, "Ma trận quyền", "Công ty Quyền " + UUID.randomUUID(), null, null, false)
            .caseId();
    cases.assign(
        intake, id, cases.find(id).orElseThrow().version(), investigator.id(), supervisor.id());
    // A second case of the same investigator, at its decision step with a proposal to approve.
    long d =
        intakes
            .manual(intake, "Quyết định", "Công ty Quyền " + UUID.randomUUID(), null, null, false)
            .caseId();
    cases.assign(
        intake, d, cases.find(d).orElseThrow().version(), investigator.id(), supervisor.id());
    for (var s : List.of(CaseState.TRIAGE, CaseState.INVESTIGATION)) {
      cases.move(intake, d, cases.find(d).orElseThrow().version(), s, null);
    }
    for (var s : List.of(CaseState.NOTIFIED, CaseState.DECISION)) {
      cases.move(investigator, d, cases.find(d).orElseThrow().version(), s, null);
    }
    long decision =
        decisions.propose(
            investigator, d, "DISMISSED", "Không đủ chứng cứ", null, null, null, null);
    approvePath = "/api/v1/cases/" + d + "/decisions/" + decision + "/approve";
    apiKeyPath = "/api/v1/users/" + intake.id() + "/api-key";
    newTask = c -> notes.task(supervisor, c, "Việc thử", null, null);
    Map<String, CaseUser> who =
        Map.of(
            "ADMIN",
            admin,
            "INTAKE",
            intake,
            "OWN",
            investigator,
            "OTHER",
            otherInvestigator,
            "SUPERVISOR",
            supervisor);
    StringBuilder wrong = new StringBuilder();
    int checked = 0;
    for (Endpoint e : ENDPOINTS) {
      for (var w : who.entrySet()) {
        int status =
            mvc.perform(e.request().apply(id).with(user(w.getValue())))
                .andReturn()
                .getResponse()
                .getStatus();
        boolean refused = status == 401 || status == 403 || status == 404;
        boolean shouldPass = List.of(e.allowed().split(" ")).contains(w.getKey());
        if (refused == shouldPass) {
          wrong
              .append(e.name())
              .append(" as ")
              .append(w.getKey())
              .append(": ")
              .append(status)
              .append('\n');
        }
        checked++;
      }
      int anonymous = mvc.perform(e.request().apply(id)).andReturn().getResponse().getStatus();
      if (anonymous != 401 && anonymous != 302) {
        wrong.append(e.name()).append(" anonymous: ").append(anonymous).append('\n');
      }
    }
    assertThat(wrong.toString()).isEmpty();
    assertThat(checked).isEqualTo(ENDPOINTS.size() * 5);
  }

  @Test
  void anInvestigatorCannotReadAnotherInvestigatorsCase() throws Exception {
    long id =
        intakes
            .manual(intake, "Hồ sơ riêng", "Công ty Riêng " + UUID.randomUUID(), null, null, false)
            .caseId();
    cases.assign(
        intake, id, cases.find(id).orElseThrow().version(), investigator.id(), supervisor.id());
    assertThat(
            mvc.perform(get("/api/v1/cases/" + id).with(user(otherInvestigator)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    String list =
        mvc.perform(get("/api/v1/cases").with(user(otherInvestigator)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).doesNotContain("\"id\":" + id + ",");
    String own =
        mvc.perform(get("/api/v1/cases").with(user(investigator)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(own).contains("\"id\":" + id + ",");
  }
}
