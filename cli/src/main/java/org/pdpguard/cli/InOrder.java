package org.pdpguard.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts events from sources scanned in parallel back into walk order. Slot {@code i} is the i-th
 * source. The head slot (the first one not finished) applies its events at once, so the file at the
 * front streams straight to the report; later slots buffer theirs until they become the head. All
 * events are applied under this object's lock, one at a time.
 *
 * <p>Memory: what later slots buffer grows with their findings while the head is slow (a very large
 * file at the front holds back small files behind it). The caller bounds it by starting at most
 * {@code window} slots beyond the head ({@link #awaitTurn}); findings of those slots stay in memory
 * until their turn.
 */
final class InOrder {
  /** Something to write or count, in order. */
  interface Event {
    void apply() throws IOException;
  }

  /** Called under the lock after the head moves, e.g. to redraw a progress line. */
  interface Listener {
    void advanced(int finished) throws IOException;
  }

  private final List<List<Event>> pending;
  private final boolean[] done;
  private final int window;
  private final Listener listener;
  private int head;
  private IOException failure;

  InOrder(int slots, int window, Listener listener) {
    this.pending = new ArrayList<>(slots);
    for (int i = 0; i < slots; i++) {
      pending.add(null);
    }
    this.done = new boolean[slots];
    this.window = Math.max(1, window);
    this.listener = listener;
  }

  /** Waits until {@code slot} is within the window after the head. */
  synchronized void awaitTurn(int slot) throws InterruptedException {
    while (slot >= head + window) {
      wait();
    }
  }

  /** Waits until every slot has finished and been applied. */
  synchronized void awaitAll() throws InterruptedException {
    while (head < done.length) {
      wait();
    }
  }

  /** True once applying an event failed; scanning should stop. */
  synchronized boolean failed() {
    return failure != null;
  }

  /** The first failure of an event, if any. */
  synchronized void rethrow() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  synchronized void deliver(int slot, Event e) {
    if (slot == head) {
      apply(e);
    } else {
      if (pending.get(slot) == null) {
        pending.set(slot, new ArrayList<>());
      }
      pending.get(slot).add(e);
    }
  }

  /** Marks {@code slot} finished: no more events will come from it. */
  synchronized void finish(int slot) {
    done[slot] = true;
    int before = head;
    while (head < done.length && done[head]) {
      drain(head);
      head++;
      if (head < done.length) {
        drain(head);
      }
    }
    if (head != before) {
      notifyAll();
      if (failure == null) {
        try {
          listener.advanced(head);
        } catch (IOException e) {
          failure = e;
        }
      }
    }
  }

  private void drain(int slot) {
    List<Event> events = pending.get(slot);
    if (events != null) {
      pending.set(slot, null);
      events.forEach(this::apply);
    }
  }

  private void apply(Event e) {
    if (failure != null) {
      return;
    }
    try {
      e.apply();
    } catch (IOException x) {
      failure = x;
    }
  }
}
