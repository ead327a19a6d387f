package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitesAndNoticesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "www.shop.vn|img.shop.vn|true",
        "shop.com.vn|cdn.shop.com.vn|true",
        "a.com.vn|b.com.vn|false",
        "shop.test|tracker.test|false",
        "www.google-analytics.com|shop.vn|false",
        "127.0.0.1|127.0.0.1|true"
      })
  void firstPartyIsTheSameRegistrableDomain(String host, String site, boolean first) {
    assertThat(Sites.firstParty(host, site)).isEqualTo(first);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Chính sách bảo mật|https://x.vn/a|true",
        "Quyền riêng tư|https://x.vn/b|true",
        "Privacy|https://x.vn/c|true",
        "Xem thêm|https://x.vn/chinh-sach-bao-mat|true",
        "Giỏ hàng|https://x.vn/gio-hang|false"
      })
  void privacyLinksAreKnownByTextOrAddress(String text, String href, boolean privacy) {
    assertThat(Notices.isPrivacyLink(new Link(text, href))).isEqualTo(privacy);
  }

  @Test
  void policyCoverageNamesTheItemsOfDecree13Article13Clause2ThatATextAddresses() {
    assertThat(
            Notices.coverage(
                "Mục đích xử lý: giao hàng. Loại dữ liệu: họ tên. Chúng tôi không chia sẻ cho bên"
                    + " thứ ba."))
        .containsEntry("purpose", "muc dich")
        .containsEntry("data_types", "loai du lieu")
        .containsEntry("third_parties", "ben thu ba")
        .containsEntry("method", null)
        .containsEntry("consequences", null)
        .containsEntry("period", null);
  }
}
