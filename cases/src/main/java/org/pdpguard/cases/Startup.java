package org.pdpguard.cases;

import org.pdpguard.cases.clock.Obligations;
import org.pdpguard.cases.evidence.EvidenceStore;
import org.pdpguard.cases.evidence.Reconciler;
import org.pdpguard.cases.user.Role;
import org.pdpguard.cases.user.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start: the first administrator (its one-time password printed once, to be changed at first
 * sign-in) and the evidence reconciliation. Then reminders every few minutes.
 */
@Component
public class Startup implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private final Users users;
  private final EvidenceStore store;
  private final JdbcClient db;
  private final Obligations obligations;

  public Startup(Users users, EvidenceStore store, JdbcClient db, Obligations obligations) {
    this.users = users;
    this.store = store;
    this.db = db;
    this.obligations = obligations;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!users.any()) {
      String password = Users.randomPassword();
      users.create("system", "admin", "Quản trị viên / Administrator", Role.ADMIN, password, true);
      // Printed once, to the console only (never to the log file): it must be changed at first
      // sign-in.
      System.out.println(
          "pdpguard: tài khoản quản trị / administrator: admin, mật khẩu dùng một lần / one-time password: "
              + password);
    }
    Reconciler.Report r = Reconciler.run(store, db);
    if (!r.removed().isEmpty() || !r.missing().isEmpty()) {
      LOG.warn(
          "evidence reconciliation: {} orphan files removed, {} recorded files missing: {}",
          r.removed().size(),
          r.missing().size(),
          r.missing());
    }
  }

  @Scheduled(
      fixedDelayString = "${pdpguard.remind-every:PT5M}",
      initialDelayString = "${pdpguard.remind-every:PT5M}")
  public void remind() {
    obligations.remind();
  }
}
