package org.pdpguard.webaudit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: every file of a bundle with its SHA-256 and size, and how the bundle was
 * made. {@link #verify} recomputes every hash and names the first file that changed, went missing
 * or was added.
 */
public final class Manifest {
  public static final String NAME = "manifest.json";
  public static final String TIMESTAMP = "manifest.tsr";

  private Manifest() {}

  /** The outcome of a verification: null {@code problem} when every hash matches. */
  public record Verification(int files, String problem, Timestamps.Stamp stamp) {
    public boolean ok() {
      return problem == null;
    }
  }

  /** Writes the manifest of {@code dir}; returns its bytes. */
  static byte[] write(Path dir, Inspection in) throws IOException {
    Map<String, String[]> files = hashes(dir);
    Bundle.json(
        dir.resolve(NAME),
        g -> {
          g.writeStartObject();
          g.writeStringField("format", "pdpguard-evidence-bundle/1");
          g.writeObjectFieldStart("tool");
          g.writeStringField("name", "pdpguard");
          g.writeStringField("version", in.options.toolVersion());
          g.writeEndObject();
          g.writeObjectFieldStart("browser");
          g.writeStringField("version", in.browserVersion);
          g.writeStringField("user_agent", in.userAgent);
          g.writeEndObject();
          g.writeStringField("start_url", in.start);
          g.writeStringField("started", in.started.toString());
          g.writeStringField("ended", in.ended == null ? null : in.ended.toString());
          g.writeObjectFieldStart("options");
          for (Map.Entry<String, Object> o : in.options.describe().entrySet()) {
            g.writeFieldName(o.getKey());
            g.writeObject(o.getValue());
          }
          g.writeEndObject();
          g.writeStringField("hash", "SHA-256");
          g.writeArrayFieldStart("files");
          for (Map.Entry<String, String[]> f : files.entrySet()) {
            g.writeStartObject();
            g.writeStringField("path", f.getKey());
            g.writeStringField("sha256", f.getValue()[0]);
            g.writeNumberField("size", Long.parseLong(f.getValue()[1]));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
    return Files.readAllBytes(dir.resolve(NAME));
  }

  /**
   * Checks a bundle: every listed file exists with its hash and size, no other file is there, and a
   * timestamp, when present, stamps this manifest.
   *
   * @throws IOException when the manifest cannot be read at all
   */
  public static Verification verify(Path dir) throws IOException {
    Path manifest = dir.resolve(NAME);
    if (!Files.isRegularFile(manifest)) {
      return new Verification(0, "thiếu / missing " + NAME, null);
    }
    Map<String, String[]> listed = read(manifest);
    Map<String, String[]> actual = hashes(dir);
    for (Map.Entry<String, String[]> e : listed.entrySet()) {
      String[] a = actual.get(e.getKey());
      if (a == null) {
        return new Verification(listed.size(), "thiếu tệp / missing file: " + e.getKey(), null);
      }
      if (!a[0].equals(e.getValue()[0]) || !a[1].equals(e.getValue()[1])) {
        return new Verification(
            listed.size(), "tệp đã bị thay đổi / changed file: " + e.getKey(), null);
      }
    }
    for (String path : actual.keySet()) {
      if (!listed.containsKey(path)) {
        return new Verification(listed.size(), "tệp lạ / extra file: " + path, null);
      }
    }
    Timestamps.Stamp stamp = null;
    Path tsr = dir.resolve(TIMESTAMP);
    if (Files.isRegularFile(tsr)) {
      try {
        stamp = Timestamps.check(Files.readAllBytes(tsr), sha256(Files.readAllBytes(manifest)));
      } catch (IOException e) {
        return new Verification(listed.size(), TIMESTAMP + ": " + e.getMessage(), null);
      }
    }
    return new Verification(listed.size(), null, stamp);
  }

  /** Every file but the manifest and its timestamp, by relative path with '/', sorted. */
  static Map<String, String[]> hashes(Path dir) throws IOException {
    TreeSet<String> paths = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(NAME) && !p.equals(TIMESTAMP))
          .forEach(paths::add);
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String p : paths) {
      Path file = dir.resolve(p);
      out.put(p, new String[] {sha256(file), String.valueOf(Files.size(file))});
    }
    return out;
  }

  private static Map<String, String[]> read(Path manifest) throws IOException {
    Map<String, String[]> out = new LinkedHashMap<>();
    try (JsonParser p = Bundle.JSON.createParser(manifest.toFile())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME
            && "files".equals(p.currentName())
            && p.getParsingContext().getParent().inRoot()) {
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String path = null;
            String hash = null;
            String size = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String k = p.currentName();
              p.nextToken();
              switch (k) {
                case "path" -> path = p.getText();
                case "sha256" -> hash = p.getText();
                case "size" -> size = p.getText();
                default -> p.skipChildren();
              }
            }
            if (path == null || hash == null || size == null) {
              throw new IOException(NAME + ": a file without path, sha256 or size");
            }
            out.put(path, new String[] {hash, size});
          }
          return out;
        }
      }
    }
    throw new IOException(NAME + ": no files");
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  static byte[] sha256(byte[] bytes) {
    return digest().digest(bytes);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Files listed in a manifest, for tests and reports. */
  static List<String> listed(Path dir) throws IOException {
    return new ArrayList<>(read(dir.resolve(NAME)).keySet());
  }
}
