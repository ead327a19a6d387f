package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;

/**
 * The body of personal-data law that applies to facts of a given date. Decree 13/2023/NĐ-CP was in
 * force from 1 Jul 2023 until Decree 356/2025/NĐ-CP repealed it (Art. 42.2) on 1 Jan 2026, the day
 * Law 91/2025/QH15 took effect (Art. 38.1). Facts before 1 Jul 2023 have no regime here.
 */
public enum Regime {
  DECREE_13_2023(
      "decree13",
      new Text("Nghị định 13/2023/NĐ-CP", "Decree 13/2023/NĐ-CP"),
      LocalDate.of(2023, 7, 1)),
  LAW_91_2025(
      "law91",
      new Text(
          "Luật 91/2025/QH15 và Nghị định 356/2025/NĐ-CP",
          "Law 91/2025/QH15 and Decree 356/2025/NĐ-CP"),
      LocalDate.of(2026, 1, 1));

  /**
   * Types that Decree 13 does not count as sensitive but Decree 356 Art. 4.1 does: bank and card
   * data (4.1(k)) and credentials (4.1(i), (k)). Under Decree 13 bank data is sensitive only as
   * customer data of a credit institution or payment intermediary (Art. 2.4(h)).
   */
  private static final Set<EntityType> SENSITIVE_SINCE_356 =
      EnumSet.of(EntityType.BANK_ACCOUNT, EntityType.PAYMENT_CARD, EntityType.CREDENTIALS);

  private final String key;
  private final Text name;
  private final LocalDate from;

  Regime(String key, Text name, LocalDate from) {
    this.key = key;
    this.name = name;
    this.from = from;
  }

  /** The key used in rule files ({@code decree13}, {@code law91}). */
  public String key() {
    return key;
  }

  public Text title() {
    return name;
  }

  /** The first day this regime applies to. */
  public LocalDate from() {
    return from;
  }

  /**
   * The regime for facts of {@code date}.
   *
   * @throws IllegalArgumentException for dates before Decree 13 took effect
   */
  public static Regime at(LocalDate date) {
    if (!date.isBefore(LAW_91_2025.from)) {
      return LAW_91_2025;
    }
    if (!date.isBefore(DECREE_13_2023.from)) {
      return DECREE_13_2023;
    }
    throw new IllegalArgumentException(
        "không có quy định bảo vệ dữ liệu cá nhân trước 01/07/2023 / no personal-data regime before"
            + " 1 Jul 2023: "
            + date);
  }

  /** The regime whose rule-file key is {@code key}, or null. */
  public static Regime byKey(String key) {
    for (Regime r : values()) {
      if (r.key.equals(key.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    return null;
  }

  /**
   * The category of {@code type} under this regime. {@code financialInstitution} says the data is
   * held by a credit institution or payment intermediary, which makes bank and card data sensitive
   * under Decree 13 as well.
   */
  public Category categoryOf(EntityType type, boolean financialInstitution) {
    if (this == DECREE_13_2023 && SENSITIVE_SINCE_356.contains(type)) {
      boolean customerData = financialInstitution && type != EntityType.CREDENTIALS;
      return customerData ? Category.SENSITIVE : Category.BASIC;
    }
    return type.category();
  }
}
