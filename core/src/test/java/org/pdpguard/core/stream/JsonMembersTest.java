package org.pdpguard.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.core.text.LineBreaks;

class JsonMembersTest {
  private static final Detector DETECTOR = Recognizers.defaultDetector();

  private static List<LocatedFinding> scan(String text) throws IOException {
    List<LocatedFinding> out = new ArrayList<>();
    new TextScanner(DETECTOR).scan(new StringReader(text), out::add);
    return out;
  }

  @Test
  void memberNamesInALogLineAreTheContextOfTheirValues() throws IOException {
    String log =
        "2025-03-01 10:00:00 INFO saved\n"
            + "2025-03-01 10:00:01 INFO profile {\"age\": 34, \"date_of_birth\": \"1990-05-12\","
            + " \"maritalStatus\": \"Đã kết hôn\"}\n";
    // the same values without the member names are nobody's age, birth date or marital status
    assertThat(DETECTOR.detect("34, \"1990-05-12\", \"Đã kết hôn\"")).isEmpty();
    List<LocatedFinding> found = scan(log);
    assertThat(found)
        .extracting(LocatedFinding::type, LocatedFinding::value)
        .containsExactly(
            tuple(EntityType.AGE, "34"),
            tuple(EntityType.DATE_OF_BIRTH, "1990-05-12"),
            tuple(EntityType.MARITAL_STATUS, "Đã kết hôn"));
    for (LocatedFinding f : found) {
      assertThat(log.substring((int) f.start(), (int) f.end())).isEqualTo(f.value());
      assertThat(f.line()).isEqualTo(2);
    }
    assertThat(found.get(0).column()).isEqualTo(log.indexOf("34") - log.indexOf('\n'));
  }

  @Test
  void aPrettyPrintedObjectReadsAsAForm() {
    String json =
        "{\n  \"fullName\": \"Trần Văn Bình\",\n  \"marital_status\": \"Độc thân\",\n"
            + "  \"lastLocation\": {\"lat\": 21.028511, \"lng\": 105.804817}\n}\n";
    List<Finding> found = JsonMembers.detect(DETECTOR, json);
    assertThat(found)
        .extracting(Finding::type, Finding::value)
        .containsExactly(
            tuple(EntityType.PERSON_NAME, "Trần Văn Bình"),
            tuple(EntityType.MARITAL_STATUS, "Độc thân"),
            // one position across the longitude's name: the text between, as written
            tuple(EntityType.LOCATION_DATA, "21.028511, \"lng\": 105.804817"));
    for (Finding f : found) {
      assertThat(json.substring(f.start(), f.end())).isEqualTo(f.value());
    }
  }

  @Test
  void aBufferHoldingTheTextAndMoreReadsAsTheTextItself() {
    String json = "{\"fullName\": \"Trần Văn Bình\", \"phone\": \"0912345678\", \"note\": \"gọi";
    // The buffer goes on past the text with the rest of a member: only the text is read.
    char[] buffer = (json + " lại\", \"cccd\": \"001098012345\"}").toCharArray();
    List<Finding> fromBuffer = JsonMembers.detect(DETECTOR, buffer, json.length(), null);
    assertThat(JsonMembers.present(buffer, json.length())).isTrue();
    assertThat(JsonMembers.present(buffer, json.indexOf('"', 1))).isFalse();
    assertThat(fromBuffer)
        .extracting(Finding::type, Finding::value)
        .containsExactly(
            tuple(EntityType.PERSON_NAME, "Trần Văn Bình"),
            tuple(EntityType.PHONE_NUMBER, "0912345678"));
    assertThat(fromBuffer)
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(JsonMembers.detect(DETECTOR, json));
  }

  @Test
  void theLineBreaksPassedOnTheWayAreTheTextsOwn() {
    String json =
        "{\r\n  \"fullName\": \"Trần Văn Bình\",\r\n  \"note\": \"a\\nb\",\n"
            + "  \"age\"\t:\t34,\r  \"phone\": \"0912345678\"\n}\n\n";
    LineBreaks breaks = new LineBreaks();
    breaks.add('\n', 0); // emptied first
    JsonMembers.detect(DETECTOR, json, breaks);

    LineBreaks read = LineBreaks.of(json);
    assertThat(breaks.size()).isEqualTo(read.size()).isEqualTo(9);
    for (int i = 0; i < read.size(); i++) {
      assertThat(breaks.offset(i)).isEqualTo(read.offset(i));
      assertThat(breaks.isCarriageReturn(i)).isEqualTo(read.isCarriageReturn(i));
    }
  }

  @Test
  void aStringValueEndsAsAClauseAndKeepsItsOffsets() {
    String json =
        "{\"faceTemplate\": \"UO+Zd0uhRCNLhh4DOZZDQAOE6SXxk+xusuiL76jhMVLjAnd97WSN=\","
            + " \"matchScore\": 0.98}";
    assertThat(JsonMembers.detect(DETECTOR, json))
        .extracting(Finding::type, Finding::start, Finding::value)
        .containsExactly(
            tuple(
                EntityType.BIOMETRIC_DATA,
                json.indexOf("UO+"),
                "UO+Zd0uhRCNLhh4DOZZDQAOE6SXxk+xusuiL76jhMVLjAnd97WSN="));
  }

  @Test
  void aNameThatIsItsOwnLabelKeepsItsOffsets() {
    String json = "{\"0912345678\": {\"note\": \"gọi sau 5 giờ\"}}";
    assertThat(JsonMembers.present(json)).isTrue();
    assertThat(JsonMembers.detect(DETECTOR, json))
        .extracting(Finding::type, Finding::start, Finding::value)
        .contains(tuple(EntityType.PHONE_NUMBER, 2, "0912345678"));
  }

  @Test
  void textWithoutMembersIsLeftAlone() {
    assertThat(JsonMembers.present("Anh ấy nói: \"xin chào\". Tuổi: 34")).isFalse();
    assertThat(JsonMembers.present("a \":\" b")).isFalse();
  }
}
