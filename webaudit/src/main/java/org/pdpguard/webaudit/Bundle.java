package org.pdpguard.webaudit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evidence bundle of an inspection, a folder: {@code inspection.json}, {@code requests.har},
 * {@code cookies.json}, {@code pages/NNN.html}, {@code screenshots/NNN.png}, {@code report.html},
 * and {@code manifest.json} with the SHA-256 and size of every other file, the tool and browser
 * versions, the times and the options; {@code manifest.tsr} is an RFC 3161 timestamp of {@code
 * manifest.json} when a timestamp authority was given. {@link Manifest#verify} recomputes it all.
 */
public final class Bundle {
  static final JsonFactory JSON = new JsonFactory();

  private Bundle() {}

  /**
   * Makes {@code dir} (and its {@code pages/} and {@code screenshots/}) for a new bundle.
   *
   * @throws IOException when it exists and is not empty: a bundle is never written over another
   */
  public static void create(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new IOException(dir + " không phải thư mục / is not a folder");
      }
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new IOException(dir + " không trống / is not empty");
        }
      }
    }
    Files.createDirectories(dir.resolve("pages"));
    Files.createDirectories(dir.resolve("screenshots"));
  }

  /**
   * Writes everything but the pages and screenshots (written during the inspection), then the
   * manifest, then its timestamp when {@code tsa} is not null.
   *
   * @return problems that did not stop the bundle (a timestamp authority that failed)
   * @throws IOException when a file cannot be written
   */
  public static List<String> write(Path dir, Inspection in, URI tsa) throws IOException {
    json(dir.resolve("inspection.json"), g -> InspectionJson.write(g, in));
    json(dir.resolve("requests.har"), g -> Har.write(g, in, in.options.toolVersion()));
    json(
        dir.resolve("cookies.json"),
        g -> {
          g.writeStartArray();
          for (CookieRecord c : in.cookies) {
            InspectionJson.cookie(g, c);
          }
          g.writeEndArray();
        });
    Report.write(dir, in);
    byte[] manifest = Manifest.write(dir, in);
    if (tsa == null) {
      return List.of();
    }
    try {
      byte[] tsr = Timestamps.request(tsa, Manifest.sha256(manifest), Duration.ofSeconds(30));
      Files.write(dir.resolve(Manifest.TIMESTAMP), tsr);
      return List.of();
    } catch (IOException e) {
      return List.of(
          "không lấy được dấu thời gian / no timestamp from " + tsa + ": " + e.getMessage());
    }
  }

  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  static void json(Path file, JsonBody body) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    }
  }
}
