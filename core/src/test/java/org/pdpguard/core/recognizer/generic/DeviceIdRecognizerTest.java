package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class DeviceIdRecognizerTest {
  private final DeviceIdRecognizer recognizer = new DeviceIdRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.DEVICE_ID, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IMEI: 352099001761481 | 352099001761481",
        "máy có imei1 490154203237518 | 490154203237518",
        "35-209900-176148-1 | 35-209900-176148-1",
        "IMEI 35 209900 176148 1 | 35 209900 176148 1",
        "35209900-176148-1 | 35209900-176148-1",
        "MAC: 00:1A:2B:3C:4D:5E | 00:1A:2B:3C:4D:5E",
        "MAC:00:1A:2B:3C:4D:5E | 00:1A:2B:3C:4D:5E",
        "địa chỉ MAC 00-1A-2B-3C-4D-5E | 00-1A-2B-3C-4D-5E",
        "interface 001A.2B3C.4D5E up | 001A.2B3C.4D5E",
        "bssid=3c:22:fb:12:34:56 | 3c:22:fb:12:34:56",
        // six dashed pairs of digits under a MAC word
        "device registered mac=84-51-06-25-93-54 ok | 84-51-06-25-93-54",
      })
  void findsDeviceIdentifiers(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // IMEI with a wrong check digit, 14 and 16 digits
        "IMEI: 352099001761482",
        "IMEI 35209900176148",
        "IMEI 3520990017614810",
        // a plain 15-digit Luhn number without the word IMEI
        "Mã đơn 352099001761481",
        // a grouped IMEI glued to more digits
        "ref 35-209900-176148-1-2",
        // broadcast, all-zero and multicast MACs are no person's device
        "MAC ff:ff:ff:ff:ff:ff",
        "MAC 00:00:00:00:00:00",
        "MAC 01:00:5e:00:00:fb",
        // a time, too few and too many groups
        "lúc 12:34:56",
        "MAC 00:1A:2B:3C:4D",
        "MAC 00:1A:2B:3C:4D:5E:6F",
        // dashed or dotted digits without a hex letter are dates or codes, without a MAC word
        "mã 12-34-56-78-90-12",
        "MAC 2021.0912.3456",
        "số 2021.0912.3456",
        // mixed separators
        "MAC 00:1A:2B-3C:4D:5E",
      })
  void rejectsWhatIsNotADeviceId(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void aPlainImeiNeedsItsWordAndIsExplained() {
    Finding f = RecognizerTesting.find(recognizer, "IMEI: 352099001761481").get(0);
    assertThat(f.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(f.explanation().context()).isEqualTo("IMEI");
    assertThat(f.explanation().detail()).isEqualTo("IMEI, Luhn ok");
    Finding mac = RecognizerTesting.find(recognizer, "00:1A:2B:3C:4D:5E").get(0);
    assertThat(mac.score()).isEqualTo(0.6);
    assertThat(mac.explanation().detail()).isEqualTo("MAC, unicast, OUI 001A2B");
  }
}
