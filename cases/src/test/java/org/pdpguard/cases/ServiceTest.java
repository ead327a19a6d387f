package org.pdpguard.cases;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Role;
import org.pdpguard.cases.user.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the service tests: the whole application on an in-memory H2 in PostgreSQL mode (or on
 * PostgreSQL when a subclass says so), a clock the tests move, and one user per role. The context
 * is shared by every test class, so tests create their own cases and never count all rows.
 */
@SpringBootTest(
    properties = {
      "pdpguard.db-url=jdbc:h2:mem:cases-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "pdpguard.data=target/test-data",
      "pdpguard.max-upload-bytes=100000",
      "spring.servlet.multipart.max-file-size=200KB",
      "pdpguard.remind-every=PT1000H"
    })
@AutoConfigureMockMvc
@Import(ServiceTest.TestClock.class)
public abstract class ServiceTest {
  /** Near the real time, so file times and record times compare sensibly. */
  public static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected Users users;
  @Autowired protected JdbcClient db;

  protected CaseUser admin;
  protected CaseUser intake;
  protected CaseUser investigator;
  protected CaseUser otherInvestigator;
  protected CaseUser supervisor;
  protected CaseUser supervisor2;

  @BeforeEach
  void usersPerRole() {
    admin = account("t-admin", Role.ADMIN);
    intake = account("t-intake", Role.INTAKE);
    investigator = account("t-inv", Role.INVESTIGATOR);
    otherInvestigator = account("t-inv2", Role.INVESTIGATOR);
    supervisor = account("t-sup", Role.SUPERVISOR);
    supervisor2 = account("t-sup2", Role.SUPERVISOR);
  }

  protected CaseUser account(String name, Role role) {
    return users
        .byUsername(name)
        .orElseGet(
            () ->
                users
                    .byId(
                        users.create(
                            "test", name, name, role, "mật-khẩu-thử-nghiệm-" + name, false))
                    .orElseThrow());
  }
}
