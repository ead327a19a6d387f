package org.pdpguard.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;

/**
 * Remembers what the scan of a file reported, keyed by a SHA-256 of its bytes and a fingerprint of
 * everything else that shapes the result (engine build, options, configuration), so that a rescan
 * of an unchanged tree reads each file once to hash it instead of scanning it. A renamed or copied
 * file hits the same entry.
 *
 * <p>The cache never holds raw personal data: values are stored masked (by the function given), and
 * callers bypass the cache when raw values are asked for. Only files are cached (not standard input
 * or databases); a file whose size or modification time changed during its scan, a scan that
 * failed, and one with more than {@link #MAX_EVENTS} events are not stored. Entries are written to
 * a temporary file and moved into place, so that concurrent scans never read half an entry; an
 * entry that cannot be parsed is ignored and rewritten. Thread-safe.
 */
public final class ScanCache {
  /** Events kept for one file at most; beyond this the file is scanned every time. */
  public static final int MAX_EVENTS = 100_000;

  private final Path dir;
  private final String fingerprint;
  private final BiFunction<EntityType, String, String> mask;
  private final JsonFactory json = new JsonFactory();

  /**
   * @param dir folder of the entries (created when needed)
   * @param fingerprint what besides the bytes decides the result; part of every key
   * @param mask the masked form of a value of a type, as stored
   */
  public ScanCache(Path dir, String fingerprint, BiFunction<EntityType, String, String> mask) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.mask = mask;
  }

  /** Scans {@code source} with {@code scanner}, or replays its cached events. */
  public SourceScanner.Outcome scan(SourceScanner scanner, Source source, ScanEvents events) {
    Path path = source.path();
    if (path == null) {
      return scanner.scan(source, events);
    }
    BasicFileAttributes before;
    Path entry;
    try {
      before = Files.readAttributes(path, BasicFileAttributes.class);
      if (!before.isRegularFile()) {
        return scanner.scan(source, events);
      }
      entry = entryFor(path);
    } catch (IOException e) {
      return scanner.scan(source, events); // the scan reports why the file cannot be read
    }
    try {
      SourceScanner.Outcome cached = replay(entry, source.name(), events);
      if (cached != null) {
        return cached;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Recording recording = new Recording(source.name(), events);
    SourceScanner.Outcome o = scanner.scan(source, recording);
    if (o.error() == null && !recording.overflow && unchanged(path, before)) {
      store(entry, recording, o);
    }
    return o;
  }

  private static boolean unchanged(Path path, BasicFileAttributes before) {
    try {
      BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
      return after.size() == before.size()
          && after.lastModifiedTime().equals(before.lastModifiedTime());
    } catch (IOException e) {
      return false;
    }
  }

  private Path entryFor(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
    String hex = HexFormat.of().formatHex(sha.digest());
    return dir.resolve(hex.substring(0, 2)).resolve(hex + ".jsonl");
  }

  /** Passes events on and keeps a masked copy, with names relative to the top-level source. */
  private final class Recording implements ScanEvents {
    private final String top;
    private final ScanEvents events;
    final List<CachedEvent> kept = new ArrayList<>();
    boolean overflow;

    Recording(String top, ScanEvents events) {
      this.top = top;
      this.events = events;
    }

    private void keep(CachedEvent e) {
      if (!overflow && kept.size() < MAX_EVENTS) {
        kept.add(e);
      } else {
        overflow = true;
        kept.clear();
      }
    }

    @Override
    public void finding(String source, Location where, LocatedFinding f) throws IOException {
      events.finding(source, where, f);
      LocatedFinding masked =
          new LocatedFinding(
              f.type(),
              f.start(),
              f.end(),
              f.line(),
              f.column(),
              f.score(),
              mask.apply(f.type(), f.value()),
              f.explanation());
      keep(CachedEvent.finding(relative(top, source), where, masked));
    }

    @Override
    public void error(String source, String message) throws IOException {
      events.error(source, message);
      keep(CachedEvent.problem(CachedEvent.ERROR, relative(top, source), message));
    }

    @Override
    public void skipped(String source, String reason) throws IOException {
      events.skipped(source, reason);
      keep(CachedEvent.problem(CachedEvent.SKIPPED, relative(top, source), reason));
    }

    @Override
    public void columns(List<ColumnSummary> columns) throws IOException {
      events.columns(columns);
      keep(CachedEvent.columns(renamed(columns, c -> relative(top, c))));
    }
  }

  private static List<ColumnSummary> renamed(
      List<ColumnSummary> columns, java.util.function.UnaryOperator<String> rename) {
    List<ColumnSummary> out = new ArrayList<>();
    for (ColumnSummary c : columns) {
      out.add(
          new ColumnSummary(
              rename.apply(c.source()), c.table(), c.column(), c.values(), c.matches()));
    }
    return out;
  }

  /** {@code top!/a/b} becomes {@code !/a/b}, {@code top} becomes "". */
  static String relative(String top, String name) {
    return name.startsWith(top) ? name.substring(top.length()) : name;
  }

  private void store(Path entry, Recording r, SourceScanner.Outcome o) {
    try {
      Files.createDirectories(entry.getParent());
      Path tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            JsonGenerator g = json.createGenerator(w)) {
          for (CachedEvent e : r.kept) {
            e.write(g);
            g.writeRaw('\n');
          }
          CachedEvent.outcome(o.bytes(), o.chars()).write(g);
          g.writeRaw('\n');
        }
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // A cache that cannot be written only costs time on the next scan.
    }
  }

  /** Replays a stored entry, or returns null when there is none or it is unreadable. */
  private SourceScanner.Outcome replay(Path entry, String top, ScanEvents events)
      throws IOException {
    if (!Files.isRegularFile(entry)) {
      return null;
    }
    List<CachedEvent> parsed = new ArrayList<>();
    CachedEvent outcome = null;
    try (BufferedReader in = Files.newBufferedReader(entry, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        try (JsonParser p = json.createParser(line)) {
          CachedEvent e = CachedEvent.read(p);
          if (e.kind().equals(CachedEvent.OUTCOME)) {
            outcome = e;
          } else {
            parsed.add(e);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return null; // a damaged entry: scan again and rewrite it
    }
    if (outcome == null) {
      return null;
    }
    for (CachedEvent e : parsed) {
      String source = top + e.source();
      switch (e.kind()) {
        case CachedEvent.FINDING -> events.finding(source, e.where(), e.finding());
        case CachedEvent.ERROR -> events.error(source, e.message());
        case CachedEvent.SKIPPED -> events.skipped(source, e.message());
        default -> events.columns(renamed(e.columns(), c -> top + c));
      }
    }
    return new SourceScanner.Outcome(outcome.bytes(), outcome.chars(), null);
  }
}
