package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * IPv4 and IPv6 addresses of devices.
 *
 * <p>IPv4: four dot-joined numbers 0–255 without leading zeros, not part of a longer dotted run
 * ({@code 1.2.3.4.5}, {@code v1.2.3.4}) and not after a version word ({@code version 10.0.0.1},
 * {@code phiên bản}, {@code build}). Unspecified, loopback, multicast, reserved and netmask-like
 * addresses ({@code 0.x}, {@code 127.x}, {@code 224.x} and up) point to no one's device and are
 * dropped; private ranges are still a device's address and are kept. Four single digits ({@code
 * 1.2.3.4}) are as likely a section number, so they need an IP word nearby.
 *
 * <p>IPv6: one to eight groups of one to four hex digits joined by {@code :}, with at most one
 * {@code ::}; eight groups without it. Groups that are all short decimals ({@code 1:2:3:4:5:6:7:8})
 * are ratios or times, not addresses. Loopback {@code ::1} and {@code ::} are dropped.
 */
final class IpAddressRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "generic.ip.context",
          "ip",
          "địa chỉ ip",
          "ip address",
          "ipv4",
          "ipv6",
          "client",
          "clientip",
          "client ip",
          "remote",
          "remote addr",
          "addr",
          "src",
          "source ip",
          "forwarded",
          "truy cập từ",
          "đăng nhập từ");

  private static final String[] VERSION_WORDS = {
    "v", "ver", "version", "build", "ban", "phien", "firmware", "fw", "release", "rev", "bios"
  };

  @Override
  public String id() {
    return "generic.ip";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.IP_ADDRESS);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(CONTEXT);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList dotted = view.digitRunTokens(4); // four groups of digits
    int done4 = -1;
    for (int k = 0; k < dotted.size(); k++) {
      int t = dotted.get(k);
      if (t > done4) {
        done4 = ipv4(view, t, out);
      }
    }
    TextView.IntList numeric = view.numericTokens();
    int done6 = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t > done6 && colonBeside(view, t) && Nearby.allHex(view, t)) {
        done6 = ipv6(view, t, out);
      }
    }
  }

  private static int ipv4(TextView view, int t, Emitter out) {
    if (Nearby.joinedBy(view, t - 1, '.')) {
      return t; // "v1.2.3.4", "1.2.3.4.5": part of a longer dotted run
    }
    int last = t;
    for (int i = 0; i < 3; i++) {
      if (!Nearby.joinedBy(view, last, '.') || !view.tokenIs(last + 1, TextView.DIGITS_ONLY)) {
        return t;
      }
      last++;
    }
    if (Nearby.joinedBy(view, last, '.')) {
      return last;
    }
    int[] octet = new int[4];
    boolean allSingle = true;
    for (int i = 0; i < 4; i++) {
      int tok = t + i;
      int len = view.tokenEnd(tok) - view.tokenStart(tok);
      if (len > 3 || (len > 1 && view.charAt(view.tokenStart(tok)) == '0')) {
        return last;
      }
      allSingle &= len == 1;
      octet[i] = Integer.parseInt(view.tokenText(tok));
      if (octet[i] > 255) {
        return last;
      }
    }
    if (octet[0] == 0
        || octet[0] == 127
        || octet[0] >= 224
        || wordBefore(view, t, VERSION_WORDS)
        || DigitGroups.followedByCurrency(view, last)) {
      return last;
    }
    String kind = privateRange(octet) ? "IPv4, private range" : "IPv4";
    out.emit(
        Candidate.of(
                EntityType.IP_ADDRESS,
                view.tokenStart(t),
                view.tokenEnd(last),
                allSingle ? 0.4 : 0.6)
            .pattern("ipv4")
            .validated(kind)
            .context(CONTEXT, 0.3));
    return last;
  }

  private static boolean privateRange(int[] o) {
    return o[0] == 10
        || (o[0] == 172 && o[1] >= 16 && o[1] <= 31)
        || (o[0] == 192 && o[1] == 168)
        || (o[0] == 169 && o[1] == 254);
  }

  private static boolean wordBefore(TextView view, int t, String[] words) {
    return t > 0
        && view.tokenStart(t) - view.tokenEnd(t - 1) <= 3
        && view.gapAfter(t - 1).indexOf('\n') < 0
        && Nearby.tokenIn(view, t - 1, words);
  }

  /**
   * True when a colon touches token {@code t}: without one, {@link #ipv6} finds nothing there (the
   * common case, answered without reading the token).
   */
  private static boolean colonBeside(TextView view, int t) {
    return view.charAt(view.tokenStart(t) - 1) == ':' || view.charAt(view.tokenEnd(t)) == ':';
  }

  /** The gap before token {@code t} when it is ":" or "::" between hex groups; else 0. */
  private static int colonGap(TextView view, int t) {
    if (t <= 0
        || !Nearby.allHex(view, t - 1)
        || view.tokenEnd(t - 1) - view.tokenStart(t - 1) > 4) {
      return 0;
    }
    int gs = view.tokenEnd(t - 1);
    int gap = view.tokenStart(t) - gs;
    if (gap == 1 && view.charAt(gs) == ':') {
      return 1;
    }
    return gap == 2 && view.charAt(gs) == ':' && view.charAt(gs + 1) == ':' ? 2 : 0;
  }

  private static int ipv6(TextView view, int t, Emitter out) {
    if (view.tokenEnd(t) - view.tokenStart(t) > 4) {
      return t;
    }
    int first = t;
    for (int steps = 0; steps < 8 && colonGap(view, first) > 0; steps++) {
      first--;
    }
    int last = t;
    for (int steps = 0;
        steps < 8 && last + 1 < view.tokenCount() && colonGap(view, last + 1) > 0;
        steps++) {
      last++;
    }
    int start = view.tokenStart(first);
    int end = view.tokenEnd(last);
    if (first == last && view.charAt(start - 1) != ':' && view.charAt(end) != ':') {
      return last; // no colon at all: an ordinary number, the common case
    }
    int doubles = 0;
    boolean strong = false;
    boolean zero = true;
    for (int i = first; i <= last; i++) {
      doubles += i > first && colonGap(view, i) == 2 ? 1 : 0;
      int len = view.tokenEnd(i) - view.tokenStart(i);
      strong |= len >= 3 || !view.tokenIs(i, TextView.DIGITS_ONLY);
      for (int c = view.tokenStart(i); c < view.tokenEnd(i); c++) {
        zero &= view.charAt(c) == '0';
      }
    }
    if (view.charAt(start - 1) == ':' && view.charAt(start - 2) == ':') {
      doubles++;
      start -= 2;
    }
    if (view.charAt(end) == ':' && view.charAt(end + 1) == ':') {
      doubles++;
      end += 2;
    }
    int groups = last - first + 1;
    boolean shape = (doubles == 0 && groups == 8) || (doubles == 1 && groups <= 7);
    if (!shape
        || !strong
        || zero
        || glued(view, start - 1, -1)
        || glued(view, end, 1)
        || Nearby.gluedAt(view, end, end + 1)) {
      return last;
    }
    out.emit(
        Candidate.of(EntityType.IP_ADDRESS, start, end, 0.6)
            .pattern("ipv6")
            .validated(doubles == 1 ? "IPv6, compressed" : "IPv6")
            .context(CONTEXT, 0.3));
    return last;
  }

  /**
   * A token char next to the address, or a colon with a hex digit beyond it, means the address is
   * part of something longer; a label before a colon ({@code ip:2001:db8::1}) does not.
   */
  private static boolean glued(TextView view, int i, int direction) {
    char c = view.charAt(i);
    return (c == ':' && Nearby.isHex(view.charAt(i + direction)))
        || (c != 0 && Character.isLetterOrDigit(c));
  }
}
