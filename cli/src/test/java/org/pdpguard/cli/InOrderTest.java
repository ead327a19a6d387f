package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void appliesEventsInSlotOrderWhateverOrderTheyArriveIn() throws Exception {
    int slots = 60;
    List<String> applied = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    InOrder order = new InOrder(slots, 8, done -> {});
    ExecutorService pool = Executors.newFixedThreadPool(6);
    for (int s = 0; s < slots; s++) {
      int events = s % 5;
      for (int e = 0; e < events; e++) {
        expected.add(s + ":" + e);
      }
      order.awaitTurn(s);
      int slot = s;
      long seed = s;
      pool.execute(
          () -> {
            Random random = new Random(seed);
            try {
              for (int e = 0; e < events; e++) {
                Thread.sleep(random.nextInt(3));
                String name = slot + ":" + e;
                order.deliver(slot, () -> applied.add(name));
              }
            } catch (InterruptedException x) {
              Thread.currentThread().interrupt();
            } finally {
              order.finish(slot);
            }
          });
    }
    order.awaitAll();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(applied).containsExactlyElementsOf(expected);
  }

  @Test
  void stopsApplyingAfterTheFirstFailureAndRethrowsIt() throws Exception {
    InOrder order = new InOrder(3, 3, done -> {});
    List<Integer> applied = new ArrayList<>();
    order.deliver(1, () -> applied.add(1));
    order.deliver(
        0,
        () -> {
          throw new IOException("disk full");
        });
    order.finish(0);
    order.finish(1);
    order.finish(2);
    order.awaitAll();
    assertThat(order.failed()).isTrue();
    assertThat(applied).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(order::rethrow).hasMessage("disk full");
  }
}
