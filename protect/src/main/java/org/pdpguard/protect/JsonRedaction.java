package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Redacts a JSON document in place, in the text: Jackson's streaming parser finds the leaf values
 * ({@link JsonLeaves}) and where their literals are; the text is copied out as it is (keys,
 * nesting, spacing, comments, other numbers) and only the literals of values with findings are
 * written anew: a JSON string with the findings replaced, or {@code null} when the value was
 * dropped to nothing. A number with a finding (a phone number written as a number) becomes a
 * string. A document that stops being JSON fails at that point. Member names are not redacted.
 * Memory: the text between the output and the parser, bounded by {@link #HELD_LIMIT}.
 */
final class JsonRedaction {
  /** Chars the parser may be ahead of the output before detection is waited for. */
  private static final int HELD_LIMIT = 8 << 20;

  private static final int RELEASE_CHUNK = 1 << 20;

  private final RedactedOutput out;

  private JsonRedaction(RedactedOutput out) {
    this.out = out;
  }

  /** Redacts one JSON document (or a sequence of them); returns the chars read. */
  static long document(
      Reader text,
      FieldBatches.Settings batches,
      RedactedOutput out,
      Replacer replacer,
      Tally tally)
      throws IOException {
    JsonRedaction json = new JsonRedaction(out);
    HeldReader held = new HeldReader(text);
    JsonText.Chars chars = JsonText.chars(held);
    long[] written = {0};
    FieldBatches<JsonLeaves.Leaf, Rewrite> fields =
        batches.open(
            (leaf, hits, counts) ->
                hits.get(0).isEmpty()
                    ? null
                    : Rewrite.of(leaf.value(), hits.get(0), replacer, counts),
            (leaf, rewrite) -> {
              json.copy(held, written[0], leaf.start());
              if (rewrite == null) {
                json.copy(held, leaf.start(), leaf.end());
              } else {
                JsonText.writeLiteral(out, rewrite);
              }
              written[0] = leaf.end();
              if (written[0] - held.start() > RELEASE_CHUNK) {
                held.release(written[0]);
              }
            },
            tally);
    JsonLeaves.Sink sink =
        new JsonLeaves.Sink() {
          @Override
          public void leaf(JsonLeaves.Leaf leaf, String name) throws IOException {
            fields.add(leaf, List.of(name), List.of(leaf.value()));
          }

          @Override
          public void endRecord() {
            fields.separate();
          }
        };
    try (JsonParser p = JsonText.FACTORY.createParser(held)) {
      JsonLeaves.walk(
          p,
          chars,
          sink,
          tokenStart -> {
            if (held.held().length() > HELD_LIMIT) {
              fields.finish(); // everything before this token is written out
              json.copy(held, written[0], tokenStart);
              written[0] = Math.max(written[0], tokenStart);
              held.release(written[0]);
            }
          });
    } catch (StreamConstraintsException e) {
      throw new IOException(
          "JSON vượt giới hạn an toàn / JSON past a safety limit (" + e.getOriginalMessage() + ")");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : at.getLineNr();
      long column = at == null ? 0 : at.getColumnNr();
      throw new IOException(
          "JSON hỏng ở dòng "
              + line
              + ", cột "
              + column
              + " / malformed JSON at line "
              + line
              + ", column "
              + column);
    }
    fields.finish();
    json.copy(held, written[0], held.end());
    return held.end();
  }

  private void copy(HeldReader held, long from, long to) throws IOException {
    if (to > from) {
      out.write(held.held(), (int) (from - held.start()), (int) (to - held.start()));
    }
  }
}
