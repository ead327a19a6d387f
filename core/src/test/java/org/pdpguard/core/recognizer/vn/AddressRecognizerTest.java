package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.RecognizerTesting;

class AddressRecognizerTest {
  private final AddressRecognizer recognizer = new AddressRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // street parts
        "Nhà tôi ở số 12 ngõ 34 ngách 5 phố Huế. | số 12 ngõ 34 ngách 5 phố Huế",
        "123 Nguyễn Huệ | 123 Nguyễn Huệ",
        // "tổ" and the street Tô Hiến Thành typed without marks
        "so 12 to 5 kp 3 p.Tan Phu | so 12 to 5 kp 3 p.Tan Phu",
        "dc so 47, To Hien Thanh - P. Phu Dinh | so 47, To Hien Thanh - P. Phu Dinh",
        "Giao tới số nhà 15, hẻm 42 đường Lê Văn Sỹ nhé | số nhà 15, hẻm 42 đường Lê Văn Sỹ",
        "kiệt 20 Hùng Vương | kiệt 20 Hùng Vương",
        "ĐỊA CHỈ: 45 LE LOI | 45 LE LOI",
        "Địa chỉ: 12 LÊ LỢI | 12 LÊ LỢI",
        "Số 5, đường Trần Phú | Số 5, đường Trần Phú",
        // a street with its units is one span, old 4-level and new 3-level
        "Địa chỉ: 123 Nguyễn Huệ, phường Bến Nghé, quận 1, TP.HCM | "
            + "123 Nguyễn Huệ, phường Bến Nghé, quận 1, TP.HCM",
        "Nơi ở: 45 Lý Thường Kiệt, phường Cửa Nam, Hà Nội. | 45 Lý Thường Kiệt, phường Cửa Nam, Hà Nội",
        "123/45/6 Lê Lai, P.Bến Thành, Q.1 | 123/45/6 Lê Lai, P.Bến Thành, Q.1",
        "Trụ sở: Tầng 5, Tòa nhà ABC, 29 Liễu Giai, Ba Đình, Hà Nội | "
            + "Tầng 5, Tòa nhà ABC, 29 Liễu Giai, Ba Đình, Hà Nội",
        "Ấp 3, xã Tân Thạnh Đông, huyện Củ Chi, TP. Hồ Chí Minh | "
            + "Ấp 3, xã Tân Thạnh Đông, huyện Củ Chi, TP. Hồ Chí Minh",
        "thôn Đông, xã Yên Thường, huyện Gia Lâm, thành phố Hà Nội | "
            + "thôn Đông, xã Yên Thường, huyện Gia Lâm, thành phố Hà Nội",
        "đường 3/2, phường 12, quận 10 | đường 3/2, phường 12, quận 10",
        "Căn hộ A12, chung cư Sunrise, đường số 7, phường Tân Phong, quận 7 | "
            + "Căn hộ A12, chung cư Sunrise, đường số 7, phường Tân Phong, quận 7",
        // units only, abbreviations, without diacritics, tone-mark variants
        "P. 7, Q. 3, tp.HCM | P. 7, Q. 3, tp.HCM",
        "xã Tân Lập, huyện Đan Phượng, Hà Nội | xã Tân Lập, huyện Đan Phượng, Hà Nội",
        "phường Hoàn Kiếm, Hà Nội | phường Hoàn Kiếm, Hà Nội",
        "phường Hoà Bình, quận Hai Bà Trưng | phường Hoà Bình, quận Hai Bà Trưng",
        "phường Hòa Bình, quận Hai Bà Trưng | phường Hòa Bình, quận Hai Bà Trưng",
        "Thành phố Thủ Đức, Thành phố Hồ Chí Minh | Thành phố Thủ Đức, Thành phố Hồ Chí Minh",
        "Đặc khu Phú Quốc, tỉnh An Giang | Đặc khu Phú Quốc, tỉnh An Giang",
        "so 12 ngo 34 pho Hue, phuong Ben Nghe, quan 1, tp HCM | "
            + "so 12 ngo 34 pho Hue, phuong Ben Nghe, quan 1, tp HCM",
        "TP. Thủ Đức | TP. Thủ Đức",
        "Tôi sống ở Quận 1. | Quận 1",
        "trú tại thôn 3, xã Hòa Phong | thôn 3, xã Hòa Phong",
        // a province in a personal context
        "quê quán: Nghệ An | Nghệ An",
        "Nơi sinh: Hà Nội | Hà Nội",
        "Nơi đăng ký khai sinh: tỉnh Quảng Ngãi | tỉnh Quảng Ngãi",
        "thường trú tại tỉnh Bình Dương | tỉnh Bình Dương",
        "Hometown: Thành phố Hồ Chí Minh | Thành phố Hồ Chí Minh",
        // X. (xã) and Đ. (đường) after another part, with names no list holds; khu; a city and
        // the province of its name
        "nơi cư trú: tổ 8, X. Kim Lũ, Q.Đống Đa, Hà Nội; nghề nghiệp | "
            + "tổ 8, X. Kim Lũ, Q.Đống Đa, Hà Nội",
        "214B Hẻm 643 Đ. Lê Lai, P.Rạch Ông, Q.5, TP.HCM | "
            + "214B Hẻm 643 Đ. Lê Lai, P.Rạch Ông, Q.5, TP.HCM",
        "Địa chỉ: khu Văn Khê, Xã Tam Đồng, Quận Tây Hồ, Hà Nội | "
            + "khu Văn Khê, Xã Tam Đồng, Quận Tây Hồ, Hà Nội",
        "Quê quán: P.Hồ, TP. Bắc Ninh, Bắc Ninh | P.Hồ, TP. Bắc Ninh, Bắc Ninh",
        // a street between commas after a number and before a unit; a street named after a person
        "Số 10, Lý Tự Trọng, phường Hòa Thạnh, Quận 7 | Số 10, Lý Tự Trọng, phường Hòa Thạnh, Quận 7",
        "\"143, Nam Kỳ Khởi Nghĩa, phường Khánh Hội, TP. Hồ Chí Minh\" | "
            + "143, Nam Kỳ Khởi Nghĩa, phường Khánh Hội, TP. Hồ Chí Minh",
        "155B Đ. Phạm Văn Đồng, P. Tân An, TP. Cần Thơ | 155B Đ. Phạm Văn Đồng, P. Tân An, TP. Cần Thơ",
        // rooms and buildings with their numbers, K for kiệt (a lane)
        "Phòng 1111, tòa N09, Nguyễn Văn Thoại, xã Mê Linh, Hà Nội | "
            + "Phòng 1111, tòa N09, Nguyễn Văn Thoại, xã Mê Linh, Hà Nội",
        "Phòng 318, tòa A2 Bùi Thị Xuân, phường Tam Bình | Phòng 318, tòa A2 Bùi Thị Xuân, phường Tam Bình",
        "Nơi thường trú: 36 K189 Trần Cao Vân, P.Thuỷ Xuân, Huế | 36 K189 Trần Cao Vân, P.Thuỷ Xuân, Huế",
        // "Dương" folds like "đường" but is spelled otherwise: no unit word inside the street
        "139 đường Kinh Dương Vương, P. Phú An | 139 đường Kinh Dương Vương, P. Phú An",
        // a hamlet (bản) before its commune; D. is Đ. typed without marks
        "Địa chỉ: bản Quang Minh, xã Phú Nghĩa, Hà Nội | bản Quang Minh, xã Phú Nghĩa, Hà Nội",
        "giao ve So 263 D. Nguyen Tat Thanh, Phuong Tan Lap, tinh Dak Lak | "
            + "So 263 D. Nguyen Tat Thanh, Phuong Tan Lap, tinh Dak Lak",
        "trú tại: 23, Đ. Trần Hưng Đạo, P.Bình Hòa, TP.HCM; vắng mặt | "
            + "23, Đ. Trần Hưng Đạo, P.Bình Hòa, TP.HCM",
        // "Tô" folds like "tổ" but is spelled otherwise: a street's name
        "\"140, Tô Hiến Thành, phường Vườn Lài, TP.HCM\" | 140, Tô Hiến Thành, phường Vườn Lài, TP.HCM",
      })
  void findsAddresses(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.ADDRESS, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a province in prose is no one's address
        "Hà Nội hôm nay mưa",
        // Đ. after an amount is the dong; an abbreviation with an unlisted name starts nothing
        "Số tiền 500.000 đ. Nguyễn Văn An ký nhận",
        "X. Hoa Mai đến muộn",
        // unmarked words among marked ones are other words: "Quang" is no "Quảng"
        "Bố: Nguyễn Quang Nam, sinh năm 1966",
        // an amount in dong, a judgment
        "gia 12.644.000 VNĐ dung ko",
        "Bản án số 12/2024/HS-ST ngày 05/03/2024",
        // a department is no room; a number, a comma and a name with no unit after it is a list
        "Họp tại Phòng Kế toán, tầng trệt.",
        "Kết quả: 143, Nguyễn Văn An đứng thứ hai",
        "Cao Bằng, Lâm Đồng, Thái Bình và Thái Lan",
        // health term, guild, organisation: unit words without a unit
        "Chỉ số đường huyết 7.2 mmol/L",
        "Đường huyết lúc đói cao",
        "phường hội thời xưa",
        "tổ chức sự kiện",
        "Quận ủy đã họp",
        "các quận nội thành",
        // an unlisted name after the unit word
        "Phim về Quận Cam, California",
        // company, heading, amounts, numbers of anything
        "Công ty TNHH Minh Phát",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số tiền 5.000.000 đồng",
        "số 12 trong danh sách",
        "Doanh thu Q.3 năm 2024",
        "năm 2020 Nguyễn Văn An tốt nghiệp",
        "Ngày 12/05/2021 Nguyễn Văn An ký",
        // a person's name is not a street
        "Nguyễn Văn An",
        // a street name alone is no one's address
        "Tắc đường Nguyễn Trãi",
        // a number and a code, a currency or a log level in capitals is no house and street
        "gửi đc r, gia 3,438,000 VND dung ko",
        "2024-07-04 17:16:28 INFO cập nhật địa chỉ giao hàng",
        "12:05:33 WARN địa chỉ không hợp lệ",
        // software text: a version is no hamlet (bản), a format's field no house number
        "Dữ liệu bảng địa chỉ trong phiên bản 3 có lẽ bị sai.",
        "Địa chỉ ảo: %08lx Kích cỡ khúc",
        // the English "to" of a range or a sentence, not "tổ" without marks
        "within the range 0 to 1 (exclusive)",
        "For i = 0 To UBound(args)",
        "Address: ActiveX Control to Display Documents",
        "address: go to Settings, then",
        // LibreOffice's help: a formula's range, quarters with a format code on the next line,
        // the last groups of an IBAN
        "sum from i=1 to N h_i(t')",
        "Quarterly as Q1 to Q4\nQ\nQuarterly as 1st quarter to 4th quarter",
        "IsIBAN(\"BR15 0000 0000 0000 1093 2840 814 P2\") ' True",
        // a measure after an address's abbreviation (DC, đc: địa chỉ)
        "Địa chỉ DC: 96000 Hz",
        "DC\n96000 Hz",
      })
  void findsNothing(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.ADDRESS, text)).isEmpty();
  }

  @Test
  void theLastGroupOfAMacAddressIsNoAddressLabel() {
    // "dc" is also "đc" (địa chỉ), but not as the last group of 01:00:5e:50:3b:dc
    String log =
        "2024-08-20 06:50:11 DEBUG multicast join group=01:00:5e:50:3b:dc iface=eth2\n"
            + "2024-08-20 06:50:28 INFO  agent version 2.8.8 started\n";
    assertThat(RecognizerTesting.values(recognizer, EntityType.ADDRESS, log)).isEmpty();
    assertThat(RecognizerTesting.values(recognizer, EntityType.ADDRESS, "đc: 28 Lý Thái Tổ"))
        .containsExactly("28 Lý Thái Tổ");
  }

  @Test
  void aHouseNumberBeforeACommaAndItsLaneOrStreetWordIsTheAddresssFirstPart() {
    assertThat(
            RecognizerTesting.values(
                recognizer,
                EntityType.ADDRESS,
                "address=\"76, ngõ 463 Phố Mậu Thân - phường Hàng Bài - Thành phố Hà Nội\"\n"
                    + "Nơi ở: 99B, đường Trần Phú, xã Quảng Bị, Thành phố Hà Nội\n"
                    + "dc: 290, ngo 151 quoc lo 31a, phuong tay tuu, thanh pho ha noi"))
        .containsExactly(
            "76, ngõ 463 Phố Mậu Thân - phường Hàng Bài - Thành phố Hà Nội",
            "99B, đường Trần Phú, xã Quảng Bị, Thành phố Hà Nội",
            "290, ngo 151 quoc lo 31a, phuong tay tuu, thanh pho ha noi");
    // a number and a comma before other words, or a street word with no street, start nothing
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.ADDRESS, "Bước 2, đường truyền bị lỗi. Tổng 5, ngõ cụt."))
        .isEmpty();
  }

  @Test
  void aCapitalXAndItsDotStartAnAddressBeforeAListedCommune() {
    assertThat(
            RecognizerTesting.values(
                recognizer,
                EntityType.ADDRESS,
                "Quê quán: X. Nam Phước, Đà Nẵng\n"
                    + "Nơi đăng ký khai sinh: X. Vĩnh Thanh, TX. Giá Rai, Tỉnh Bạc Liêu"))
        .containsExactly("X. Nam Phước, Đà Nẵng", "X. Vĩnh Thanh, TX. Giá Rai, Tỉnh Bạc Liêu");
    // not before words that name no commune, nor a lower-case x
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.ADDRESS, "Chụp X. Quang phổi. Mẫu X. Nam. x. Nam Phước"))
        .isEmpty();
  }

  @Test
  void aStreetNamedForADateIsOneName() {
    assertThat(
            RecognizerTesting.values(
                recognizer,
                EntityType.ADDRESS,
                "trú tại: 251 Đường 30 Tháng 4, quận Hải Châu, TP. Đà Nẵng; vắng mặt\n"
                    + "Địa chỉ: Số 172 30 Tháng 4, Xã Minh An, Tỉnh Yên Bái\n"
                    + "Số 158, ngách 73/18, ngõ 351 3 Tháng 2, Quận Hoàn Kiếm, TP. Hà Nội\n"
                    + "dia chi: So 178 hem so 823 duong 30 Thang 4, xa Thuong Tan, TP.HCM"))
        .containsExactly(
            "251 Đường 30 Tháng 4, quận Hải Châu, TP. Đà Nẵng",
            "Số 172 30 Tháng 4, Xã Minh An, Tỉnh Yên Bái",
            "Số 158, ngách 73/18, ngõ 351 3 Tháng 2, Quận Hoàn Kiếm, TP. Hà Nội",
            "So 178 hem so 823 duong 30 Thang 4, xa Thuong Tan, TP.HCM");
    // a date in prose is no street, nor a month that cannot be one
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.ADDRESS, "Ngày 30 Tháng 4 năm 1975. Số 12 32 Tháng 13."))
        .isEmpty();
  }

  @Test
  void provinceInPersonalContextScoresAboveTheSameNameInProse() {
    Finding prose =
        Detector.builder().add(recognizer).minScore(0).build().detect("Hà Nội hôm nay mưa").get(0);
    Finding hometown = RecognizerTesting.find(recognizer, "quê quán: Hà Nội").get(0);
    assertThat(prose.score()).isLessThan(0.5);
    assertThat(hometown.score()).isGreaterThanOrEqualTo(0.8);
    assertThat(hometown.explanation().context()).isEqualTo("quê quán");
  }

  @Test
  void streetWithUnitsScoresHigherThanStreetAlone() {
    Finding street = RecognizerTesting.find(recognizer, "Số 5, đường Trần Phú").get(0);
    Finding full =
        RecognizerTesting.find(recognizer, "Số 5, đường Trần Phú, phường Lộc Thọ, Nha Trang")
            .get(0);
    assertThat(full.score()).isGreaterThan(street.score());
    assertThat(full.explanation().pattern()).isEqualTo("street and units");
  }
}
