package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * Device identifiers: IMEI and MAC addresses.
 *
 * <p>IMEI: 15 digits whose last is a Luhn check digit, plain or written {@code 35-209900-176148-1}
 * (2-6-6-1) or {@code 35209900-176148-1} (TAC-serial-check). Fifteen plain digits that pass Luhn
 * are common by chance, so a plain IMEI needs the word "IMEI" nearby; the grouped form stands
 * alone.
 *
 * <p>MAC: six two-hex groups joined by {@code :} or {@code -}, or three four-hex groups joined by
 * {@code .} (Cisco). A dashed or dotted MAC must hold a hex letter, or it is a date or code, except
 * six dashed pairs of digits under a MAC word ({@code mac=84-51-06-25-93-54}). The broadcast, the
 * all-zero address and group (multicast) addresses are not one person's device.
 */
final class DeviceIdRecognizer implements Recognizer {
  static final Lexicon IMEI_CONTEXT =
      Lexicon.of("generic.device.imei", "imei", "số imei", "imei1", "imei2", "imei 1", "imei 2");

  static final Lexicon MAC_CONTEXT =
      Lexicon.of(
          "generic.device.mac",
          "mac",
          "địa chỉ mac",
          "mac address",
          "bssid",
          "wifi",
          "wi-fi",
          "hwaddr",
          "ether",
          "thiết bị",
          "device",
          "device id");

  private static final int MAX_GROUPS = 6;

