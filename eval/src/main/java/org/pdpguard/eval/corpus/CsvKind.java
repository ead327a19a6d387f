package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.AGE;
import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.GENDER;
import static org.pdpguard.core.EntityType.HEALTH;
import static org.pdpguard.core.EntityType.MARITAL_STATUS;
import static org.pdpguard.core.EntityType.NATIONALITY;
import static org.pdpguard.core.EntityType.ONLINE_ACCOUNT;
import static org.pdpguard.core.EntityType.PASSPORT_NUMBER;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.POLITICAL_OPINION;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_CMND;
import static org.pdpguard.core.EntityType.VN_DRIVER_LICENSE;
import static org.pdpguard.core.EntityType.VN_HEALTH_INSURANCE;
import static org.pdpguard.core.EntityType.VN_LICENSE_PLATE;
import static org.pdpguard.core.EntityType.VN_SOCIAL_INSURANCE;
import static org.pdpguard.core.EntityType.VN_TAX_CODE;

import java.util.List;
import org.pdpguard.core.EntityType;

/**
 * CSV exports: a header row and records of customers, payroll, patients, shop orders, members,
 * vehicles or transfers. In a CSV a value's context is its column header; comma or semicolon
 * delimiters; fields with the delimiter or a quote are quoted, and the gold span stays inside the
 * quotes.
 */
final class CsvKind implements Kind {
  /** A cell value and its type (null: not personal data). */
  private record Cell(EntityType type, String value) {}

  private interface Column {
    Cell cell(Dice d, Person p, int row);
  }

  private record Col(String header, Column column) {}

