package org.pdpguard.judge;

import java.util.Locale;

/** The legal instruments that rules cite, by the short key used in rule files. */
public enum Instrument {
  LAW_91_2025("law91", new Text("Luật 91/2025/QH15", "Law 91/2025/QH15")),
  DECREE_356_2025("decree356", new Text("Nghị định 356/2025/NĐ-CP", "Decree 356/2025/NĐ-CP")),
  DECREE_330_2026("decree330", new Text("Nghị định 330/2026/NĐ-CP", "Decree 330/2026/NĐ-CP")),
  DECREE_13_2023("decree13", new Text("Nghị định 13/2023/NĐ-CP", "Decree 13/2023/NĐ-CP")),
  DECREE_15_2020(
      "decree15",
      new Text(
          "Nghị định 15/2020/NĐ-CP (sửa đổi bởi Nghị định 14/2022/NĐ-CP)",
          "Decree 15/2020/NĐ-CP (as amended by Decree 14/2022/NĐ-CP)"));

  private final String key;
  private final Text title;

  Instrument(String key, Text title) {
    this.key = key;
    this.title = title;
  }

  public String key() {
    return key;
  }

  public Text title() {
    return title;
  }

  /** The instrument whose rule-file key is {@code key}, or null. */
  public static Instrument byKey(String key) {
    for (Instrument i : values()) {
      if (i.key.equals(key.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return null;
  }
}