  @Override
  public String id() {
    return "generic.device";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.DEVICE_ID);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(IMEI_CONTEXT, MAC_CONTEXT);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList imeiRuns = view.digitRunTokens(15); // an IMEI has 15 digits
    int imeiDone = -1;
    for (int k = 0; k < imeiRuns.size(); k++) {
      int t = imeiRuns.get(k);
      if (t > imeiDone) {
        imeiDone = imei(view, t, out);
      }
    }
    TextView.IntList numeric = view.numericTokens();
    int macDone = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t > macDone
          && (macSeparator(view.charAt(view.tokenEnd(t)))
              || macSeparator(view.charAt(view.tokenStart(t) - 1)))
          && macGroupShape(view, t)
          && Nearby.allHex(view, t)) {
        macDone = mac(view, t, out);
      }
    }
  }

  /**
   * True when token {@code t} may be a group of a MAC address: two or four chars with a separator
   * of MAC addresses touching it. {@link #mac} finds nothing elsewhere (the common case).
   */
  private static boolean macGroupShape(TextView view, int t) {
    int s = view.tokenStart(t);
    int e = view.tokenEnd(t);
    if (e - s != 2 && e - s != 4) {
      return false;
    }
    char before = view.charAt(s - 1);
    char after = view.charAt(e);
    return before == ':'
        || before == '-'
        || before == '.'
        || after == ':'
        || after == '-'
        || after == '.';
  }

  /** Emits an IMEI starting at {@code t}, if any; returns the last token it took. */
  private static int imei(TextView view, int t, Emitter out) {
    int first = view.tokenEnd(t) - view.tokenStart(t);
    if (first != 15 && first != 2 && first != 8) {
      return t; // no IMEI layout starts this way: skip the work below
    }
    char sep = view.charAt(view.tokenEnd(t));
    if (first != 15 && sep != ' ' && sep != '-') {
      return t; // "2-6-6-1" and "8-6-1" need their groups
    }
    DigitGroups.Group g = DigitGroups.join(view, t, sep == '-' ? "-" : " ", 15);
    String layout = layout(view, g);
    if (layout == null
        || Nearby.gluedAt(view, g.start() - 1, g.start() - 2)
        || Nearby.gluedAt(view, g.end(), g.end() + 1)
        || !DigitGroups.luhn(g.digits())) {
      return t;
    }
    out.emit(
        Candidate.of(EntityType.DEVICE_ID, g.start(), g.end(), layout.equals("15") ? 0.4 : 0.6)
            .pattern("imei")
            .validated("IMEI, Luhn ok")
            .context(IMEI_CONTEXT, 0.5));
    return g.lastToken();
  }

  /** "15", "2-6-6-1" or "8-6-1" for the IMEI layouts, else null. */
  private static String layout(TextView view, DigitGroups.Group g) {
    int f = g.firstToken();
    int n = g.lastToken() - f + 1;
    if (n == 1) {
      return size(view, f) == 15 ? "15" : null;
    }
    if (n == 4 && size(view, f) == 2 && size(view, f + 1) == 6) {
      return size(view, f + 2) == 6 && size(view, f + 3) == 1 ? "2-6-6-1" : null;
    }
    if (n == 3 && size(view, f) == 8 && size(view, f + 1) == 6 && size(view, f + 2) == 1) {
      return "8-6-1";
    }
    return null;
  }

  private static int size(TextView view, int t) {
    return view.tokenEnd(t) - view.tokenStart(t);
  }

  /** A MAC's groups are joined by one of these; a group without one beside it is no MAC's. */
  private static boolean macSeparator(char c) {
    return c == ':' || c == '-' || c == '.';
  }

  /**
   * Emits a MAC address around hex token {@code t}, if any; returns the last token it took, or the
   * last token of the run it read when that is no MAC: every later token of the run is joined to
   * the one before it by the run's separator, so a walk from it would read the same run (a time's
   * {@code 17:16:28} is read once, not three times).
   */
  private static int mac(TextView view, int t, Emitter out) {
    char sep = 0;
    int first = t;
    for (int steps = 0; steps < MAX_GROUPS && first > 0; steps++) {
      char c = view.charAt(view.tokenEnd(first - 1));
      if ((c != ':' && c != '-' && c != '.')
          || (sep != 0 && c != sep)
          || !Nearby.joinedBy(view, first - 1, c)
          || !Nearby.allHex(view, first - 1)) {
        break;
      }
      sep = c;
      first--;
    }
    int last = t;
    for (int steps = 0; steps < MAX_GROUPS && last + 1 < view.tokenCount(); steps++) {
      char c = view.charAt(view.tokenEnd(last));
      if ((c != ':' && c != '-' && c != '.')
          || (sep != 0 && c != sep)
          || !Nearby.joinedBy(view, last, c)
          || !Nearby.allHex(view, last + 1)) {
        break;
      }
      sep = c;
      last++;
    }
    int size = sep == '.' ? 4 : 2;
    if (last - first + 1 != (sep == '.' ? 3 : 6)
        || (Nearby.joinedBy(view, first - 1, sep) && Nearby.allHex(view, first - 1))
        || (Nearby.joinedBy(view, last, sep) && Nearby.allHex(view, last + 1))) {
      return last;
    }
    StringBuilder hex = new StringBuilder(12);
    for (int i = first; i <= last; i++) {
      if (view.tokenEnd(i) - view.tokenStart(i) != size) {
        return last;
      }
      hex.append(view.text(), view.tokenStart(i), view.tokenEnd(i));
    }
    String problem = macProblem(hex.toString(), sep);
    boolean digitsOnly = NO_HEX_LETTER.equals(problem) && sep == '-';
    if (problem != null && !digitsOnly) {
      return last;
    }
    Candidate c =
        Candidate.of(
                EntityType.DEVICE_ID,
                view.tokenStart(first),
                view.tokenEnd(last),
                digitsOnly ? 0.5 : 0.6)
            .pattern("mac")
            .validated("MAC, unicast, OUI " + hex.substring(0, 6).toUpperCase(Locale.ROOT));
    // Six dashed pairs of digits are a MAC only under a MAC word ("mac=84-51-06-25-93-54").
    out.emit(digitsOnly ? c.requireContext(MAC_CONTEXT, 0.3) : c.context(MAC_CONTEXT, 0.3));
    return last;
  }

  private static final String NO_HEX_LETTER = "no hex letter";

  /** Null when {@code hex} (12 hex digits) is a unicast device address, else why not. */
  private static String macProblem(String hex, char sep) {
    boolean letter = false;
    boolean zero = true;
    boolean ones = true;
    for (int i = 0; i < hex.length(); i++) {
      char c = Character.toLowerCase(hex.charAt(i));
      letter |= c >= 'a';
      zero &= c == '0';
      ones &= c == 'f';
    }
    if (zero || ones) {
      return "all-zero or broadcast";
    }
    if (sep != ':' && !letter) {
      return NO_HEX_LETTER;
    }
    return (Character.digit(hex.charAt(1), 16) & 1) == 1 ? "group address" : null;
  }
}
