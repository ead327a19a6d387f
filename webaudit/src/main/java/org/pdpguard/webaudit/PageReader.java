package org.pdpguard.webaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;

/**
 * Reads a loaded page through {@code page-facts.js}: its text, links, forms with their fields
 * classified, and local storage. Works on what WebDriver returns (maps, lists, strings, booleans,
 * numbers) and tolerates anything missing.
 */
final class PageReader {
  static final String SCRIPT = load();

  private PageReader() {}

  private static String load() {
    try (InputStream in = PageReader.class.getResourceAsStream("page-facts.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills {@code v} from the script's answer; returns the page's text. */
  @SuppressWarnings("unchecked")
  static String read(Object answer, PageVisit v) {
    if (!(answer instanceof Map<?, ?> m)) {
      return "";
    }
    v.title = str(m.get("title"));
    List<Link> pageLinks = links(m.get("links"));
    v.privacyLinks.addAll(Notices.privacyLinks(pageLinks));
    for (Object o : list(m.get("forms"))) {
      if (o instanceof Map<?, ?> f) {
        v.forms.add(form(v.number, (Map<String, Object>) f, !v.privacyLinks.isEmpty()));
      }
    }
    for (Object o : list(m.get("localStorage"))) {
      if (o instanceof Map<?, ?> s) {
        v.localStorage.add(
            Map.of("origin", v.origin, "key", str(s.get("key")), "value", str(s.get("value"))));
      }
    }
    v.pageLinks.addAll(pageLinks);
    return str(m.get("text"));
  }

  private static WebForm form(int page, Map<String, Object> f, boolean pageHasPrivacyLink) {
    List<FormField> fields = new ArrayList<>();
    for (Object o : list(f.get("fields"))) {
      if (o instanceof Map<?, ?> x) {
        String type = str(x.get("type"));
        String label = str(x.get("label"));
        EntityType pd =
            FieldClassifier.classify(
                type,
                str(x.get("autocomplete")),
                label,
                str(x.get("name")),
                str(x.get("id")),
                str(x.get("placeholder")));
        fields.add(
            new FormField(
                num(x.get("index")),
                str(x.get("tag")),
                type,
                str(x.get("name")),
                str(x.get("id")),
                str(x.get("autocomplete")),
                str(x.get("placeholder")),
                label,
                bool(x.get("checked")),
                bool(x.get("required")),
                bool(x.get("visible")),
                pd,
                FieldClassifier.isConsent(type, label)));
      }
    }
    List<Link> near = Notices.privacyLinks(links(f.get("links")));
    String notice;
    if (!near.isEmpty() || Notices.isInlineNotice(str(f.get("nearText")))) {
      notice = "form";
    } else {
      notice = pageHasPrivacyLink ? "page" : "none";
    }
    return new WebForm(
        page,
        num(f.get("index")),
        str(f.get("id")),
        str(f.get("action")),
        str(f.get("method")),
        fields,
        notice,
        near);
  }

  private static List<Link> links(Object o) {
    List<Link> out = new ArrayList<>();
    for (Object l : list(o)) {
      if (l instanceof Map<?, ?> m) {
        out.add(new Link(str(m.get("text")), str(m.get("href"))));
      }
    }
    return out;
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private static int num(Object o) {
    return o instanceof Number n ? n.intValue() : 0;
  }

  private static boolean bool(Object o) {
    return Boolean.TRUE.equals(o);
  }
}
