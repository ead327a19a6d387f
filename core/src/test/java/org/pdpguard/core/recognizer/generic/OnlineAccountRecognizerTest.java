package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class OnlineAccountRecognizerTest {
  private final OnlineAccountRecognizer recognizer = new OnlineAccountRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.ONLINE_ACCOUNT, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FB: https://www.facebook.com/nguyen.van.a.1990 | https://www.facebook.com/nguyen.van.a.1990",
        "facebook.com/profile.php?id=100012345678901 | facebook.com/profile.php?id=100012345678901",
        "xem m.facebook.com/tranthib. | m.facebook.com/tranthib",
        "fb.com/levanc | fb.com/levanc",
        "zalo.me/0912345678 | zalo.me/0912345678",
        "https://www.tiktok.com/@phamthid?lang=vi | https://www.tiktok.com/@phamthid",
        "instagram.com/hoang_e/ | instagram.com/hoang_e/",
        // a path after the profile is not part of the account
        "instagram.com/hoang_e/p/Cx12 | instagram.com/hoang_e",
        "x.com/vuvanf | x.com/vuvanf",
        "twitter.com/vuvanf | twitter.com/vuvanf",
        "linkedin.com/in/dang-thi-g-123 | linkedin.com/in/dang-thi-g-123",
        "youtube.com/@buivanh | youtube.com/@buivanh",
        "github.com/ngothii/repo | github.com/ngothii",
        "t.me/doanvank | t.me/doanvank",
        "Zalo: @nguyenvana | @nguyenvana",
        "nick telegram @tran_thi_b nhé | @tran_thi_b",
      })
  void findsAccounts(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the services' own pages
        "facebook.com/groups/123456",
        "facebook.com/share/abc",
        "t.me/joinchat/AbCdEf",
        "instagram.com/p/Cx1y2z3",
        "linkedin.com/company/acme",
        "tiktok.com/tag/vietnam",
        // a bare domain, the service named in prose
        "facebook.com",
        "đăng trên Facebook com nhé",
        // a handle without a service word, an e-mail address, an e-mail domain
        "cảm ơn @nguyenvana",
        "Zalo: nguyenvana@gmail.com",
        "Facebook: @gmail.com",
        // a Telegram name must have five chars
        "t.me/abc",
      })
  void rejectsWhatIsNotAnAccount(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void aProfileUrlIsSureAndExplainsItsService() {
    Finding f = RecognizerTesting.find(recognizer, "zalo.me/0912345678").get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.explanation().detail()).isEqualTo("zalo.me profile");
    Finding h = RecognizerTesting.find(recognizer, "Zalo: @nguyenvana").get(0);
    assertThat(h.explanation().context()).isEqualTo("Zalo");
  }
}
