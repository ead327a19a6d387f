package org.pdpguard.core;

import java.util.Locale;

/**
 * The personal-data types of {@code spec/entities.md}. Names are a contract: add types, never
 * rename one.
 */
public enum EntityType {
  PERSON_NAME(Category.BASIC, "2.3a", "Họ và tên", "Person name"),
  DATE_OF_BIRTH(Category.BASIC, "2.3b", "Ngày sinh", "Date of birth"),
  AGE(Category.BASIC, "2.3b", "Tuổi", "Age"),
  GENDER(Category.BASIC, "2.3c", "Giới tính", "Gender"),
  ADDRESS(Category.BASIC, "2.3d", "Địa chỉ", "Address"),
  NATIONALITY(Category.BASIC, "2.3đ", "Quốc tịch", "Nationality"),
  PHONE_NUMBER(Category.BASIC, "2.3g", "Số điện thoại", "Phone number"),
  VN_CCCD(Category.BASIC, "2.3g", "Số CCCD / định danh cá nhân", "Citizen ID (CCCD)"),
  VN_CMND(Category.BASIC, "2.3g", "Số CMND", "Old ID card (CMND)"),
  PASSPORT_NUMBER(Category.BASIC, "2.3g", "Số hộ chiếu", "Passport number"),
  VN_DRIVER_LICENSE(Category.BASIC, "2.3g", "Số giấy phép lái xe", "Driving licence"),
  VN_LICENSE_PLATE(Category.BASIC, "2.3g", "Biển số xe", "Licence plate"),
  VN_TAX_CODE(Category.BASIC, "2.3g", "Mã số thuế", "Tax code (MST)"),
  VN_SOCIAL_INSURANCE(Category.BASIC, "2.3g", "Mã số BHXH", "Social insurance code"),
  VN_HEALTH_INSURANCE(Category.BASIC, "2.3g", "Mã thẻ BHYT", "Health insurance card"),
  MARITAL_STATUS(Category.BASIC, "2.3h", "Tình trạng hôn nhân", "Marital status"),
  EMAIL_ADDRESS(Category.BASIC, "2.3g/k", "Thư điện tử", "E-mail address"),
  ONLINE_ACCOUNT(Category.BASIC, "2.3k", "Tài khoản mạng", "Online account"),
  IP_ADDRESS(Category.BASIC, "2.3l", "Địa chỉ IP", "IP address"),
  DEVICE_ID(Category.BASIC, "2.3l", "Mã thiết bị", "Device identifier"),
  HEALTH(Category.SENSITIVE, "2.4b", "Sức khỏe", "Health"),
  RELIGION(Category.SENSITIVE, "2.4a", "Tôn giáo", "Religion"),
  POLITICAL_OPINION(Category.SENSITIVE, "2.4a", "Quan điểm chính trị", "Political opinion"),
  ETHNICITY(Category.SENSITIVE, "2.4c", "Dân tộc", "Ethnicity"),
  GENETIC_DATA(Category.SENSITIVE, "2.4d", "Dữ liệu di truyền", "Genetic data"),
  BIOMETRIC_DATA(Category.SENSITIVE, "2.4đ", "Dữ liệu sinh trắc học", "Biometric data"),
  SEX_LIFE(Category.SENSITIVE, "2.4e", "Đời sống tình dục", "Sex life"),
  CRIMINAL_RECORD(Category.SENSITIVE, "2.4g", "Tiền án, tiền sự", "Criminal record"),
  BANK_ACCOUNT(Category.SENSITIVE, "2.4h", "Số tài khoản ngân hàng", "Bank account"),
  PAYMENT_CARD(Category.SENSITIVE, "2.4h", "Số thẻ thanh toán", "Payment card"),
  CREDENTIALS(Category.SENSITIVE, "", "Thông tin đăng nhập", "Credentials"),
  LOCATION_DATA(Category.SENSITIVE, "2.4i", "Dữ liệu vị trí", "Location data");

  private final Category category;
  private final String decree13;
  private final String labelVi;
  private final String labelEn;

  EntityType(Category category, String decree13, String labelVi, String labelEn) {
    this.category = category;
    this.decree13 = decree13;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** The category under Decree 356/2025/NĐ-CP, the law in force since 1 Jan 2026. */
  public Category category() {
    return category;
  }

  /** The clause of Decree 13/2023/NĐ-CP Art. 2 for events before 2026; empty when it had none. */
  public String decree13Clause() {
    return decree13;
  }

  /** A short Vietnamese label for people. */
  public String labelVi() {
    return labelVi;
  }

  /** A short English label for people. */
  public String labelEn() {
    return labelEn;
  }

  /** Parses a type name case-insensitively; throws {@link IllegalArgumentException} naming it. */
  public static EntityType parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown personal-data type '" + name + "'", e);
    }
  }
}
