package org.pdpguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files {@code redact} reads and where their copies go. One input file goes to {@code OUT} (or
 * into {@code OUT} when it is a folder); one input folder is mirrored into {@code OUT}; several
 * inputs go into the folder {@code OUT}, each under its own name. Folders are walked in name order
 * without following links; redaction manifests found in them are left out.
 */
final class RedactTargets {
  private RedactTargets() {}

  /** One file to redact and the path of its copy. */
  record Target(Path input, Path output, String shown) {}

  /**
   * The files to redact and their copies.
   *
   * @param folder whether the user named {@code out} as a folder ({@code out/}): a single input
   *     file then goes inside it, as it does when {@code out} already is a folder
   */
  static List<Target> of(List<Path> inputs, Path out, boolean folder) throws IOException {
    Path outAbs = out.toAbsolutePath().normalize();
    for (Path in : inputs) {
      Path inAbs = in.toAbsolutePath().normalize();
      if (Files.isDirectory(in) && outAbs.startsWith(inAbs)) {
        throw new IllegalArgumentException(
            "thư mục ra nằm trong thư mục vào / the output folder is inside the input folder "
                + in);
      }
      if (outAbs.equals(inAbs)) {
        throw new IllegalArgumentException(
            "tệp ra trùng tệp vào, bản gốc không bao giờ bị sửa / the output is the input "
                + in
                + "; originals are never modified");
      }
    }
    boolean single = inputs.size() == 1;
    if ((!single || Files.isDirectory(inputs.get(0))) && Files.isRegularFile(out)) {
      throw new IllegalArgumentException(
          "--output phải là thư mục khi có thư mục hoặc nhiều tệp vào / --output must be a folder"
              + " for a folder or several inputs: "
              + out);
    }
    List<Target> targets = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        Path base = single ? out : out.resolve(name(in));
        walk(in, base, targets);
      } else {
        Path target = single && !folder && !Files.isDirectory(out) ? out : out.resolve(name(in));
        targets.add(new Target(in, target, in.toString()));
      }
    }
    return targets;
  }

  private static void walk(Path dir, Path base, List<Target> targets) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !p.getFileName().toString().endsWith(".pdpguard-redaction.json"))
          .sorted()
          .forEach(
              p -> {
                Path rel = dir.relativize(p);
                targets.add(new Target(p, base.resolve(rel.toString()), p.toString()));
              });
    }
  }

  private static String name(Path p) {
    Path n = p.toAbsolutePath().normalize().getFileName();
    return n == null ? "root" : n.toString();
  }
}