  private static final List<List<Col>> SCHEMAS =
      List.of(
          List.of(
              c("ma_kh", (d, p, r) -> plain("KH" + Values.pad(1000 + r, 6))),
              c("ho_ten", (d, p, r) -> cell(PERSON_NAME, p.name(name(d)))),
              c("ngay_sinh", (d, p, r) -> cell(DATE_OF_BIRTH, Values.dobDigits(d, p.birth()))),
              c("gioi_tinh", (d, p, r) -> cell(GENDER, Values.gender(d, p.female()))),
              c("so_cccd", (d, p, r) -> cell(VN_CCCD, p.cccd())),
              c(
                  "so_dien_thoai",
                  (d, p, r) -> cell(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()))),
              c("email", (d, p, r) -> cell(EMAIL_ADDRESS, p.email())),
              c("dia_chi", (d, p, r) -> cell(ADDRESS, Addresses.full(d, p.home()))),
              c("ngay_tao", (d, p, r) -> plain(Values.docDate(d).toString()))),
          List.of(
              c("ma_nv", (d, p, r) -> plain("NV" + Values.pad(100 + r, 4))),
              c("ho_va_ten", (d, p, r) -> cell(PERSON_NAME, p.name(Names.Form.TITLE))),
              c("phong_ban", (d, p, r) -> plain(d.pick("Kế toán", "Kinh doanh", "IT", "Kho vận"))),
              c("mst_ca_nhan", (d, p, r) -> cell(VN_TAX_CODE, p.mst())),
              c("so_bhxh", (d, p, r) -> cell(VN_SOCIAL_INSURANCE, p.bhxh())),
              c("tinh_trang_hon_nhan", (d, p, r) -> cell(MARITAL_STATUS, p.marital())),
              c("so_tai_khoan", (d, p, r) -> cell(BANK_ACCOUNT, p.account())),
              c(
                  "doan_the",
                  (d, p, r) ->
                      d.chance(0.5)
                          ? plain("")
                          : cell(
                              POLITICAL_OPINION,
                              d.pick("Đảng viên", "Đoàn viên", "Đảng viên dự bị"))),
              c("ngan_hang", (d, p, r) -> plain(p.bank().shortName())),
              c("luong_co_ban", (d, p, r) -> plain(String.valueOf(d.between(60, 450) * 100_000)))),
          List.of(
              c("ma_bn", (d, p, r) -> plain("BN" + d.digits(7))),
              c("ho_ten_benh_nhan", (d, p, r) -> cell(PERSON_NAME, p.name(name(d)))),
              c("tuoi", (d, p, r) -> cell(AGE, String.valueOf(p.age()))),
              c("gioi_tinh", (d, p, r) -> cell(GENDER, Values.gender(d, p.female()))),
              c("ma_the_bhyt", (d, p, r) -> cell(VN_HEALTH_INSURANCE, p.bhyt())),
              c("chan_doan", (d, p, r) -> cell(HEALTH, d.pick(Terms.DISEASES))),
              c("ngay_vao_vien", (d, p, r) -> plain(Values.dmy(Values.docDate(d))))),
          List.of(
              c("order_id", (d, p, r) -> plain(d.number(13))),
              c("customer_name", (d, p, r) -> cell(PERSON_NAME, p.name(name(d)))),
              c("phone", (d, p, r) -> cell(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()))),
              c("shipping_address", (d, p, r) -> cell(ADDRESS, Addresses.full(d, p.home()))),
              c("total", (d, p, r) -> plain(String.valueOf(d.between(5, 900) * 1000))),
              c("status", (d, p, r) -> plain(d.pick("delivered", "shipping", "cancelled"))),
              c(
                  "created_at",
                  (d, p, r) ->
                      plain(
                          Values.docDate(d)
                              + " "
                              + Values.time(d)
                              + ":"
                              + Values.pad(d.below(60), 2)))),
          List.of(
              c("id", (d, p, r) -> plain(String.valueOf(5000 + r))),
              c(
                  "full_name",
                  (d, p, r) ->
                      cell(
                          PERSON_NAME,
                          p.name(
                              d.pick(Names.Form.CAPS_ASCII, Names.Form.ASCII, Names.Form.TITLE)))),
              c("dob", (d, p, r) -> cell(DATE_OF_BIRTH, p.birth().toString())),
              c(
                  "gender",
                  (d, p, r) ->
                      cell(
                          GENDER,
                          p.female()
                              ? d.pick("F", "Female", "female")
                              : d.pick("M", "Male", "male"))),
              c("email", (d, p, r) -> cell(EMAIL_ADDRESS, p.email())),
              c("passport_no", (d, p, r) -> cell(PASSPORT_NUMBER, p.passport())),
              c("nationality", (d, p, r) -> cell(NATIONALITY, d.pick(Terms.NATIONALITIES_EN)))),
          List.of(
              c("stt", (d, p, r) -> plain(String.valueOf(r))),
              c("chu_xe", (d, p, r) -> cell(PERSON_NAME, p.name(name(d)))),
              c("bien_so", (d, p, r) -> cell(VN_LICENSE_PLATE, p.plate())),
              c("so_gplx", (d, p, r) -> cell(VN_DRIVER_LICENSE, p.licence())),
              c("so_cmnd", (d, p, r) -> cell(VN_CMND, p.cmnd())),
              c("sdt", (d, p, r) -> cell(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine())))),
          List.of(
              c("stt", (d, p, r) -> plain(String.valueOf(r))),
              c("ten_chu_tk", (d, p, r) -> cell(PERSON_NAME, p.name(Names.Form.CAPS_ASCII))),
              c("so_tk", (d, p, r) -> cell(BANK_ACCOUNT, p.account())),
              c("ngan_hang", (d, p, r) -> plain(p.bank().shortName())),
              c("so_the", (d, p, r) -> cell(PAYMENT_CARD, p.card())),
              c("so_tien", (d, p, r) -> plain(String.valueOf(d.between(1, 500) * 10_000))),
              c(
                  "noi_dung",
                  (d, p, r) ->
                      plain(
                          d.pick(
                              "Chuyen tien", "Thanh toan don hang " + d.digits(8), "Hoan ung")))),
          List.of(
              c("ho_ten", (d, p, r) -> cell(PERSON_NAME, p.name(name(d)))),
              c("sdt", (d, p, r) -> cell(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()))),
              c("facebook", (d, p, r) -> cell(ONLINE_ACCOUNT, Accounts.profileUrl(d, p.handle()))),
              c("nguon", (d, p, r) -> plain(d.pick("Quảng cáo FB", "Hội chợ", "Giới thiệu"))),
              c("ngay_lien_he", (d, p, r) -> plain(Values.dmy(Values.docDate(d)))),
              c(
                  "ghi_chu",
                  (d, p, r) ->
                      plain(d.pick("Quan tâm gói cơ bản", "Hẹn gọi lại", "Đã gửi báo giá", "")))));

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public void write(Dice d, Doc doc) {
    List<Col> schema = d.pick(SCHEMAS);
    char sep = d.chance(0.8) ? ',' : ';';
    for (int i = 0; i < schema.size(); i++) {
      doc.t(i == 0 ? "" : String.valueOf(sep)).t(schema.get(i).header());
    }
    doc.nl();
    int rows = d.between(5, 25);
    for (int r = 1; r <= rows; r++) {
      Person p = Person.next(d);
      for (int i = 0; i < schema.size(); i++) {
        if (i > 0) {
          doc.t(String.valueOf(sep));
        }
        Cell c = schema.get(i).column().cell(d, p, r);
        boolean quote =
            c.value().indexOf(sep) >= 0 || c.value().indexOf('"') >= 0 || d.chance(0.05);
        doc.t(quote ? "\"" : "")
            .maybe(c.type(), c.value().replace("\"", "\"\""))
            .t(quote ? "\"" : "");
      }
      doc.nl();
    }
  }

  private static Col c(String header, Column column) {
    return new Col(header, column);
  }

  private static Cell cell(EntityType type, String value) {
    return new Cell(type, value);
  }

  private static Cell plain(String value) {
    return new Cell(null, value);
  }

  private static Names.Form name(Dice d) {
    return d.chance(0.75)
        ? Names.Form.TITLE
        : d.pick(Names.Form.CAPS_ASCII, Names.Form.ASCII, Names.Form.CAPS);
  }
}
