package org.pdpguard.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pdpguard.cases.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

class AuditTrailTest extends ServiceTest {
  @Autowired AuditLog audit;
  @Autowired AuditKeyHolder key;
  @Autowired DataSource ds;

  AuditVerifier.Result verify() throws Exception {
    try (Connection c = ds.getConnection()) {
      return AuditVerifier.verify(c, key.key());
    }
  }

  @Test
  void verifiesAnIntactTrailAndFindsAChangedRow() throws Exception {
    long seq = audit.append("t", "test.change", "case:0", Map.of("n", 1));
    audit.append("t", "test.next", "case:0", Map.of("n", 2));
    AuditVerifier.Result ok = verify();
    assertThat(ok.ok()).as(ok.message()).isTrue();
    assertThat(ok.message()).startsWith("ok ");

    db.sql("UPDATE audit_log SET details = '{\"n\":9}' WHERE seq = ?").param(seq).update();
    try {
      AuditVerifier.Result broken = verify();
      assertThat(broken.ok()).isFalse();
      assertThat(broken.brokenSeq()).isEqualTo(seq);
      assertThat(broken.problem()).contains("HMAC");
    } finally {
      db.sql("UPDATE audit_log SET details = '{\"n\":1}' WHERE seq = ?").param(seq).update();
    }
    assertThat(verify().ok()).isTrue();
  }

  @Test
  void findsADeletedRowAndATruncatedTail() throws Exception {
    long seq = audit.append("t", "test.delete", "case:0", Map.of("n", 1));
    long last = audit.append("t", "test.last", "case:0", Map.of());
    Map<String, Object> row =
        db.sql("SELECT * FROM audit_log WHERE seq = ?").param(seq).query().singleRow();
    Map<String, Object> tail =
        db.sql("SELECT * FROM audit_log WHERE seq = ?").param(last).query().singleRow();
    db.sql("DELETE FROM audit_log WHERE seq IN (?, ?)").params(seq, last).update();
    try {
      AuditVerifier.Result missing = verify();
      assertThat(missing.ok()).isFalse();
      assertThat(missing.brokenSeq()).isEqualTo(seq);
      assertThat(missing.problem()).contains("missing");
    } finally {
      for (Map<String, Object> r : new Map[] {row}) {
        reinsert(r);
      }
    }
    AuditVerifier.Result truncated = verify();
    assertThat(truncated.brokenSeq()).isEqualTo(last);
    reinsert(tail);
    assertThat(verify().ok()).isTrue();
  }

  private void reinsert(Map<String, Object> r) {
    db.sql(
            "INSERT INTO audit_log (seq, at, actor, action, entity, details, prev_hash, hmac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            r.get("seq"),
            r.get("at"),
            r.get("actor"),
            r.get("action"),
            r.get("entity"),
            r.get("details"),
            r.get("prev_hash"),
            r.get("hmac"))
        .update();
  }
}
