package org.pdpguard.webaudit;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * A form of a page, as loaded.
 *
 * @param page the page's number (1-based)
 * @param index the form's position in {@code document.forms}
 * @param action the absolute address it submits to
 * @param notice where a privacy notice was found: {@code form} (linked or shown in or near the
 *     form), {@code page} (linked elsewhere on the page), or {@code none}
 * @param noticeLinks the privacy links found in or near the form
 */
record WebForm(
    int page,
    int index,
    String id,
    String action,
    String method,
    List<FormField> fields,
    String notice,
    List<Link> noticeLinks) {

  WebForm {
    fields = List.copyOf(fields);
    noticeLinks = List.copyOf(noticeLinks);
  }

  /** The types of personal data its fields ask for. */
  Set<EntityType> personalTypes() {
    Set<EntityType> out = EnumSet.noneOf(EntityType.class);
    for (FormField f : fields) {
      if (f.personalData() != null) {
        out.add(f.personalData());
      }
    }
    return out;
  }

  boolean collectsPersonalData() {
    return !personalTypes().isEmpty();
  }

  boolean hasConsent() {
    return fields.stream().anyMatch(FormField::consent);
  }

  /** Whether a consent box was ticked before the visitor did anything. */
  boolean preticked() {
    return fields.stream().anyMatch(f -> f.consent() && f.checkedAtLoad());
  }

  boolean actionHttps() {
    return action.toLowerCase(Locale.ROOT).startsWith("https:");
  }

  /** Whether the action is plain http:// (a javascript: or empty action is not counted). */
  boolean actionPlainHttp() {
    try {
      return "http".equalsIgnoreCase(URI.create(action).getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
