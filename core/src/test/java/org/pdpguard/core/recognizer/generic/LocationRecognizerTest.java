package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class LocationRecognizerTest {
  private final LocationRecognizer recognizer = new LocationRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.LOCATION_DATA, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10.7769, 106.7009 | 10.7769, 106.7009",
        "21.0285° N, 105.8542° E | 21.0285° N, 105.8542° E",
        "lat: 10.7769, lng: 106.7009 | 10.7769, lng: 106.7009",
        "latitude=21.0285&longitude=105.8542 | 21.0285&longitude=105.8542",
        "geo:10.77,106.70 | 10.77,106.70",
        "Vị trí: 48.8566, 2.3522 | 48.8566, 2.3522",
        "GPS -33.8688, 151.2093 | -33.8688, 151.2093",
        "https://maps.google.com/?q=10.7769,106.7009 | 10.7769,106.7009",
        // three decimals are thousands as often as degrees: context decides
        "tọa độ 10.500, 106.000 | 10.500, 106.000",
      })
  void findsCoordinates(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // amounts with thousands separators
        "10.500, 106.000",
        "1.234.567, 2.345.678",
        // a version string, a single number
        "version 10.0.19041.1",
        "10.7769",
        // outside Vietnam and no location word
        "48.8566, 2.3522",
        // out of range
        "tọa độ 95.1234, 106.7009",
        "tọa độ 10.1234, 186.7009",
        // two decimals outside a geo: URI
        "10.77, 106.70",
        // words between the numbers that are not coordinate labels
        "10.7769 kg và 106.7009 kg",
      })
  void rejectsWhatIsNotAPosition(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void thePartsMustBeOnOneLine() {
    assertThat(values("tọa độ 10.7769\n106.7009")).isEmpty();
    // a longitude's label on the next line is not enough without the latitude's
    assertThat(values("tọa độ 10.7769,\nlng: 106.7009")).isEmpty();
    assertThat(values("lat: 10.7769,\n\nlng: 106.7009")).isEmpty();
  }

  @Test
  void labelledPartsMayStandOnTwoLines() {
    assertThat(values("\"lat\": 17.945214,\n    \"lng\": 104.9818\n"))
        .containsExactly("17.945214,\n    \"lng\": 104.9818");
    assertThat(values("Vĩ độ: 21.0285\r\nKinh độ: 105.8542"))
        .containsExactly("21.0285\r\nKinh độ: 105.8542");
    assertThat(values("latitude = 10.7769;\n  longitude = 106.7009"))
        .containsExactly("10.7769;\n  longitude = 106.7009");
  }

  @Test
  void insideVietnamScoresHigherAndContextRaisesIt() {
    Finding hanoi = RecognizerTesting.find(recognizer, "21.0285, 105.8542").get(0);
    Finding withWord = RecognizerTesting.find(recognizer, "Vị trí: 21.0285, 105.8542").get(0);
    assertThat(hanoi.score()).isEqualTo(0.6);
    assertThat(withWord.score()).isGreaterThan(hanoi.score());
    assertThat(withWord.explanation().context()).isEqualTo("Vị trí");
    assertThat(hanoi.explanation().detail()).isEqualTo("latitude and longitude inside Vietnam");
  }
}
