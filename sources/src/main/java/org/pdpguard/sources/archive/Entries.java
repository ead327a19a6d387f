package org.pdpguard.sources.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;

/**
 * What every archive reader does with its entries: check the path, send the entry's bytes through a
 * {@link Guard} to {@link Units#nested}, and report what cannot be read. One per archive read.
 */
final class Entries {
  static final String STOPPED =
      "đã dừng đọc tệp nén, các mục còn lại không được đọc"
          + " / stopped reading the archive; remaining entries not read";
  static final String ENCRYPTED = "mục bị mã hoá / encrypted entry";

  private final Content archive;
  private final Units units;
  private final Budget budget;
  private final SourceSettings settings;

  Entries(Content archive, Units units, Budget budget) {
    this.archive = archive;
    this.units = units;
    this.budget = budget;
    this.settings = units.settings();
  }

  /** The entry's checked path, or null when it is unsafe (then reported). */
  String path(String raw) throws IOException {
    String path = EntryPaths.safe(raw);
    if (path == null) {
      units.error(archive.name() + "!/" + EntryPaths.shown(raw), EntryPaths.UNSAFE);
    }
    return path;
  }

  /** The name reports give the entry at {@code path}. */
  String name(String path) {
    return archive.name() + "!/" + path;
  }

  /** Reports a part of the archive that cannot be read. */
  void error(String path, String message) throws IOException {
    units.error(name(path), message);
  }

  /** Reports a part of the archive left out on purpose. */
  void skipped(String path, String reason) throws IOException {
    units.skipped(name(path), reason);
  }

  /** True, after reporting it, when the entry's declared size is past the entry limit. */
  boolean tooLarge(String path, long declared) throws IOException {
    if (declared <= settings.maxEntryBytes()) {
      return false;
    }
    error(path, LimitExceeded.entry(settings.maxEntryBytes()).getMessage());
    return true;
  }

  /**
   * A guard over an entry's bytes.
   *
   * @param counted whether the bytes count against the budget (not when a guard below the archive
   *     already counts them)
   * @param compressed the entry's compressed bytes consumed so far, or null when stored as is
   */
  Guard guard(InputStream data, boolean counted, LongSupplier compressed) {
    return new Guard(
        data, settings.maxEntryBytes(), counted ? budget : null, compressed, settings.maxRatio());
  }

  /** Dispatches the entry at {@code path} to the reader that takes it. */
  void send(String path, long size, Guard data) throws IOException {
    units.nested(archive.child(path, size), data);
  }

  /**
   * True, after reporting it once for all archives sharing the budget, when the budget is spent.
   */
  boolean outOfBudget() throws IOException {
    if (!budget.exhausted()) {
      return false;
    }
    stop();
    return true;
  }

  /**
   * Reports that the rest of the archive is not read; once only for all archives sharing the budget
   * when it is spent.
   */
  void stop() throws IOException {
    if (!budget.exhausted() || budget.reportStop()) {
      units.error(archive.name(), STOPPED);
    }
  }

  /**
   * The failure of the whole archive for an error of the archive stream: a limit passed below it
   * stays what it is, anything else is a damaged archive.
   */
  static IOException damaged(IOException e) {
    if (e instanceof LimitExceeded || e instanceof Damaged) {
      return e;
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (detail.length() > 160) {
      detail = detail.substring(0, 160) + "…";
    }
    return new Damaged(
        "tệp nén hỏng hoặc bị cắt cụt / corrupt or truncated archive ("
            + EntryPaths.shown(detail)
            + ")",
        e);
  }

  /** A damaged archive, reported once whatever the number of streams it goes through. */
  static final class Damaged extends IOException {
    private static final long serialVersionUID = 1L;

    Damaged(String message, IOException cause) {
      super(message, cause);
    }
  }
}
