package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pdpguard.core.EntityType;

/**
 * The sidecar of a redacted file, {@code OUT.pdpguard-redaction.json}: where its FPE values are and
 * of which type, and what is needed to check a key and the file before reversing them. It holds no
 * value, raw or encrypted, and not the key: only a fingerprint of it ({@link
 * MasterKey#fingerprint}). Shape (schema 1), written and read as a stream, values in text order:
 *
 * <pre>
 * {"schema":1,"kind":"pdpguard-redaction","format":"csv","encoding":"UTF-8",
 *  "offsets":"UTF-16 code units of the output text, end exclusive",
 *  "key_fingerprint":"…","fpe":{"algorithm":"FF1 …","radix":10,"tweak":"type name"},
 *  "values":[{"type":"VN_CCCD","start":120,"end":132},…],
 *  "output":{"file":"khach_hang.csv","chars":40960,"sha256":"…"}}
 * </pre>
 */
final class Manifest {
  static final String SUFFIX = ".pdpguard-redaction.json";
  static final int SCHEMA = 1;
  static final JsonFactory FACTORY = new JsonFactory();

  private Manifest() {}

  /** The manifest's file name beside {@code output}. */
  static String nameFor(Path output) {
    return output.getFileName() + SUFFIX;
  }

  static void writeHead(JsonGenerator g, String format, String fingerprint) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema", SCHEMA);
    g.writeStringField("kind", "pdpguard-redaction");
    g.writeStringField("format", format);
    g.writeStringField("encoding", "UTF-8");
    g.writeStringField("offsets", "UTF-16 code units of the output text, end exclusive");
    g.writeStringField("key_fingerprint", fingerprint);
    g.writeObjectFieldStart("fpe");
    g.writeStringField("algorithm", "FF1 (NIST SP 800-38G Rev. 1), AES-256");
    g.writeStringField("key", "HKDF-SHA-256 sub-key of the master key, info fpe/ff1-aes-256");
    g.writeNumberField("radix", 10);
    g.writeStringField("tweak", "the type name, ASCII");
    g.writeStringField("scope", "the ASCII digits of each span; other chars are unchanged");
    g.writeEndObject();
    g.writeArrayFieldStart("values");
  }

  static void writeValue(JsonGenerator g, long start, long end, EntityType type)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type.name());
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeEndObject();
  }

  static void writeTail(JsonGenerator g, String file, long chars, String sha256)
      throws IOException {
    g.writeEndArray();
    g.writeObjectFieldStart("output");
    g.writeStringField("file", file);
    g.writeNumberField("chars", chars);
    g.writeStringField("sha256", sha256);
    g.writeEndObject();
    g.writeEndObject();
  }

  /** One FPE value: a span of the output and its type. */
  record Value(EntityType type, long start, long end) {}

  /** Reads a manifest as a stream: the head on open, then the values, then the tail. */
  static final class Reader implements Closeable {
    private final JsonParser p;
    private String fingerprint;
    private String file;
    private long chars = -1;
    private String sha256;

    Reader(Path path) throws IOException {
      this.p = FACTORY.createParser(Files.newInputStream(path));
      try {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        int schema = -1;
        while (true) {
          JsonToken t = p.nextToken();
          expect(t == JsonToken.FIELD_NAME);
          String name = p.currentName();
          p.nextToken();
          if (name.equals("values")) {
            expect(p.currentToken() == JsonToken.START_ARRAY && fingerprint != null);
            break;
          }
          switch (name) {
            case "schema" -> schema = p.getValueAsInt(-1);
            case "key_fingerprint" -> fingerprint = p.getValueAsString();
            default -> p.skipChildren();
          }
        }
        if (schema != SCHEMA) {
          throw new IOException(
              "bảng kê phiên bản "
                  + schema
                  + " không đọc được / manifest schema "
                  + schema
                  + " is not supported");
        }
      } catch (JsonProcessingException e) {
        throw malformed();
      }
    }

    String fingerprint() {
      return fingerprint;
    }

    /** The next value, or null after the last; then {@link #sha256} and the rest are known. */
    Value next() throws IOException {
      try {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          tail();
          return null;
        }
        expect(t == JsonToken.START_OBJECT);
        EntityType type = null;
        long start = -1;
        long end = -1;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "type" -> type = EntityType.parse(p.getValueAsString(""));
            case "start" -> start = p.getValueAsLong(-1);
            case "end" -> end = p.getValueAsLong(-1);
            default -> p.skipChildren();
          }
        }
        expect(type != null && start >= 0 && end > start);
        return new Value(type, start, end);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw malformed();
      }
    }

    private void tail() throws IOException {
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals("output")) {
          p.skipChildren();
          continue;
        }
        expect(p.currentToken() == JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "file" -> file = p.getValueAsString();
            case "chars" -> chars = p.getValueAsLong(-1);
            case "sha256" -> sha256 = p.getValueAsString();
            default -> p.skipChildren();
          }
        }
      }
      expect(t == JsonToken.END_OBJECT && sha256 != null && chars >= 0);
    }

    String file() {
      return file;
    }

    long chars() {
      return chars;
    }

    String sha256() {
      return sha256;
    }

    @Override
    public void close() throws IOException {
      p.close();
    }

    private static void expect(boolean ok) throws IOException {
      if (!ok) {
        throw malformed();
      }
    }

    private static IOException malformed() {
      return new IOException("bảng kê che dữ liệu hỏng / malformed redaction manifest");
    }
  }
}
