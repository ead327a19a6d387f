package org.pdpguard.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pdpguard.cases.ServiceTest;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page's forms: CSRF, stale versions, and the intake of a data subject's request. */
class CasePagesTest extends ServiceTest {
  @Autowired Intakes intakes;
  @Autowired Cases cases;

  long newCase() {
    return intakes
        .manual(intake, "Trang hồ sơ", "Công ty Trang " + UUID.randomUUID(), null, null, false)
        .caseId();
  }

  @Test
  void aCaseFormWithoutCsrfTokenIsRefused() throws Exception {
    long id = newCase();
    mvc.perform(post("/cases/" + id + "/comments").param("body", "x").with(user(supervisor)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/cases/" + id + "/comments")
                .param("body", "x")
                .with(user(supervisor))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void aStaleFormAnswersConflictWithAPageAskingToReload() throws Exception {
    long id = newCase();
    long version = cases.find(id).orElseThrow().version();
    mvc.perform(
            post("/cases/" + id + "/state")
                .with(user(intake))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("target", "TRIAGE"))
        .andExpect(status().is3xxRedirection());
    String page =
        mvc.perform(
                post("/cases/" + id + "/assign")
                    .with(user(intake))
                    .with(csrf())
                    .param("version", String.valueOf(version))
                    .param("assignee", String.valueOf(investigator.id())))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("<html").contains("tải lại");
  }

  @Test
  void theCasePageOffersOnlyTheMovesTheUserMayMake() throws Exception {
    long id = newCase();
    String asIntake =
        mvc.perform(get("/cases/" + id).with(user(intake)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asIntake).contains("id=\"to-TRIAGE\"").contains("id=\"assign\"");
    String asAdmin =
        mvc.perform(get("/cases/" + id).with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asAdmin)
        .doesNotContain("id=\"to-TRIAGE\"")
        .doesNotContain("id=\"assign\"")
        .doesNotContain("id=\"comment\"");
  }

  @Test
  void aDeletionRequestReceivedOnFridayIsAcknowledgedByTuesdayAndPerformedInTwentyDays()
      throws Exception {
    String org = "Công ty Yêu Cầu Xóa " + UUID.randomUUID();
    String location =
        mvc.perform(
                post("/requests")
                    .with(user(intake))
                    .with(csrf())
                    .param("organisation", org)
                    .param("requestType", "DELETE")
                    .param("receivedAt", "2026-03-06T10:00")
                    .param("details", "Đề nghị xóa dữ liệu cá nhân của tôi"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Map<String, Instant> due = new java.util.HashMap<>();
    db.sql("SELECT kind, due_at FROM obligations WHERE case_id = ?")
        .param(id)
        .query(
            (rs, i) -> due.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list();
    // Two working days: Monday 9 and Tuesday 10 March, ending at midnight in Hanoi.
    assertThat(due.get("dsr.acknowledge")).isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
    // Twenty days from Friday 6 March: the 26th is the last day.
    assertThat(due.get("dsr.perform.delete")).isEqualTo(Instant.parse("2026-03-26T17:00:00Z"));
    assertThat(cases.find(id).orElseThrow().kind()).isEqualTo("REQUEST");
  }

  @Test
  void aRequestReceivedInTheFutureIsRefused() throws Exception {
    mvc.perform(
            post("/requests")
                .with(user(intake))
                .with(csrf())
                .param("organisation", "Công ty Tương Lai " + UUID.randomUUID())
                .param("requestType", "DELETE")
                .param("receivedAt", "2099-01-01T10:00")
                .param("details", "x"))
        .andExpect(status().isBadRequest());
  }
}
