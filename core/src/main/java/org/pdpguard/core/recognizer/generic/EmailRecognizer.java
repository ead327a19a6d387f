package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * E-mail addresses, found from each {@code @}: the local part to its left (ASCII letters, digits
 * and {@code . _ % + -}, at most 64 chars, no leading, trailing or doubled dot) and the domain to
 * its right (two or more labels of letters, digits and inner dashes; a last label of two or more
 * letters). A full stop after the address ends the sentence, not the domain. Retina image names
 * ({@code logo@2x.png}) look like addresses, so a file extension is not accepted as a TLD.
 */
final class EmailRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "generic.email.context", "email", "e-mail", "mail", "thư điện tử", "hộp thư", "gmail");

  private static final Set<String> FILE_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "ts", "json",
          "xml", "html", "htm", "txt", "pdf", "zip", "java", "py", "md", "yml", "yaml");

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  @Override
  public String id() {
    return "generic.email";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.EMAIL_ADDRESS);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(CONTEXT);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList at = view.atSigns();
    String text = view.text();
    for (int k = 0; k < at.size(); k++) {
      int p = at.get(k);
      int s = localStart(text, p);
      int e = s < 0 ? -1 : domainEnd(text, p + 1);
      if (e > 0) {
        out.emit(
            Candidate.of(EntityType.EMAIL_ADDRESS, s, e, 0.85)
                .pattern("address")
                .context(CONTEXT, 0.1));
      }
    }
  }

  private static boolean isLocal(char c) {
    return Nearby.isAsciiLetter(c)
        || Nearby.isDigit(c)
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }

  private static boolean isDomain(char c) {
    return Nearby.isAsciiLetter(c) || Nearby.isDigit(c) || c == '-';
  }

  /** Start of the local part before the '@' at {@code p}, or -1. */
  static int localStart(String text, int p) {
    int i = p;
    while (i > 0 && p - i <= MAX_LOCAL && isLocal(text.charAt(i - 1))) {
      i--;
    }
    if (p - i > MAX_LOCAL) {
      return -1;
    }
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    if (Character.isLetterOrDigit(before) || before == '@') {
      return -1; // glued to a word that cannot be part of an address
    }
    while (i < p && (text.charAt(i) == '.' || text.charAt(i) == '-')) {
      i++; // "...abc@x.vn" or "--abc@x.vn": punctuation before the address
    }
    if (i == p || text.charAt(p - 1) == '.' || text.substring(i, p).contains("..")) {
      return -1;
    }
    return i;
  }

  /** End of the domain after the '@' (domain starts at {@code from}), or -1. */
  static int domainEnd(String text, int from) {
    int n = text.length();
    int i = from;
    int labels = 0;
    int lastLabel = from;
    while (i < n && i - from < MAX_DOMAIN) {
      int ls = i;
      while (i < n && i - from < MAX_DOMAIN && isDomain(text.charAt(i))) {
        i++;
      }
      if (i == ls || text.charAt(ls) == '-' || text.charAt(i - 1) == '-') {
        return -1;
      }
      labels++;
      lastLabel = ls;
      if (i + 1 < n && text.charAt(i) == '.' && isDomain(text.charAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    if (labels < 2 || i - lastLabel < 2 || i - lastLabel > 24) {
      return -1;
    }
    for (int j = lastLabel; j < i; j++) {
      if (!Nearby.isAsciiLetter(text.charAt(j))) {
        return -1;
      }
    }
    char after = i < n ? text.charAt(i) : ' ';
    if (Character.isLetterOrDigit(after) || after == '_' || after == '@') {
      return -1;
    }
    String tld = text.substring(lastLabel, i).toLowerCase(java.util.Locale.ROOT);
    return FILE_EXTENSIONS.contains(tld) ? -1 : i;
  }
}
