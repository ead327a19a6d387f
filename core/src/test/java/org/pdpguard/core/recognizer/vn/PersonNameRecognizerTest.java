package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.RecognizerTesting;

class PersonNameRecognizerTest {
  private final PersonNameRecognizer recognizer = new PersonNameRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Nguyễn Văn An | Nguyễn Văn An",
        "Tôi là Trần Thị Thu Hà, sinh ngày 01/01/1990. | Trần Thị Thu Hà",
        "NGUYEN VAN AN chuyen tien | NGUYEN VAN AN",
        "chuyen tien cho NGUYEN VAN AN | NGUYEN VAN AN",
        "NGUYỄN THỊ HOA | NGUYỄN THỊ HOA",
        "Nguyen Thi Hoa da thanh toan | Nguyen Thi Hoa",
        "Lê Anh Tuấn là kỹ sư. | Lê Anh Tuấn",
        "Bác sĩ Nguyễn Thị Mai khám cho bệnh nhân | Nguyễn Thị Mai",
        "Ngày 12/05/2021 Phạm Quốc Bảo ký hợp đồng | Phạm Quốc Bảo",
        "Người mẫu: Nguyễn Văn A | Nguyễn Văn A",
        // tone-mark placement of the old and the new rule
        "Đỗ Thị Thanh Hoà | Đỗ Thị Thanh Hoà",
        "Đỗ Thị Thanh Hòa | Đỗ Thị Thanh Hòa",
        // a given name or initials after an honorific
        "Hôm qua anh Minh đến. | Minh",
        "Tôi gặp chị Lan ở cổng. | Lan",
        "bà Hoa bán rau | Hoa",
        "gap ba Hoa hom qua | Hoa",
        "Người ký: bà H.T.P | H.T.P",
        "ông N.V.A đã ký | N.V.A",
        "Kính gửi Ông Nguyễn Văn An, Giám đốc. | Nguyễn Văn An",
        "Mr. Nguyen Van An joined | Nguyen Van An",
        "bà nguyễn thị hoa đến khám | nguyễn thị hoa",
        // after a label, even with a family name not in the lists
        "Họ và tên: Nguyễn Văn An | Nguyễn Văn An",
        "Họ tên: Ksor Thị Hoa | Ksor Thị Hoa",
        "Chủ tài khoản: TRAN THI BICH NGOC | TRAN THI BICH NGOC",
        "Full name: Le Minh Tuan | Le Minh Tuan",
        "Người nhận: Hoàng Văn Nam, SĐT 0912345678 | Hoàng Văn Nam",
        "họ tên: nguyễn văn an | nguyễn văn an",
        "Tên: Minh | Minh",
        // a court's role before a two-syllable name
        "Tuyên bố bị cáo Trịnh Thanh phạm tội “Trốn thuế”. | Trịnh Thanh",
        "Bố: Nguyễn Quang Nam, sinh năm 1966 | Nguyễn Quang Nam",
        // "bạn" before a listed given name
        "Chào bạn Huyền, em gửi anh tài khoản. | Huyền",
        // an honorific beside a compound that holds one; MS before a name in capitals; a name
        // that ends like a state's word ("Cộng Hòa") when written without marks
        "Nhờ chú Hùng ghi chú lại | Hùng",
        "MS NGUYEN THI LAN | NGUYEN THI LAN",
        "vietinbank chu tk NGUYEN CONG HOA | NGUYEN CONG HOA",
        // a name that starts like a country (Hà Lan)
        "16,HA LAN ANH,0610617811123,Vietcombank | HA LAN ANH",
      })
  void findsNames(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.PERSON_NAME, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // streets, schools, hospitals, markets: the address recognizer takes streets
        "Nhà ở đường Nguyễn Trãi, gần phố Lê Lợi.",
        "Đường Lê Duẩn rất đông",
        "Trường THPT Lê Hồng Phong",
        "Bệnh viện Bạch Mai",
        "Nhà thờ Đức Bà, Chợ Bến Thành, Chùa Trần Quốc",
        "123 Nguyễn Huệ",
        "số 5 Trần Hưng Đạo",
        "duong Le Loi, quan 1",
        // provinces, countries, places
        "Hà Nội và Quảng Nam",
        "Việt Nam",
        "Thái Lan và Trung Quốc",
        "Thái Bình",
        "Hoàng Anh Gia Lai",
        "Bắc Ninh",
        "Le Monde reported that Van Gogh visited Ha Long Bay",
        // ordinary capitalised words, headings, companies
        "Hôm nay trời đẹp. Tôi là sinh viên.",
        "HỢP ĐỒNG LAO ĐỘNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Công ty TNHH Minh Phát",
        "Khách hàng: Công ty TNHH Minh Phát",
        "Tên: Bút bi",
        // "ba" is three, not the honorific "bà", in text written with diacritics
        "Mua ba Hoa hồng ở chợ.",
        // lower-case text is not guessed at without a label or an honorific
        "hôm nay anh minh đi học",
        "nguyễn văn an đã đến",
        // a lone family name; title-case words that look like two-syllable names
        "Mai tôi đi học",
        "Phòng Đào Tạo",
        "Lưu Ý: mang theo giấy tờ",
        "Phạm Vi Điều Chỉnh",
        "LÝ LỊCH TƯ PHÁP",
        "Bộ Văn Hóa",
        // "ban" is also a board, "bạn" also you
        "ban giam doc hop chieu nay",
        "Bạn Có biết không",
        // after a chat speaker's label, lower-case words that spell a name but go on
        "Khach hang: vo minh dang bi viem khop",
        // "ban" is also "bản", a hamlet, before its commune or district
        "dc ban Hoa Phat, Q. Cam Le, Da Nang",
        // read in software translated to Vietnamese (Debian's .mo files): words that hold an
        // honorific, Microsoft's MS, a label's rest, "tên" as a word, countries and states
        "CHÚ Ý: đây chỉ là mô phỏng!",
        "Ghi chú IC 5 cho mã lệnh",
        "Tài liệu nhập MS Troff",
        "Tên TRÌNH ĐIỀU KHIỂN : eth0",
        "chưa định nghĩa tên tiêu chuẩn trong ánh xạ ký tự",
        "Ba Lan",
        "language-name-ms = Tiếng Mã Lai",
        "region-name-mo = Ma Cao",
        "Liên Bang Nga",
        "Vương Quốc Anh Thống Nhất",
        // Firefox's region names: the end of a country of three words
        "region-name-pt = Bồ Đào Nha",
        "region-name-es = Tây Ban Nha",
        "Tiếng Hoà Lan Nam Phi",
        // a list of closings in a letter wizard: "Mến" closes, it does not sign
        "Trân trọng\nMến\nNgười gửi và nhận",
        // interface text in title case (Inkscape, VLC): common words that are no name's syllables
        "Bật/Tắt Chế Độ Hiển Thị",
        "Kim Đồng Hồ",
        "Chế Độ Hiển Thị: Nét Mảnh\nChế Độ Hiển Thị: Bình Thường",
        "Xử lý SVG của Illustrator\nTên Hồ Sơ",
        "Tăng Độ Sáng",
        "Định Dạng Tài Nguyên Thống Nhất (Uniform Resource Identifier)",
        // an indented list of labels (Inkscape's colour functions), no chat: no time confirms them
        "  Hàm Đỏ: r*0.5\n  Hàm Lục: b (Lam)\n  Hàm Lam: g (Lục)",
        // milliseconds, not Ms
        "Độ trễ âm vang, tính bằng ms. Giá trị thông thường là từ 40 đến 200ms.",
        // LibreOffice's help: a toolbar (công cụ), English, a statistic, Microsoft's ADO
        "Nhấn vào biểu tượng để mở thanh công cụ Chèn",
        "bạn có thể chọn Hiển thị ghi chú từ trình đơn ngữ cảnh của ô đó",
        "định dạng tiêu chuẩn cho tiếng Anh Mỹ",
        "Chi Square Statistics in Calc",
        "In a database file window of type MS ADO, choose",
      })
  void findsNothing(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.PERSON_NAME, text)).isEmpty();
  }

  @Test
  void twoSyllableNameScoresBelowTheThresholdUnlessContextLiftsIt() {
    Detector all = Detector.builder().add(recognizer).minScore(0).build();
    Finding three = all.detect("Gặp Trần Văn Hùng hôm qua.").get(0);
    Finding two = all.detect("Gặp Trần Hùng hôm qua.").get(0);
    assertThat(three.score()).isBetween(0.75, 0.85);
    assertThat(two.value()).isEqualTo("Trần Hùng");
    assertThat(two.score()).isLessThan(0.5);
    assertThat(RecognizerTesting.values(recognizer, EntityType.PERSON_NAME, "Học sinh Trần Hùng"))
        .containsExactly("Trần Hùng");
  }

  @Test
  void labelRaisesTheScoreAndIsExplained() {
    Finding bare = RecognizerTesting.find(recognizer, "Nguyễn Văn An").get(0);
    Finding labelled = RecognizerTesting.find(recognizer, "Họ tên: Ksor Thị Hoa").get(0);
    assertThat(labelled.score()).isGreaterThan(bare.score());
    assertThat(labelled.explanation().context()).isEqualTo("Họ tên");
    assertThat(bare.explanation().context()).isNull();
  }

  @Test
  void honorificIsTheContextOfAGivenName() {
    Finding f = RecognizerTesting.find(recognizer, "Hôm qua chị Lan gọi điện.").get(0);
    assertThat(f.explanation().context()).isEqualTo("chị");
    assertThat(f.explanation().pattern()).isEqualTo("honorific");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void twoSyllableDistrictNameIsBelowTheThreshold() {
    assertThat(RecognizerTesting.values(recognizer, EntityType.PERSON_NAME, "Gặp ở Hoàng Mai"))
        .isEmpty();
  }

  private List<String> names(String text) {
    return RecognizerTesting.values(recognizer, EntityType.PERSON_NAME, text);
  }

  @Test
  void aChatSpeakerAnEmailDisplayNameAndASignatureAreNamesInEitherOrder() {
    assertThat(names("[12:46] My Nguyen: so cmnd 271764410")).containsExactly("My Nguyen");
    assertThat(names("Lien Nguyen: tuan sau nhe\n[16:38] Nguyễn Huy: uh roi\nLien Nguyen: ok"))
        .containsExactly("Lien Nguyen", "Nguyễn Huy", "Lien Nguyen");
    assertThat(names("From: Nam Hoang <hoangvannam@vnpt.vn>")).containsExactly("Nam Hoang");
    assertThat(names("Cảm ơn anh.\n\nTrân trọng,\nXuan Nguyen\nMobile: 0912 345 678"))
        .containsExactly("Xuan Nguyen");
    assertThat(names("Thanks & best regards,\nKhoa\n")).containsExactly("Khoa");
    // a ward is named Hiếu too: under a closing the name signs
    assertThat(names("Thân mến,\nHiếu\nMobile: 0912 345 678")).containsExactly("Hiếu");
    assertThat(names("Mến,\nNguyễn Thị Hoa")).containsExactly("Nguyễn Thị Hoa");
    // indented, a speaker who speaks again is one
    assertThat(names("  Lien Nguyen: tuan sau nhe\n  Khach: ok\n  Lien Nguyen: ok"))
        .containsExactly("Lien Nguyen", "Lien Nguyen");
    // a heading's common word does not hide the name under it
    assertThat(names("HỢP ĐỒNG LAO ĐỘNG\nHọ tên: Trần Thị Hồ")).containsExactly("Trần Thị Hồ");
    assertThat(names("Ms. Nguyễn Thị Hoa ký hợp đồng")).containsExactly("Nguyễn Thị Hoa");
  }

  @Test
  void aNameAfterAPhraseThatIntroducesOneNeedsNoColon() {
    assertThat(names("Khach hang: ten e la tran van hai")).containsExactly("tran van hai");
    assertThat(names("tài khoản số 0035348410219 mở tại OCB mang tên TRINH THANH."))
        .containsExactly("TRINH THANH");
    // a lower-case unmarked name that goes on, and a question, are none
    assertThat(names("ten e la tran van hai nhung ma")).isEmpty();
    assertThat(names("Bạn tên là gì?")).isEmpty();
    // "tên" alone before an account holder's name, in a transfer's instructions
    assertThat(names("ck vao stk 12436540066620 bidv, ten NGUYEN TRINH"))
        .containsExactly("NGUYEN TRINH");
    assertThat(names("đặt tên Hà Nội cho con tàu; tên sản phẩm: Sữa Vinamilk")).isEmpty();
  }

  @Test
  void aLowerCaseHonorificBeforeACapitalisedNameStartsNoPlace() {
    // unmarked, "bac Nghia" spells Bắc Nghĩa, a ward, too; the ward writes its first word
    // capitalised
    assertThat(
            names("[16:10] Khach hang: gui cho bac Nghia nhe\n[19:20] Khách: gui cho ba Hang nhe"))
        .containsExactly("Nghia", "Hang");
    assertThat(names("giao ve Bac Nghia, Dong Hoi")).isEmpty();
  }

  @Test
  void aNoteInBracketsMayStandBetweenALabelAndItsColon() {
    assertThat(names("Họ, chữ đệm và tên (viết chữ in hoa): LÊ CÚC\tGiới tính: nữ"))
        .containsExactly("LÊ CÚC");
    // what follows the note must still be a name
    assertThat(names("Tên (nếu có): Công ty ABC")).isEmpty();
  }

  @Test
  void aCardHoldersLabelIsANamesLabel() {
    assertThat(names("Chủ thẻ: TRẦN THANH\nholder: DO VY\nCard holder: Le Thi Hoa"))
        .containsExactly("TRẦN THANH", "DO VY", "Le Thi Hoa");
  }

  @Test
  void aSlotOfOneOwnIsANameThoughAWardBearsIt() {
    // Thủy Nguyên is a district; in an e-mail's header or after a chat's time it is a person
    assertThat(names("From: Thuy Nguyen <thuy.nguyen74@minhlong.vn>"))
        .containsExactly("Thuy Nguyen");
    assertThat(names("Người lập phiếu\nĐào Lộc\nĐT: 028 6187 7112")).containsExactly("Đào Lộc");
  }

  @Test
  void aChatLineTypedWithoutMarksIsJudgedOnItsOwn() {
    assertThat(names("Khach hang: ong Phu oi\nShop: Tổng giá trị đơn hàng là 50.000đ"))
        .containsExactly("Phu");
    assertThat(names("Shop: Dạ vâng ạ\n[21:24] KH: bac Dung oi\nShop: Đơn hàng đã giao"))
        .containsExactly("Dung");
    // and a speaker's label is typed apart from the message after its colon
    assertThat(names("[19:16] Khách: nho ong Hung nhe")).containsExactly("Hung");
  }

  @Test
  void rolesPlacesAndWordsInThoseSlotsAreNoNames() {
    assertThat(names("[09:12] Shop: da nhan don\nKhách hàng: ok\nTư Vấn Viên: dạ")).isEmpty();
    assertThat(names("Hoàng Mai: 12 ca mới\nBa Đình: 3 ca")).isEmpty(); // districts
    assertThat(names("Trân trọng,\nBan Giám đốc\n")).isEmpty();
    assertThat(names("Thân mến,\nCông ty ABC")).isEmpty();
    // not first on its line, not before an address, not under a closing: prose rules apply
    assertThat(names("Ghi chú về Lien Nguyen: gọi lại")).isEmpty();
    assertThat(names("Lien Nguyen: gọi lại sau")).isEmpty(); // once, without a time: a heading?
    assertThat(names("Hôm nay\nKhoa\n")).isEmpty();
  }
}
