package org.pdpguard.sources;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Turns command-line paths into an ordered list of {@link SourceEntry}s: a file is itself, a folder
 * is walked recursively with its children sorted by name (so output order never depends on the file
 * system), {@code -} is standard input. Symbolic links are followed; a link back to a folder being
 * walked is reported as a loop instead of being entered again. Paths that cannot be read become
 * error entries and the walk goes on; special files (pipes, devices, sockets) inside folders are
 * skipped.
 *
 * <p>The whole list is built before scanning starts (the progress line needs the total), so memory
 * grows with the number of files, not with their size.
 */
public final class SourceWalker {
  private static final Comparator<Path> BY_NAME =
      Comparator.comparing(p -> p.getFileName().toString());

  private final InputStream stdin;
  private final Extraction extraction;

  /** A walker that reads {@code -} from {@code stdin} and knows no connectors. */
  public SourceWalker(InputStream stdin) {
    this(stdin, Extraction.plainText());
  }

  /** A walker that reads {@code -} from {@code stdin} and hands targets to connectors. */
  public SourceWalker(InputStream stdin, Extraction extraction) {
    this.stdin = stdin;
    this.extraction = extraction;
  }

  /** Entries for {@code args} in order; never throws for unreadable paths. */
  public List<SourceEntry> walk(List<String> args) {
    List<SourceEntry> out = new ArrayList<>();
    for (String arg : args) {
      Connector connector = extraction.connector(arg);
      if (arg.equals("-")) {
        out.add(SourceEntry.of(Source.stream("-", stdin)));
      } else if (connector != null) {
        out.add(SourceEntry.target(connector, arg));
      } else {
        Path path = Path.of(arg);
        visit(path, displayName(arg), new ArrayDeque<>(), true, out);
      }
    }
    return out;
  }

  private void visit(
      Path path, String name, Deque<Path> ancestors, boolean top, List<SourceEntry> out) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      boolean link = Files.isSymbolicLink(path);
      out.add(SourceEntry.error(name, link ? Problems.DANGLING_LINK : Problems.describe(e)));
      return;
    }
    if (attrs.isDirectory()) {
      walkDirectory(path, name, ancestors, out);
    } else if (attrs.isRegularFile() || top) {
      // A special file named on the command line (e.g. a pipe from <(cmd)) is read as asked.
      out.add(SourceEntry.of(Source.file(name, path)));
    } else {
      out.add(SourceEntry.skipped(name, Problems.NOT_REGULAR));
    }
  }

  private void walkDirectory(Path dir, String name, Deque<Path> ancestors, List<SourceEntry> out) {
    Path real;
    List<Path> children = new ArrayList<>();
    try {
      real = dir.toRealPath();
      if (ancestors.contains(real)) {
        out.add(SourceEntry.error(name, Problems.LINK_LOOP));
        return;
      }
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(children::add);
      }
    } catch (IOException | RuntimeException e) {
      String reason =
          e instanceof IOException io ? Problems.describe(io) : String.valueOf(e.getMessage());
      out.add(SourceEntry.error(name, reason));
      return;
    }
    children.sort(BY_NAME);
    ancestors.push(real);
    String prefix = name.endsWith("/") ? name : name + "/";
    for (Path child : children) {
      visit(child, prefix + child.getFileName(), ancestors, false, out);
    }
    ancestors.pop();
  }

  /** The path as typed, with '/' separators and without trailing separators. */
  static String displayName(String arg) {
    String name = arg.replace(File.separatorChar, '/');
    while (name.length() > 1 && name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** True when {@code arg} names something that exists, even a dangling link, or is {@code -}. */
  public static boolean exists(String arg) {
    if (arg.equals("-")) {
      return true;
    }
    try {
      Path p = Path.of(arg);
      return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
