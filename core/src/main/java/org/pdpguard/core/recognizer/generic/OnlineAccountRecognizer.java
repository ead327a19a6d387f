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
 * A person's account on an online service: a profile URL ({@code facebook.com/<name>}, {@code
 * fb.com}, {@code zalo.me/<phone or name>}, {@code tiktok.com/@<name>}, {@code instagram.com},
 * {@code twitter.com}, {@code x.com}, {@code linkedin.com/in/<name>}, {@code youtube.com/@<name>},
 * {@code github.com/<name>}, {@code t.me/<name>}), or an {@code @handle} near a service word
 * ("Zalo", "Facebook", "Telegram", "nick", "tài khoản"). Paths that are the service's own pages
 * ({@code facebook.com/groups}, {@code t.me/joinchat}) are not accounts; an {@code @} after a local
 * part is an e-mail address, not a handle.
 */
final class OnlineAccountRecognizer implements Recognizer {
  static final Lexicon SERVICES =
      Lexicon.of(
          "generic.online_account.services",
          "facebook com",
          "fb com",
          "zalo me",
          "tiktok com",
          "instagram com",
          "twitter com",
          "x com",
          "linkedin com",
          "youtube com",
          "github com",
          "t me");

  static final Lexicon HANDLE_CONTEXT =
      Lexicon.of(
          "generic.online_account.context",
          "zalo",
          "facebook",
          "fb",
          "telegram",
          "tele",
          "tiktok",
          "instagram",
          "insta",
          "ig",
          "twitter",
          "threads",
          "youtube",
          "github",
          "nick",
          "nickname",
          "tài khoản",
          "handle",
          "kênh");

  /** First path segments that are a service's own pages, not someone's profile. */
  private static final Set<String> RESERVED =
      Set.of(
          """
          pages groups events watch marketplace share sharer sharer.php login login.php help policies
          privacy hashtag photo photo.php story.php permalink.php plugins gaming business ads reel
          reels settings home home.php dialog legal about terms tos notifications messages friends
          search explore p tv stories accounts direct i intent features pricing topics sponsors orgs
          joinchat s g download pc results feed playlist shorts signup apps security contact site
          """
              .strip()
              .split("\\s+"));

  @Override
  public String id() {
    return "generic.online_account";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.ONLINE_ACCOUNT);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(SERVICES, HANDLE_CONTEXT);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Hits services = view.hits(SERVICES);
    for (int i = 0; i < services.size(); i++) {
      profileUrl(view, services, i, out);
    }
    TextView.IntList at = view.atSigns();
    for (int k = 0; k < at.size(); k++) {
      handle(view, at.get(k), out);
    }
  }

  private static void profileUrl(TextView view, Hits hits, int i, Emitter out) {
    int first = hits.firstToken(i);
    int slash = hits.end(i);
    if (view.charAt(view.tokenEnd(first)) != '.' || view.charAt(slash) != '/') {
      return; // "facebook com" in prose, or a bare domain
    }
    String service = hits.phrase(i);
    int p = slash + 1;
    String text = view.text();
    if (service.equals("linkedin com")) {
      if (!text.startsWith("in/", p)) {
        return;
      }
      p += 3;
    } else if (service.equals("youtube com")) {
      if (view.charAt(p) == '@') {
        p++;
      } else if (text.startsWith("c/", p)) {
        p += 2;
      } else if (text.startsWith("user/", p)) {
        p += 5;
      } else if (text.startsWith("channel/", p)) {
        p += 8;
      } else {
        return;
      }
    } else if (service.equals("tiktok com")) {
      if (view.charAt(p) != '@') {
        return;
      }
      p++;
    } else if (service.startsWith("f") && text.startsWith("profile.php?id=", p)) {
      p += "profile.php?id=".length();
    }
    int e = segmentEnd(text, p);
    String segment = text.substring(p, e).toLowerCase(Locale.ROOT);
    if (e - p < (service.equals("t me") ? 5 : 1) || RESERVED.contains(segment)) {
      return;
    }
    if (e < text.length()
        && text.charAt(e) == '/'
        && (e + 1 == text.length() || !isNameChar(text.charAt(e + 1)))) {
      e++; // the URL's closing slash ("instagram.com/nam.le/"), not a path after the profile
    }
    out.emit(
        Candidate.of(EntityType.ONLINE_ACCOUNT, urlStart(view, hits.start(i)), e, 0.85)
            .pattern("profile-url")
            .detail(service.replace(' ', '.') + " profile")
            .contextWord(hits.surface(i)));
  }

  /** End of a user-name path segment: letters, digits, dots, dashes, underscores; no final dot. */
  private static int segmentEnd(String text, int p) {
    int e = p;
    while (e < text.length() && e - p < 100 && isNameChar(text.charAt(e))) {
      e++;
    }
    while (e > p && text.charAt(e - 1) == '.') {
      e--;
    }
    return e;
  }

  private static boolean isNameChar(char c) {
    return Nearby.isAsciiLetter(c) || Nearby.isDigit(c) || c == '.' || c == '_' || c == '-';
  }

  /** Walks back over a subdomain ({@code www.}, {@code m.}) and a scheme ({@code https://}). */
  private static int urlStart(TextView view, int domainStart) {
    int s = domainStart;
    while (domainStart - s < 20 && (isNameChar(view.charAt(s - 1)) && view.charAt(s - 1) != '_')) {
      s--;
    }
    if (view.charAt(s - 1) == '/' && view.charAt(s - 2) == '/' && view.charAt(s - 3) == ':') {
      int k = s - 3;
      while (s - k < 8 && Nearby.isAsciiLetter(view.charAt(k - 1))) {
        k--;
      }
      s = k < s - 3 ? k : s;
    }
    return s;
  }

  private static void handle(TextView view, int at, Emitter out) {
    char before = view.charAt(at - 1);
    if (isNameChar(before) || before == '/' || before == '@' || Character.isLetterOrDigit(before)) {
      return; // an e-mail address, a URL path, or "@@"
    }
    String text = view.text();
    char c = view.charAt(at + 1);
    if (!Nearby.isAsciiLetter(c) && !Nearby.isDigit(c) && c != '_') {
      return;
    }
    int e = segmentEnd(text, at + 1);
    char after = view.charAt(e);
    if (e - at - 1 < 2 || e - at - 1 > 32 || after == '@' || Character.isLetterOrDigit(after)) {
      return;
    }
    String name = text.substring(at + 1, e).toLowerCase(Locale.ROOT);
    if (name.endsWith(".com") || name.endsWith(".vn") || name.endsWith(".net")) {
      return; // "@gmail.com" written apart from its local part
    }
    out.emit(
        Candidate.of(EntityType.ONLINE_ACCOUNT, at, e, 0.5)
            .pattern("handle")
            .requireContext(HANDLE_CONTEXT, 0.4));
  }
}
