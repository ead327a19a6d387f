package org.pdpguard.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pdpguard.cases.ServiceTest;
import org.pdpguard.cases.evidence.EvidenceStore;
import org.pdpguard.cases.evidence.Reconciler;
import org.pdpguard.cases.user.CaseUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CaseServiceFlowTest extends ServiceTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String REPORT =
      "{\"kind\":\"finding\",\"source\":\"a.csv\",\"type\":\"VN_CCCD\",\"value\":\"079*******34\"}\n"
          + "{\"kind\":\"violation\",\"rule\":\"VN-SENSITIVE-UNPROTECTED\",\"severity\":\"high\",\"source\":\"a.csv\","
          + "\"regime\":\"law91\",\"basis\":[{\"text\":{\"vi\":\"Điều 4 khoản 2 Nghị định 356/2025/NĐ-CP\",\"en\":\"x\"}}]}\n"
          + "{\"kind\":\"summary\",\"schema\":1,\"findings\":1}\n";

  @Autowired EvidenceStore store;

  JsonNode json(MvcResult r) throws Exception {
    return JSON.readTree(r.getResponse().getContentAsByteArray());
  }

  MockHttpServletRequestBuilder postJson(String url, CaseUser u, Object body) throws Exception {
    return post(url)
        .with(user(u))
        .contentType(MediaType.APPLICATION_JSON)
        .content(JSON.writeValueAsBytes(body));
  }

  long newCase(String org) throws Exception {
    var body = java.util.Map.of("title", "Vụ việc thử", "organisation", org, "breach", false);
    return json(mvc.perform(postJson("/api/v1/cases", intake, body))
            .andExpect(status().isCreated())
            .andReturn())
        .get("caseId")
        .asLong();
  }

  long version(long id, CaseUser u) throws Exception {
    return json(mvc.perform(get("/api/v1/cases/" + id).with(user(u)))
            .andExpect(status().isOk())
            .andReturn())
        .get("case")
        .get("version")
        .asLong();
  }

  @Test
  void complaintFormWithoutCsrfTokenIsRejectedAndWithItOpensACase() throws Exception {
    mvc.perform(
            post("/complaint")
                .param("organisation", "Công ty A")
                .param("description", "Lộ dữ liệu"))
        .andExpect(status().isForbidden());
    String page =
        mvc.perform(
                post("/complaint")
                    .with(csrf())
                    .param("organisation", "Công ty Khiếu Nại " + UUID.randomUUID())
                    .param("description", "Gọi điện quảng cáo"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("PDP-");
  }

  @Test
  void breachFormStartsTheSeventyTwoHourClockFromDiscovery() throws Exception {
    String org = "Công ty Vi Phạm " + UUID.randomUUID();
    mvc.perform(
            post("/breach")
                .with(csrf())
                .param("organisation", org)
                .param("occurredAt", "2026-03-01T08:00")
                .param("discoveredAt", "2026-03-02T09:00")
                .param("place", "Hà Nội")
                .param("act", "Lộ cơ sở dữ liệu khách hàng")
                .param("dataTypes", "họ tên, số điện thoại")
                .param("dataAmount", "1200")
                .param("contactName", "Nguyễn Văn Thử")
                .param("consequences", "Lừa đảo")
                .param("measures", "Đổi mật khẩu"))
        .andExpect(status().isOk());
    Long caseId =
        db.sql(
                "SELECT c.id FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = ?")
            .param(org)
            .query(Long.class)
            .single();
    var due =
        db.sql("SELECT due_at FROM obligations WHERE case_id = ?")
            .param(caseId)
            .query(java.time.OffsetDateTime.class)
            .single();
    assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-03-05T02:00:00Z"));
    assertThat(
            db.sql("SELECT regime FROM cases WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single())
        .isEqualTo("law91");
  }

  @Test
  void breachFormMissingLegalFieldsIsShownAgain() throws Exception {
    mvc.perform(post("/breach").with(csrf()).param("organisation", "X")).andExpect(status().isOk());
    assertThat(
            db.sql("SELECT COUNT(*) FROM organisations WHERE name = 'X'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void importsAReportWithBasicAuthStoresItAsEvidenceAndFlagsADuplicate() throws Exception {
    users.changePassword(intake, "mật-khẩu-thử-nghiệm-t-intake");
    String org = "Công ty Báo Cáo " + UUID.randomUUID();
    JsonNode first =
        json(
            mvc.perform(
                    post("/api/v1/reports")
                        .with(httpBasic("t-intake", "mật-khẩu-thử-nghiệm-t-intake"))
                        .param("organisation", org)
                        .param("name", "scan.jsonl")
                        .contentType("application/x-ndjson")
                        .content(REPORT))
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(first.get("violations").asInt()).isEqualTo(1);
    long caseId = first.get("caseId").asLong();
    assertThat(
            db.sql("SELECT rule_id FROM violations WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .single())
        .isEqualTo("VN-SENSITIVE-UNPROTECTED");
    assertThat(
            db.sql("SELECT COUNT(*) FROM evidence WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    JsonNode second =
        json(
            mvc.perform(
                    post("/api/v1/reports")
                        .with(user(intake))
                        .param("organisation", org)
                        .contentType("application/x-ndjson")
                        .content(REPORT))
                .andExpect(status().isCreated())
                .andReturn());
    assertThat(second.get("duplicateOf").asLong()).isEqualTo(caseId);

    long dup = second.get("caseId").asLong();
    mvc.perform(
            postJson(
                "/api/v1/cases/" + dup + "/merge",
                supervisor,
                java.util.Map.of("into", caseId, "version", version(dup, supervisor))))
        .andExpect(status().isOk());
    assertThat(
            db.sql("SELECT COUNT(*) FROM intakes WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            db.sql("SELECT COUNT(*) FROM evidence WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            db.sql("SELECT state FROM cases WHERE id = ?").param(dup).query(String.class).single())
        .isEqualTo("CLOSED");
  }

  @Test
  void rejectsSomethingThatIsNotAReport() throws Exception {
    mvc.perform(
            post("/api/v1/reports")
                .with(user(intake))
                .contentType("application/json")
                .content("{\"hello\":1}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/reports")
                .with(user(intake))
                .contentType("application/json")
                .content("{\"kind\":\"finding\"}\n"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void twoConcurrentEditsOfOneVersionGiveOneConflictAndNoLostUpdate() throws Exception {
    long id = newCase("Công ty Khóa " + UUID.randomUUID());
    long v = version(id, intake);
    var a =
        java.util.Map.of("assignee", investigator.id(), "reviewer", supervisor.id(), "version", v);
    var b =
        java.util.Map.of(
            "assignee", otherInvestigator.id(), "reviewer", supervisor.id(), "version", v);
    mvc.perform(postJson("/api/v1/cases/" + id + "/assign", intake, a)).andExpect(status().isOk());
    mvc.perform(postJson("/api/v1/cases/" + id + "/assign", supervisor, b))
        .andExpect(status().isConflict());
    assertThat(
            db.sql("SELECT assignee_id FROM cases WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(investigator.id());
  }

  @Test
  void rejectsAnOversizedUpload() throws Exception {
    long id = newCase("Công ty Tệp " + UUID.randomUUID());
    var big =
        new MockMultipartFile("file", "big.bin", "application/octet-stream", new byte[150_000]);
    mvc.perform(multipart("/api/v1/cases/" + id + "/evidence").file(big).with(user(intake)))
        .andExpect(status().isPayloadTooLarge());
    assertThat(
            db.sql("SELECT COUNT(*) FROM evidence WHERE case_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void walksACaseToADecisionWithAFineInRangeAndAPdf() throws Exception {
    long id = newCase("Công ty Quyết Định " + UUID.randomUUID());
    mvc.perform(
            postJson(
                "/api/v1/cases/" + id + "/assign",
                intake,
                java.util.Map.of(
                    "assignee",
                    investigator.id(),
                    "reviewer",
                    supervisor.id(),
                    "version",
                    version(id, intake))))
        .andExpect(status().isOk());
    mvc.perform(
            postJson(
                "/api/v1/cases/" + id + "/state",
                intake,
                java.util.Map.of("target", "INVESTIGATION", "version", version(id, intake))))
        .andExpect(status().isConflict());
    for (String s : new String[] {"TRIAGE", "INVESTIGATION"}) {
      mvc.perform(
              postJson(
                  "/api/v1/cases/" + id + "/state",
                  intake,
                  java.util.Map.of("target", s, "version", version(id, intake))))
          .andExpect(status().isOk());
    }
    for (String s : new String[] {"NOTIFIED", "DECISION"}) {
      mvc.perform(
              postJson(
                  "/api/v1/cases/" + id + "/state",
                  investigator,
                  java.util.Map.of("target", s, "version", version(id, investigator))))
          .andExpect(status().isOk());
    }
    var tooHigh =
        java.util.Map.of(
            "outcome",
            "CONFIRMED",
            "reason",
            "Không mã hóa",
            "ruleId",
            "VN-SENSITIVE-UNPROTECTED",
            "offender",
            "ORGANISATION",
            "fine",
            3_500_000_000L);
    mvc.perform(postJson("/api/v1/cases/" + id + "/decisions", investigator, tooHigh))
        .andExpect(status().isBadRequest());
    var ok = new java.util.HashMap<String, Object>(tooHigh);
    ok.put("fine", 25_000_000L);
    long decision =
        json(mvc.perform(postJson("/api/v1/cases/" + id + "/decisions", investigator, ok))
                .andExpect(status().isCreated())
                .andReturn())
            .get("id")
            .asLong();
    mvc.perform(
            postJson(
                "/api/v1/cases/" + id + "/state",
                supervisor,
                java.util.Map.of("target", "REMEDIATION", "version", version(id, supervisor))))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/api/v1/cases/" + id + "/decisions/" + decision + "/approve")
                .with(user(investigator)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/cases/" + id + "/decisions/" + decision + "/approve")
                .with(user(supervisor)))
        .andExpect(status().isOk());
    mvc.perform(
            postJson(
                "/api/v1/cases/" + id + "/state",
                supervisor,
                java.util.Map.of("target", "REMEDIATION", "version", version(id, supervisor))))
        .andExpect(status().isOk());
    byte[] pdf =
        mvc.perform(
                get("/api/v1/cases/" + id + "/decisions/" + decision + "/pdf")
                    .with(user(supervisor)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text =
        new org.apache.pdfbox.text.PDFTextStripper().getText(org.apache.pdfbox.Loader.loadPDF(pdf));
    assertThat(text).contains("QUYẾT ĐỊNH").contains("Điều 4 khoản 2 Nghị định 356/2025");
  }

  @Test
  void overdueBreachObligationIsListedAndRemindedOnce() throws Exception {
    Instant now = CLOCK.instant();
    var body = new java.util.HashMap<String, Object>();
    body.put("title", "Sự cố");
    body.put("organisation", "Công ty Hạn " + UUID.randomUUID());
    body.put("breach", true);
    body.put("discoveredAt", now.minus(Duration.ofHours(70)).toString());
    long id =
        json(mvc.perform(postJson("/api/v1/cases", intake, body))
                .andExpect(status().isCreated())
                .andReturn())
            .get("caseId")
            .asLong();
    String list =
        mvc.perform(get("/api/v1/obligations/attention").with(user(intake)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("\"caseId\":" + id).contains("DUE_SOON");
    CLOCK.advance(Duration.ofHours(3));
    try {
      list =
          mvc.perform(get("/api/v1/obligations/attention").with(user(intake)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(list).contains("OVERDUE");
      long obligation =
          db.sql("SELECT id FROM obligations WHERE case_id = ?")
              .param(id)
              .query(Long.class)
              .single();
      mvc.perform(
              postJson(
                  "/api/v1/obligations/" + obligation + "/not-required",
                  intake,
                  java.util.Map.of("reason", "")))
          .andExpect(status().isBadRequest());
      mvc.perform(
              postJson(
                  "/api/v1/obligations/" + obligation + "/met",
                  intake,
                  java.util.Map.of("metAt", CLOCK.instant().toString())))
          .andExpect(status().isOk());
      assertThat(
              db.sql("SELECT late_by_seconds FROM obligations WHERE id = ?")
                  .param(obligation)
                  .query(Long.class)
                  .single())
          .isEqualTo(3600L);
    } finally {
      CLOCK.advance(Duration.ofHours(-3));
    }
  }

  @Test
  void crashBetweenFileAndRecordLeavesNoOrphanAfterReconciliation() throws Exception {
    var orphan =
        store.store(new ByteArrayInputStream(("crash " + UUID.randomUUID()).getBytes()), 1000);
    java.nio.file.Files.setLastModifiedTime(
        store.resolve(orphan.path()),
        java.nio.file.attribute.FileTime.from(CLOCK.instant().minusSeconds(60)));
    long id = newCase("Công ty Sự Cố " + UUID.randomUUID());
    var file =
        new MockMultipartFile(
            "file", "bien-ban.txt", "text/plain", ("biên bản " + UUID.randomUUID()).getBytes());
    mvc.perform(multipart("/api/v1/cases/" + id + "/evidence").file(file).with(user(intake)))
        .andExpect(status().isCreated());
    Reconciler.Report r = Reconciler.run(store, db);
    assertThat(r.removed()).contains(orphan.path());
    assertThat(java.nio.file.Files.exists(store.resolve(orphan.path()))).isFalse();
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
    CaseUser fresh =
        users
            .byId(
                users.create(
                    "test",
                    "t-new-" + UUID.randomUUID().toString().substring(0, 8),
                    "n",
                    org.pdpguard.cases.user.Role.INTAKE,
                    "một-lần-" + UUID.randomUUID(),
                    true))
            .orElseThrow();
    mvc.perform(get("/api/v1/cases").with(user(fresh))).andExpect(status().isForbidden());
    mvc.perform(get("/").with(user(fresh)))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/password"));
  }
}
