package org.pdpguard.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pdpguard.cases.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationsTest extends ServiceTest {
  @Autowired Intakes intakes;

  /** Found by the load run: two intakes naming a new organisation at once made one a 500. */
  @Test
  void intakesNamingTheSameNewOrganisationAtOnceAllSucceedWithOneOrganisation() throws Exception {
    String org = "Công ty Đồng Thời " + UUID.randomUUID();
    int n = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Intakes.Result>> done = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  return intakes.manual(intake, "Đồng thời", org, null, null, false);
                }));
      }
      start.countDown();
      for (Future<Intakes.Result> f : done) {
        assertThat(f.get().caseId()).isPositive();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            db.sql("SELECT COUNT(*) FROM organisations WHERE name_key = ?")
                .param(Organisations.key(org))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
