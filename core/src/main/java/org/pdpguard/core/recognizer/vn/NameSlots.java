package org.pdpguard.core.recognizer.vn;

import static org.pdpguard.core.recognizer.vn.NameAddressTokens.capitalRun;

import java.util.Set;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Recognizer.Emitter;
import org.pdpguard.core.detect.TextView;

/**
 * Places in a message where only a person's name stands, for {@link PersonNameRecognizer}: a chat
 * line's speaker ({@code [12:46] My Nguyen: so cmnd …}, after a time or speaking on two lines, so
 * that a heading such as "Lưu Ý:" is not one), an e-mail address's display name ({@code From: Nam
 * Hoang <hoangvannam@vnpt.vn>}) and the signature under a closing ({@code Trân trọng,⏎Xuan
 * Nguyen}). There a name may be short ("Nguyễn Huy", or a given name alone under a closing) or in
 * the Western order that people use in chats and e-mails, given name first and family name last,
 * with or without marks ("Lien Nguyen"), which prose does not trust. Each word must still be a
 * listed name syllable: a speaker named "Khách hàng" or "Shop" is a role, and a place's name
 * ("Hoàng Mai: 12 ca mới", a district) is no one's.
 */
final class NameSlots {
  /** Closings after which the next line signs the message (folded, without the final comma). */
  private static final Set<String> CLOSINGS =
      Set.of(
          "tran trong",
          "than men",
          "men",
          "than ai",
          "kinh thu",
          "kinh chao",
          "tran trong cam on",
          "xin cam on",
          "cam on",
          "best regards",
          "kind regards",
          "regards",
          "thanks & best regards",
          "thanks and best regards",
          "thanks & regards",
          "thank you",
          "thanks",
          "best",
          "sincerely",
          "yours sincerely",
          "cheers");

  /**
   * Starts of the role lines that a signature block puts above the signer's name ("Người lập
   * phiếu", "TRƯỞNG PHÒNG NHÂN SỰ", "Giám đốc"), folded.
   */
  private static final String[] SIGNING_ROLES = {
    "nguoi lap", "nguoi viet", "nguoi lam don", "nguoi dai dien", "nguoi ky",
    "giam doc", "pho giam doc", "tong giam doc", "truong phong", "pho truong phong",
    "ke toan truong", "thu truong", "chu tich", "hieu truong"
  };

  /** The longest time prefix before a speaker on its line ("[12:46] "), in chars. */
  private static final int MAX_PREFIX = 12;

  /** The longest closing line, in chars. */
  private static final int MAX_CLOSING = 40;

  /** How far a speaker's other lines are looked for, in chars each way. */
  private static final int SPEAKER_WINDOW = 4000;

  private NameSlots() {}

  static void recognize(TextView v, Hits provinces, Hits places, Emitter out) {
    TextView.IntList caps = v.capitalizedTokens();
    int done = -1;
    for (int k = 0; k < caps.size(); k++) {
      int t = caps.get(k);
      if (t <= done || !mayOpenSlot(v, v.tokenStart(t))) {
        continue;
      }
      int u = capitalRun(v, t, PersonNameRecognizer.MAX_NAME + 1);
      if (u < 0 || u - t + 1 > PersonNameRecognizer.MAX_NAME) {
        done = Math.max(done, u);
        continue;
      }
      String slot = slot(v, t, u);
      if (slot == null
          // a district or ward may share a name ("Hoàng Mai", "Hiếu", "Thủy Nguyên"): only a
          // speaker not yet confirmed by a time before it ("Hoàng Mai: 12 ca mới") may be one
          || (slot == UNCONFIRMED_SPEAKER && PersonNameWords.isPlace(v, t, u))
          || PersonNameWords.namesPlace(v, t, u, provinces, places)
          || PersonNameWords.holdsCommonWord(v, t, u)) {
        continue; // "Hoàng Mai: 12 ca mới" is a district's line, "Chế Độ Hiển Thị: …" a menu's
      }
      double score = score(v, t, u, slot.equals("signature"));
      if (score > 0 && slot == UNCONFIRMED_SPEAKER) {
        // Last, as it reads the text around: most line-start labels ("Họ tên:") are no names.
        slot = speaksAgain(v.text(), v.tokenStart(t), v.tokenEnd(u)) ? "speaker" : null;
      }
      if (score > 0 && slot != null) {
        out.emit(PersonNameRecognizer.candidate(v, t, u, score, slot));
        done = u;
      }
    }
  }

  /**
   * Whether a name at {@code s} may stand in a slot, from what precedes it: a line's start, or a
   * blank after a time, a header's colon, a comma of an address list or another blank ("[12:46] ",
   * "From: ", "To: A <…>, "). Most capitalised words of prose follow a letter and a blank, and are
   * skipped here.
   */
  private static boolean mayOpenSlot(TextView v, int s) {
    if (s == 0) {
      return true;
    }
    char p = v.charAt(s - 1);
    if (p == '\n' || p == '\r' || p == '\t') {
      return true;
    }
    if (p != ' ' || s < 2) {
      return false;
    }
    char q = v.charAt(s - 2);
    return q == ']' || q == ':' || q == ',' || q == ' ' || q == '\n' || (q >= '0' && q <= '9');
  }

  /**
   * A speaker at a line's start with no time before it: one only when the same speaker opens
   * another line nearby ({@link #speaksAgain}), which is checked once the words are a name.
   */
  private static final String UNCONFIRMED_SPEAKER = "speaker?";

