package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * Credentials in clear (Decree 356/2025: login names and passwords of e-ID and bank accounts): the
 * value after a password label ({@code mật khẩu: Abc@12345}, {@code password=hunter2}, {@code
 * "password": "S3cr3t!"}) or a login label ({@code tên đăng nhập}, {@code username}, {@code
 * VNeID}). The label is followed by {@code :}, {@code =} or "là"/"is", or by a blank only when the
 * value has the shape of a secret (ASCII, at least 6 chars, letters and digits: {@code mk
 * Quy@2003}, {@code mật khẩu Danang2018#}) or of a login name (ASCII, starting with a letter, with
 * a digit, {@code .} or {@code _}: {@code tên đăng nhập han.dang}), so that prose after a label
 * ("mật khẩu mới", "mk đi học") is not taken. The finding covers the value only: up to the closing
 * quote, or to the next blank, quote, comma, semicolon or {@code &}, at most 64 chars.
 *
 * <p>Placeholders are not secrets ({@code ********}, {@code <redacted>}, {@code ${PASSWORD}},
 * {@code (không có)}), nor are words in prose ("Password: required"): a bare word after a colon
 * scores below the threshold, while a value with digits, symbols, quotes or after {@code =} is
 * sure. A PIN must be 4–8 digits, and a bare "pin" (also "battery" in Vietnamese) needs a bank or
 * card word before it. A login name is sure near an e-ID or bank word, likely elsewhere.
 */
final class CredentialsRecognizer implements Recognizer {
  static final Lexicon PASSWORD =
      Lexicon.of(
          "generic.credentials.password",
          "mật khẩu",
          "mật mã",
          "password",
          "pass",
          "passwd",
          "pwd",
          "passcode",
          "mk",
          "secret",
          "api key",
          "apikey",
          "api",
          "mã pin",
          "pin");

  static final Lexicon LOGIN =
      Lexicon.of(
          "generic.credentials.login",
          "tên đăng nhập",
          "tài khoản đăng nhập",
          "tên truy cập",
          "username",
          "user name",
          "login",
          "login name",
          "login id",
          "userid",
          "vneid");

  /** E-ID and bank words that make a login name or a PIN one of the accounts Decree 356 names. */
  static final Lexicon EID =
      Lexicon.of(
          "generic.credentials.eid",
          "vneid",
          "định danh điện tử",
          "e-id",
          "ngân hàng",
          "bank",
          "banking",
          "internet banking",
          "mobile banking",
          "ebanking",
          "ibanking",
          "ví điện tử",
          "dịch vụ công",
          "thẻ",
          "atm",
          "card");

  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "redacted",
          "hidden",
          "masked",
          "none",
          "null",
          "nil",
          "n/a",
          "empty",
          "undefined",
          "khong",
          "khong co",
          "chua co",
          "trong",
          "password",
          "mat khau",
          "your_password",
          "yourpassword",
          "your-password",
          "secret",
          "required",
          "optional",
          "string",
          "str",
          "text",
          "varchar",
          "true",
          "false",
          "yes",
          "no",
          "success",
          "successful",
          "failed",
          "failure",
          "username",
          "user",
          "example");

  @Override
  public String id() {
    return "generic.credentials";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.CREDENTIALS);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(PASSWORD, LOGIN, EID);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Hits passwords = view.hits(PASSWORD);
    for (int i = 0; i < passwords.size(); i++) {
      password(view, passwords, i, out);
    }
    Hits logins = view.hits(LOGIN);
    for (int i = 0; i < logins.size(); i++) {
      login(view, logins, i, out);
    }
  }

  private static void password(TextView view, Hits hits, int i, Emitter out) {
    String phrase = hits.phrase(i);
    int labelEnd = hits.end(i);
    if (phrase.equals("api")) {
      String next = view.text().substring(labelEnd, Math.min(view.length(), labelEnd + 4));
      if (!next.equalsIgnoreCase("_key")) {
        return; // only api_key; "api key" and "apikey" are phrases of their own
      }
      labelEnd += 4;
    }
    boolean pin = phrase.endsWith("pin");
    LabelValue v = LabelValue.after(view, labelEnd, !pin && !phrase.startsWith("api"));
    if (v == null
        || v.end() - v.start() < 4
        || placeholder(v.text(view))
        || (v.blankOnly() && !secretShape(v.text(view)))) {
      return;
    }
    double score;
    if (pin) {
      String s = v.text(view);
      boolean bankWord = phrase.equals("mã pin") || eidNear(view, hits.firstToken(i));
      if (!s.chars().allMatch(Nearby::isDigitInt) || s.length() > 8 || !bankWord) {
        return;
      }
      score = 0.85;
    } else {
      score =
          v.blankOnly()
              ? 0.8
              : v.quoted() || v.assignment() || !wordOnly(v.text(view)) ? 0.9 : 0.45;
    }
    out.emit(
        Candidate.of(EntityType.CREDENTIALS, v.start(), v.end(), score)
            .pattern(pin ? "pin" : "password")
            .contextWord(hits.surface(i)));
  }

  private static void login(TextView view, Hits hits, int i, Emitter out) {
    LabelValue v = LabelValue.after(view, hits.end(i), true);
    if (v == null
        || v.end() - v.start() < 3
        || placeholder(v.text(view))
        || (v.blankOnly() && !loginShape(v.text(view)))) {
      return;
    }
    String s = v.text(view);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!Nearby.isAsciiLetter(c) && !Nearby.isDigit(c) && ".-_@+".indexOf(c) < 0) {
        return;
      }
    }
    boolean eid = hits.phrase(i).equals("vneid") || eidNear(view, hits.firstToken(i));
    out.emit(
        Candidate.of(EntityType.CREDENTIALS, v.start(), v.end(), eid ? 0.9 : 0.6)
            .pattern(eid ? "e-id or bank login" : "login")
            .contextWord(hits.surface(i)));
  }

  private static boolean eidNear(TextView view, int token) {
    Hits eid = view.hits(EID);
    return Nearby.hitBefore(view, eid, token, 12, 150) >= 0
        || Nearby.hitAfter(view, eid, token, 6, 60) >= 0;
  }

  /**
   * A value that only a blank separates from its password label must look like a secret: printable
   * ASCII, at least 6 chars, with a letter and a digit.
   */
  static boolean secretShape(String s) {
    boolean letter = false;
    boolean digit = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c <= ' ' || c > '~') {
        return false;
      }
      letter |= Nearby.isAsciiLetter(c);
      digit |= Nearby.isDigit(c);
    }
    return s.length() >= 6 && letter && digit;
  }

  /**
   * A value that only a blank separates from its login label must look like a login name: ASCII
   * letters, digits and {@code . - _ @ +}, starting with a letter, with a digit, {@code .} or
   * {@code _} (a plain word is more likely prose).
   */
  static boolean loginShape(String s) {
    if (s.length() < 4 || !Nearby.isAsciiLetter(s.charAt(0))) {
      return false;
    }
    boolean marked = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      marked |= Nearby.isDigit(c) || c == '.' || c == '_';
    }
    return marked;
  }

  private static boolean wordOnly(String s) {
    return s.chars().allMatch(c -> Nearby.isAsciiLetter((char) c));
  }

  /** Templates, masks and "nothing" words, which stand where a secret would be but are none. */
  static boolean placeholder(String v) {
    char c0 = v.charAt(0);
    if ("<[({".indexOf(c0) >= 0
        || v.startsWith("${")
        || v.startsWith("$(")
        || v.startsWith("%(")
        || v.equals("%s")
        || (c0 == '$' && v.length() > 1 && v.substring(1).matches("[A-Z_][A-Z0-9_]*"))) {
      return true;
    }
    if (v.chars().allMatch(c -> "*xX#.?-_".indexOf(c) >= 0)) {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) > 0x7e) {
        return true; // prose: typed passwords are ASCII
      }
    }
    return PLACEHOLDERS.contains(v.toLowerCase(Locale.ROOT));
  }
}
