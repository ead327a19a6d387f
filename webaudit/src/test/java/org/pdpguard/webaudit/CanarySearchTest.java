package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;

class CanarySearchTest {
  private static Exchange request(String url, String body) {
    Exchange x = new Exchange(0, "1", 1, Exchange.Phase.TYPED, 0, "POST", url, "Fetch");
    x.postData = body;
    return x;
  }

  @Test
  void findsACanaryAsIsUrlEncodedOrInBase64() {
    assertThat(CanarySearch.where(request("https://t.test/c?p=0912345678", null), "0912345678"))
        .isEqualTo("url");
    assertThat(
            CanarySearch.where(request("https://t.test/c", "a=1&d=10%2F03%2F1990"), "10/03/1990"))
        .isEqualTo("body (url-encoded)");
    String b64 =
        Base64.getEncoder()
            .encodeToString("{\"p\":\"0912345678\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(CanarySearch.where(request("https://t.test/c?d=" + b64, null), "0912345678"))
        .isEqualTo("url (base64)");
  }

  @Test
  void refererHeaderAloneIsNotTheRequestSendingIt() {
    Exchange x = request("https://t.test/pixel", null);
    x.requestHeaders.put("Referer", "https://shop.test/?q=0912345678");
    assertThat(CanarySearch.where(x, "0912345678")).isNull();
    x.requestHeaders.put("X-Data", "0912345678");
    assertThat(CanarySearch.where(x, "0912345678")).isEqualTo("header X-Data");
  }

  @Test
  void canariesAreUniqueAndValidLooking() {
    Canaries c = new Canaries(new Random(7));
    Canaries.Canary phone = c.next(EntityType.PHONE_NUMBER, "tel");
    assertThat(phone.value()).matches("09\\d{8}").isEqualTo(phone.core());
    Canaries.Canary card = c.next(EntityType.PAYMENT_CARD, "text");
    assertThat(card.value()).hasSize(16).isEqualTo(Canaries.luhn(card.value().substring(0, 15)));
    Canaries.Canary cccd = c.next(EntityType.VN_CCCD, "text");
    assertThat(cccd.value()).matches("0010\\d{8}");
    Canaries.Canary mail = c.next(EntityType.EMAIL_ADDRESS, "email");
    assertThat(mail.value()).endsWith("@example.invalid").startsWith(mail.core());
    assertThat(c.next(EntityType.PHONE_NUMBER, "tel").value()).isNotEqualTo(phone.value());
  }
}
