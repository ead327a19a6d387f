package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * GPS coordinates: a latitude and a longitude in decimal degrees on one line, as {@code 10.7769,
 * 106.7009}, {@code 21.0285° N, 105.8542° E}, {@code lat: 10.7769, lng: 106.7009} or {@code
 * geo:10.77,106.70} (RFC 5870).
 *
 * <p>Both parts need three or more decimals (a {@code geo:} URI two) and must be in range. Pairs of
 * decimals are common in data, so a bare pair is reported only inside Vietnam's box (latitude 8–24,
 * longitude 102–110); elsewhere it needs a location word nearby. Exactly three decimals is how
 * Vietnamese write thousands ({@code 10.500, 106.000}), so such a pair scores low without context.
 * Degree signs, hemisphere letters and lat/lng labels between the parts raise the score; dotted
 * runs ({@code 10.0.19041.1}) are versions and never match.
 */
final class LocationRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "generic.location.context",
          "vị trí",
          "tọa độ",
          "gps",
          "lat",
          "latitude",
          "lng",
          "lon",
          "longitude",
          "vĩ độ",
          "kinh độ",
          "location",
          "coordinates",
          "coords",
          "định vị",
          "geo",
          "google maps",
          "maps",
          "position");

  private static final String[] LABELS = {"lng", "lon", "long", "longitude", "kinh", "do"};

  /** A decimal number: its first and last token, value and decimals. */
  private record Decimal(int first, int last, int start, int decimals) {
    /** Its value, parsed only once a pair is found: most such numbers are amounts. */
    double value(TextView view) {
      return Double.parseDouble(view.text().substring(start, view.tokenEnd(last)));
    }
  }

  @Override
  public String id() {
    return "generic.location";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.LOCATION_DATA);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(CONTEXT);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList numeric = view.numericTokens();
    int done = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t > done) {
        int last = pair(view, t, out);
        done = Math.max(done, last);
      }
    }
  }

  /** Emits the coordinate pair whose latitude starts at {@code t}; returns its last token or -1. */
  private static int pair(TextView view, int t, Emitter out) {
    Decimal lat = decimal(view, t);
    if (lat == null) {
      return -1;
    }
    boolean hemisphere = false;
    boolean label = false;
    boolean southern = false;
    int k = lat.last() + 1;
    boolean latLabelled = latitudeLabelBefore(view, t);
    for (int steps = 0; ; steps++) {
      if (steps > 4 || k >= view.tokenCount()) {
        return -1;
      }
      if (!gapOk(view, k - 1, k)
          && !(steps == 0
              && latLabelled
              && nextLineGap(view, k - 1, k)
              && Nearby.tokenIn(view, k, LABELS))) {
        return -1;
      }
      if (view.tokenIs(k, TextView.DIGITS_ONLY)) {
        break;
      }
      if (Nearby.tokenIn(view, k, "n", "s")) {
        hemisphere = true;
        southern = view.tokenEquals(k, "s");
      } else if (Nearby.tokenIn(view, k, LABELS)) {
        label = true;
      } else {
        return -1;
      }
      k++;
    }
    Decimal lon = decimal(view, k);
    if (lon == null) {
      return -1;
    }
    int end = view.tokenEnd(lon.last());
    int last = lon.last();
    boolean western = false;
    if (last + 1 < view.tokenCount()
        && view.tokenStart(last + 1) - end <= 2
        && gapOk(view, last, last + 1)
        && Nearby.tokenIn(view, last + 1, "e", "w")) {
      last++;
      end = view.tokenEnd(last);
      western = view.tokenEquals(last, "w");
      hemisphere = true;
    }
    double y = southern ? -lat.value(view) : lat.value(view);
    double x = western ? -lon.value(view) : lon.value(view);
    boolean geo =
        t > 0 && Nearby.tokenIn(view, t - 1, "geo") && view.charAt(lat.start() - 1) == ':';
    int decimals = Math.min(lat.decimals(), lon.decimals());
    if (Math.abs(y) > 90 || Math.abs(x) > 180 || (y == 0 && x == 0) || decimals < (geo ? 2 : 3)) {
      return -1;
    }
    boolean vn = y >= 8 && y <= 24 && x >= 102 && x <= 110;
    boolean degree = view.text().substring(lat.start(), end).indexOf('°') >= 0;
    double score = geo ? 0.85 : vn ? 0.6 : 0.4;
    if (!geo && decimals < 4) {
      score -= 0.25; // 10.500 is ten thousand five hundred as often as a place
    }
    if (!geo && (hemisphere || degree || label)) {
      score += 0.25;
    }
    out.emit(
        Candidate.of(EntityType.LOCATION_DATA, lat.start(), end, score)
            .pattern(geo ? "geo-uri" : "decimal-degrees")
            .validated(
                vn ? "latitude and longitude inside Vietnam" : "latitude and longitude in range")
            .context(CONTEXT, 0.35));
    return last;
  }

  /**
   * True when a latitude's label stands right before token {@code t} ({@code lat: 21.02}, {@code
   * "latitude": 21.02}, {@code Vĩ độ: 21.02}): then its longitude may follow on the next line under
   * its own label, as records and pretty-printed JSON put them.
   */
  private static boolean latitudeLabelBefore(TextView view, int t) {
    if (t < 1 || !gapOk(view, t - 1, t)) {
      return false;
    }
    return Nearby.tokenIn(view, t - 1, "lat", "latitude")
        || (t >= 2
            && view.tokenEquals(t - 1, "do")
            && view.tokenEquals(t - 2, "vi")
            && view.tokenStart(t - 1) - view.tokenEnd(t - 2) == 1);
  }

  /**
   * Between a labelled latitude and its longitude's label on the next line: a comma or semicolon at
   * most, one line break and the blanks that indent the next line.
   */
  private static boolean nextLineGap(TextView view, int a, int b) {
    int s = view.tokenEnd(a);
    int e = view.tokenStart(b);
    if (e - s > 24) {
      return false;
    }
    int breaks = 0;
    for (int i = s; i < e; i++) {
      char c = view.charAt(i);
      if (c == '\n') {
        breaks++;
      } else if (c != '\r' && c != ' ' && c != '\t' && c != ',' && c != ';' && c != '"') {
        return false;
      }
    }
    return breaks == 1;
  }

  /** Between the parts: blanks, commas, semicolons, colons, equals, degree signs; one line. */
  private static boolean gapOk(TextView view, int a, int b) {
    int s = view.tokenEnd(a);
    int e = view.tokenStart(b);
    if (e - s > 6 || e == s) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (" \t,;:=°&/'\"-".indexOf(view.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The decimal number {@code 1–3 digits . 2+ digits} starting at {@code t}, or null. */
  private static Decimal decimal(TextView view, int t) {
    int s = view.tokenStart(t);
    int intLen = view.tokenEnd(t) - s;
    int f = t + 1;
    if (intLen > 3
        || !view.tokenIs(t, TextView.DIGITS_ONLY)
        || !Nearby.joinedBy(view, t, '.')
        || !view.tokenIs(f, TextView.DIGITS_ONLY)
        || dotted(view, s - 1, s - 2)
        || dotted(view, view.tokenEnd(f), view.tokenEnd(f) + 1)) {
      return null;
    }
    int decimals = view.tokenEnd(f) - view.tokenStart(f);
    if (decimals < 2 || decimals > 10) {
      return null;
    }
    boolean negative = view.charAt(s - 1) == '-' && !Nearby.isDigit(view.charAt(s - 2));
    return new Decimal(t, f, negative ? s - 1 : s, decimals);
  }

  /** A dot with a digit beyond: the number is part of a dotted run (a version, an amount). */
  private static boolean dotted(TextView view, int dot, int beyond) {
    return view.charAt(dot) == '.' && Nearby.isDigit(view.charAt(beyond));
  }
}
