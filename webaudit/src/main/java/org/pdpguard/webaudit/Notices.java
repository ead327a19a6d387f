package org.pdpguard.webaudit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Privacy notices: which links lead to one, and which of the items Decree 13/2023 Art. 13.2
 * requires a notice to give a text covers: (a) purpose, (b) types of data, (c) method of
 * processing, (d) other organisations or individuals involved, (đ) possible unwanted consequences,
 * (e) start and end of processing. Law 91/2025 keeps the duty to notify; the item list is the one
 * the project's legal reference confirms. Coverage is by words, so it says a topic is addressed,
 * not that it is addressed well: an inspector reads the saved page.
 */
final class Notices {
  private static final List<String> PRIVACY_WORDS =
      List.of(
          "chinh sach bao mat",
          "chinh sach quyen rieng tu",
          "quyen rieng tu",
          "bao ve du lieu ca nhan",
          "bao mat thong tin",
          "chinh sach bao ve",
          "xu ly du lieu ca nhan",
          "thong bao xu ly du lieu",
          "privacy",
          "privacy policy",
          "privacy notice",
          "data protection",
          "personal data");

  private static final List<String> PRIVACY_HREF =
      List.of(
          "privacy", "chinh sach bao mat", "bao mat", "quyen rieng tu", "bao ve du lieu", "policy");

  /** The items of Art. 13.2 and words that show a text addresses each. */
  static final Map<String, List<String>> ITEMS = new LinkedHashMap<>();

  static {
    ITEMS.put("purpose", List.of("muc dich", "purpose", "purposes"));
    ITEMS.put(
        "data_types",
        List.of(
            "loai du lieu",
            "du lieu ca nhan duoc thu thap",
            "du lieu chung toi thu thap",
            "thong tin thu thap",
            "thong tin duoc thu thap",
            "types of data",
            "types of personal data",
            "categories of personal data",
            "data we collect"));
    ITEMS.put(
        "method",
        List.of(
            "cach thuc xu ly",
            "phuong thuc xu ly",
            "cach thuc thu thap",
            "hinh thuc xu ly",
            "how we process",
            "how we use",
            "method of processing"));
    ITEMS.put(
        "third_parties",
        List.of(
            "ben thu ba",
            "to chuc ca nhan khac",
            "chia se du lieu",
            "chia se thong tin",
            "ben nhan",
            "third party",
            "third parties",
            "recipients",
            "share your"));
    ITEMS.put(
        "consequences",
        List.of(
            "hau qua", "thiet hai", "rui ro", "consequences", "unwanted consequences", "risks"));
    ITEMS.put(
        "period",
        List.of(
            "thoi gian xu ly",
            "thoi gian luu tru",
            "thoi han luu tru",
            "thoi gian bat dau",
            "thoi gian ket thuc",
            "luu tru trong",
            "retention",
            "retain",
            "processing period",
            "how long"));
  }

  private Notices() {}

  /** Whether {@code link} leads to a privacy notice, by its text or its address. */
  static boolean isPrivacyLink(Link link) {
    if (Words.any(Words.fold(link.text()), PRIVACY_WORDS)) {
      return true;
    }
    String href = link.href() == null ? "" : link.href();
    int q = href.indexOf('?');
    String path = Words.fold(q < 0 ? href : href.substring(0, q));
    return Words.any(path, PRIVACY_HREF);
  }

  static List<Link> privacyLinks(List<Link> links) {
    List<Link> out = new ArrayList<>();
    for (Link l : links) {
      if (isPrivacyLink(l)) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Which items {@code text} addresses: each item's key with the first phrase that shows it, or
   * null when none does.
   */
  static Map<String, String> coverage(String text) {
    String folded = Words.fold(text);
    Map<String, String> out = new LinkedHashMap<>();
    ITEMS.forEach((item, words) -> out.put(item, Words.firstOf(folded, words)));
    return out;
  }

  /** Whether text shown with a form is itself a notice: it addresses at least half of the items. */
  static boolean isInlineNotice(String text) {
    return coverage(text).values().stream().filter(v -> v != null).count() >= 3;
  }
}
