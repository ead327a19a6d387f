package org.pdpguard.webaudit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pdpguard.core.EntityType;

/**
 * Which personal-data type a form field asks for, in the engine's vocabulary. The HTML {@code
 * autocomplete} token is the site's own statement and wins; then the input type ({@code email},
 * {@code tel}, {@code password}); then words of the label, name, id and placeholder, Vietnamese
 * without diacritics or English. Phrases are tried in table order, so the specific comes first
 * ({@code email address} is an e-mail, not an address; {@code ten dang nhap} a login, not a name).
 */
final class FieldClassifier {
  private static final Map<String, EntityType> AUTOCOMPLETE = new LinkedHashMap<>();
  private static final Map<String, EntityType> WORDS = new LinkedHashMap<>();

  static {
    for (String t : List.of("tel", "tel-national", "tel-local", "mobile")) {
      AUTOCOMPLETE.put(t, EntityType.PHONE_NUMBER);
    }
    AUTOCOMPLETE.put("email", EntityType.EMAIL_ADDRESS);
    for (String t :
        List.of("name", "given-name", "family-name", "additional-name", "honorific-prefix")) {
      AUTOCOMPLETE.put(t, EntityType.PERSON_NAME);
    }
    for (String t : List.of("bday", "bday-day", "bday-month", "bday-year")) {
      AUTOCOMPLETE.put(t, EntityType.DATE_OF_BIRTH);
    }
    for (String t :
        List.of(
            "street-address",
            "address-line1",
            "address-line2",
            "address-line3",
            "address-level1",
            "address-level2",
            "address-level3",
            "address-level4")) {
      AUTOCOMPLETE.put(t, EntityType.ADDRESS);
    }
    for (String t : List.of("cc-number", "cc-csc", "cc-exp", "cc-name")) {
      AUTOCOMPLETE.put(t, EntityType.PAYMENT_CARD);
    }
    AUTOCOMPLETE.put("current-password", EntityType.CREDENTIALS);
    AUTOCOMPLETE.put("new-password", EntityType.CREDENTIALS);
    AUTOCOMPLETE.put("one-time-code", EntityType.CREDENTIALS);
    AUTOCOMPLETE.put("username", EntityType.ONLINE_ACCOUNT);
    AUTOCOMPLETE.put("sex", EntityType.GENDER);

    word(EntityType.CREDENTIALS, "mat khau", "password", "passwd", "pwd", "ma pin", "otp");
    word(EntityType.ONLINE_ACCOUNT, "ten dang nhap", "username", "user name", "login");
    word(EntityType.EMAIL_ADDRESS, "email", "e mail", "thu dien tu", "mail");
    word(EntityType.VN_CMND, "cmnd", "chung minh nhan dan", "chung minh thu");
    word(
        EntityType.VN_CCCD,
        "cccd",
        "can cuoc",
        "can cuoc cong dan",
        "so dinh danh",
        "dinh danh ca nhan",
        "citizen id",
        "national id",
        "id card",
        "id number");
    word(EntityType.PASSPORT_NUMBER, "ho chieu", "passport");
    word(EntityType.VN_TAX_CODE, "ma so thue", "mst", "tax code", "tax id");
    word(EntityType.VN_SOCIAL_INSURANCE, "bhxh", "bao hiem xa hoi", "social insurance");
    word(EntityType.VN_HEALTH_INSURANCE, "bhyt", "bao hiem y te", "health insurance");
    word(EntityType.PAYMENT_CARD, "so the", "card number", "credit card", "the tin dung", "cvv");
    word(
        EntityType.BANK_ACCOUNT,
        "so tai khoan",
        "tai khoan ngan hang",
        "stk",
        "bank account",
        "account number");
    word(
        EntityType.PHONE_NUMBER,
        "so dien thoai",
        "dien thoai",
        "sdt",
        "di dong",
        "phone",
        "mobile",
        "tel",
        "telephone",
        "zalo");
    word(
        EntityType.DATE_OF_BIRTH,
        "ngay sinh",
        "nam sinh",
        "sinh ngay",
        "birth",
        "birthday",
        "dob",
        "bday");
    word(EntityType.GENDER, "gioi tinh", "gender", "sex");
    word(
        EntityType.ADDRESS,
        "dia chi",
        "address",
        "street",
        "so nha",
        "phuong xa",
        "quan huyen",
        "tinh thanh",
        "tinh thanh pho");
    word(
        EntityType.PERSON_NAME,
        "ho va ten",
        "ho ten",
        "ten",
        "ten cua ban",
        "full name",
        "fullname",
        "your name",
        "first name",
        "last name",
        "firstname",
        "lastname",
        "name");
  }

  /** Words of a checkbox label that make it a consent box. */
  private static final List<String> CONSENT =
      List.of(
          "dong y",
          "chap thuan",
          "chap nhan",
          "chinh sach",
          "dieu khoan",
          "consent",
          "agree",
          "accept",
          "privacy");

  private FieldClassifier() {}

  private static void word(EntityType type, String... phrases) {
    for (String p : phrases) {
      WORDS.put(p, type);
    }
  }

  /** The type a field asks for, or null when it asks for no personal data. */
  static EntityType classify(String type, String autocomplete, String... words) {
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (List.of(
            "hidden",
            "submit",
            "button",
            "reset",
            "image",
            "file",
            "checkbox",
            "radio",
            "range",
            "color")
        .contains(t)) {
      return null;
    }
    if (autocomplete != null && !autocomplete.isBlank()) {
      String[] tokens = autocomplete.trim().toLowerCase(Locale.ROOT).split("\\s+");
      EntityType a = AUTOCOMPLETE.get(tokens[tokens.length - 1]);
      if (a != null) {
        return a;
      }
    }
    switch (t) {
      case "email":
        return EntityType.EMAIL_ADDRESS;
      case "tel":
        return EntityType.PHONE_NUMBER;
      case "password":
        return EntityType.CREDENTIALS;
      default:
        break;
    }
    String folded = Words.fold(words);
    for (Map.Entry<String, EntityType> e : WORDS.entrySet()) {
      if (folded.contains(" " + e.getKey() + " ")) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Whether a checkbox with this label (and nearby text) asks for consent. */
  static boolean isConsent(String type, String label) {
    return "checkbox".equalsIgnoreCase(type) && Words.any(Words.fold(label), CONSENT);
  }
}
