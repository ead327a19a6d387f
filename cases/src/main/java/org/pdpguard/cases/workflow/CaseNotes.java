package org.pdpguard.cases.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.cases.audit.AuditLog;
import org.pdpguard.cases.user.CaseUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The comment and communication log of a case, and its tasks. */
@Service
public class CaseNotes {
  private final JdbcClient db;
  private final Cases cases;
  private final AuditLog audit;
  private final Clock clock;

  public CaseNotes(JdbcClient db, Cases cases, AuditLog audit, Clock clock) {
    this.db = db;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  public record Note(long id, String kind, String author, String body, Instant at) {}

  public record Task(long id, String title, Long assigneeId, Instant dueAt, Instant doneAt) {}

  @Transactional
  public long comment(CaseUser user, long caseId, String kind, String body) {
    CaseRecord c = cases.get(user, caseId);
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    if (body == null || body.isBlank() || body.length() > 20_000) {
      throw CaseProblem.bad("nội dung trống hoặc quá dài / empty or too long");
    }
    String k = "COMMUNICATION".equals(kind) ? "COMMUNICATION" : "COMMENT";
    db.sql("INSERT INTO comments (case_id, kind, author_id, body, at) VALUES (?, ?, ?, ?, ?)")
        .params(caseId, k, user.id(), body, OffsetDateTime.now(clock))
        .update();
    long id =
        db.sql("SELECT MAX(id) FROM comments WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    audit.append(
        user.username(), "case.comment", Cases.entity(caseId), Map.of("comment", id, "kind", k));
    return id;
  }

  public List<Note> notes(long caseId) {
    return db.sql(
            "SELECT m.id, m.kind, u.username, m.body, m.at FROM comments m LEFT JOIN users u ON"
                + " u.id = m.author_id WHERE m.case_id = ? ORDER BY m.id")
        .param(caseId)
        .query(
            (rs, i) ->
                new Note(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Cases.instant(rs, 5)))
        .list();
  }

  @Transactional
  public long task(CaseUser user, long caseId, String title, Long assignee, Instant due) {
    CaseRecord c = cases.get(user, caseId);
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    if (title == null || title.isBlank() || title.length() > 300) {
      throw CaseProblem.bad("tiêu đề không hợp lệ / bad title");
    }
    db.sql(
            "INSERT INTO tasks (case_id, title, assignee_id, due_at, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(caseId, title, assignee, Cases.at(due), OffsetDateTime.now(clock))
        .update();
    long id =
        db.sql("SELECT MAX(id) FROM tasks WHERE case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    Map<String, Object> d = new HashMap<>();
    d.put("task", id);
    d.put("assignee", assignee);
    audit.append(user.username(), "task.create", Cases.entity(caseId), d);
    return id;
  }

  @Transactional
  public void done(CaseUser user, long caseId, long taskId) {
    CaseRecord c = cases.get(user, caseId);
    if (!CaseAccess.canWork(user, c)) {
      throw CaseProblem.forbidden();
    }
    int n =
        db.sql("UPDATE tasks SET done_at = ? WHERE id = ? AND case_id = ? AND done_at IS NULL")
            .params(OffsetDateTime.now(clock), taskId, caseId)
            .update();
    if (n == 0) {
      throw CaseProblem.notFound();
    }
    audit.append(user.username(), "task.done", Cases.entity(caseId), Map.of("task", taskId));
  }

  public List<Task> tasks(long caseId) {
    return db.sql(
            "SELECT id, title, assignee_id, due_at, done_at FROM tasks WHERE case_id = ? ORDER BY id")
        .param(caseId)
        .query(
            (rs, i) ->
                new Task(
                    rs.getLong(1),
                    rs.getString(2),
                    Cases.longOrNull(rs, 3),
                    Cases.instant(rs, 4),
                    Cases.instant(rs, 5)))
        .list();
  }
}