  /**
   * "speaker", "display name", "signature", {@link #UNCONFIRMED_SPEAKER}, or null when {@code t..u}
   * stands in none.
   */
  private static String slot(TextView v, int t, int u) {
    String text = v.text();
    int s = v.tokenStart(t);
    int e = v.tokenEnd(u);
    char after = e < text.length() ? text.charAt(e) : '\n';
    if (after == ':') {
      int lineStart = lineStart(text, s, MAX_PREFIX);
      if (lineStart < 0 || !onlyTimeBefore(text, lineStart, s) || !blankOrEnd(text, e + 1)) {
        return null;
      }
      // Confirmed by a time before it; blanks alone ("  Hàm Lục: b", an indented list) are none.
      return text.substring(lineStart, s).isBlank() ? UNCONFIRMED_SPEAKER : "speaker";
    }
    if (after == ' ' && text.startsWith(" <", e)) {
      int close = text.indexOf('>', e + 2);
      int at = text.indexOf('@', e + 2);
      return close > 0 && at > 0 && at < close && close - e < 100 ? "display name" : null;
    }
    if (s == 0 || lineStart(text, s, 0) != s || !restOfLineBlank(text, e)) {
      return null;
    }
    int prevEnd = s - 1; // the line break before this line
    if (prevEnd > 0 && text.charAt(prevEnd) == '\n' && text.charAt(prevEnd - 1) == '\r') {
      prevEnd--;
    }
    int prevStart = lineStart(text, prevEnd, MAX_CLOSING);
    // A closing under another is a list of closings ("Trân trọng⏎Mến"), not the signer "Mến".
    return prevStart >= 0 && closing(v, prevStart, prevEnd) && !closing(v, s, e)
        ? "signature"
        : null;
  }

  /**
   * The score of a name in a slot, or 0 when {@code t..u} is none: a listed family name and name
   * syllables in either order; under a closing also a listed given name alone.
   */
  private static double score(TextView v, int t, int u, boolean signature) {
    if (u == t) {
      return signature && NameSyllables.isName(v, t) ? 0.7 : 0;
    }
    if (NameSyllables.fullName(v, t, u)) {
      return 0.8; // "Nguyễn Huy:", "Lê Vũ:"
    }
    if (NameSyllables.familyCount(v, u) < 0) {
      return 0;
    }
    for (int k = t; k < u; k++) {
      if (!NameSyllables.isName(v, k)) {
        return 0;
      }
    }
    return 0.75; // "Lien Nguyen:", "Tien Nguyen <…>"
  }

  /**
   * True when the words {@code [s, e)} and a colon start another line nearby too: a chat's speaker
   * speaks more than once, a heading ("Lưu Ý:") stands once.
   */
  private static boolean speaksAgain(String text, int s, int e) {
    String speaker = text.substring(s, e + 1); // with its colon
    int from = Math.max(0, s - SPEAKER_WINDOW);
    int to = Math.min(text.length(), e + SPEAKER_WINDOW);
    for (int i = text.indexOf(speaker, from); i >= 0 && i < to; i = text.indexOf(speaker, i + 1)) {
      int lineStart = lineStart(text, i, MAX_PREFIX);
      if (i != s && lineStart >= 0 && onlyTimeBefore(text, lineStart, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the line holding offset {@code i}, looking back at most {@code max} chars; -1 when
   * the line starts farther back.
   */
  private static int lineStart(String text, int i, int max) {
    for (int k = i - 1; k >= Math.max(0, i - max - 1); k--) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return k + 1;
      }
    }
    return i - max - 1 < 0 ? 0 : -1;
  }

  /** Only blanks, or a time in brackets or not ("[12:46] ", "12:46 "), between from and to. */
  private static boolean onlyTimeBefore(String text, int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == to) {
      return true;
    }
    boolean bracket = text.charAt(i) == '[';
    if (bracket) {
      i++;
    }
    int digits = 0;
    while (i < to && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ':')) {
      digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
      i++;
    }
    if (digits < 3 || (bracket && (i >= to || text.charAt(i++) != ']'))) {
      return false;
    }
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i == to;
  }

  private static boolean blankOrEnd(String text, int i) {
    return i >= text.length() || Character.isWhitespace(text.charAt(i));
  }

  private static boolean restOfLineBlank(String text, int i) {
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the line {@code [from, to)} is a closing such as "Trân trọng," or "Best regards,", or
   * the signer's role above a signature ("Người lập phiếu", "TRƯỞNG PHÒNG NHÂN SỰ").
   */
  private static boolean closing(TextView v, int from, int to) {
    char[] f = v.folded();
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(f[s])) {
      s++;
    }
    while (e > s && (Character.isWhitespace(f[e - 1]) || f[e - 1] == ',' || f[e - 1] == '!')) {
      e--;
    }
    if (e - s > MAX_CLOSING || e <= s) {
      return false;
    }
    String line = new String(f, s, e - s);
    if (e - s <= 30 && CLOSINGS.contains(line)) {
      return true;
    }
    for (String role : SIGNING_ROLES) {
      if (line.startsWith(role)
          && (line.length() == role.length() || line.charAt(role.length()) == ' ')) {
        return true; // "Người lập phiếu", "TRƯỞNG PHÒNG NHÂN SỰ"
      }
    }
    return false;
  }
}
