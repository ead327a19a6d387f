package org.pdpguard.core.stream;

import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, with its failure rethrown as it was. */
public final class Futures {
  private Futures() {}

  /**
   * The result of {@code f}, waiting for it. A {@link RuntimeException} or {@link Error} thrown by
   * the work is rethrown unchanged, so that the caller reports it as if it had run the work itself.
   *
   * @throws InterruptedIOException when the waiting thread is interrupted (its flag is set again)
   */
  public static <T> T await(Future<T> f) throws InterruptedIOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for detection");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
