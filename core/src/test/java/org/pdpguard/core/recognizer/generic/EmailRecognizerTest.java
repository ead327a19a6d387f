package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class EmailRecognizerTest {
  private final EmailRecognizer recognizer = new EmailRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.EMAIL_ADDRESS, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Email: nguyenvana@gmail.com | nguyenvana@gmail.com",
        "liên hệ tran.thi.b+news@congty.com.vn. Cảm ơn | tran.thi.b+news@congty.com.vn",
        "<le_van_c@example.org> | le_van_c@example.org",
        "mailto:pham-d@mail.hcmus.edu.vn?subject=x | pham-d@mail.hcmus.edu.vn",
        "\"hoang.e@yahoo.com\", | hoang.e@yahoo.com",
        "...vu.f@outlook.com | vu.f@outlook.com",
        "UPPER.CASE@EXAMPLE.COM | UPPER.CASE@EXAMPLE.COM",
      })
  void findsAddresses(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no TLD, a one-letter TLD, a numeric TLD
        "a@b",
        "x@y.z",
        "user@10.0.0.1",
        // no local part, two @ signs
        "@@",
        "@gmail.com",
        "a@@b.com",
        // trailing and doubled dots in the local part
        "abc.@gmail.com",
        "a..b@gmail.com",
        // dash at the edge of a label, empty label
        "a@-b.com",
        "a@b..com",
        // a retina image name, a social handle
        "logo@2x.png",
        "theo dõi @nguyenvana",
        // glued to a Vietnamese word
        "tênđăngnhập@gmail.com",
      })
  void rejectsWhatIsNotAnAddress(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void scoresHighAndContextRaisesIt() {
    Finding bare = RecognizerTesting.find(recognizer, "nguyenvana@gmail.com").get(0);
    Finding ctx = RecognizerTesting.find(recognizer, "Email: nguyenvana@gmail.com").get(0);
    assertThat(bare.score()).isGreaterThanOrEqualTo(0.85);
    assertThat(ctx.score()).isGreaterThan(bare.score());
    assertThat(ctx.explanation().context()).isEqualTo("Email");
  }
}
