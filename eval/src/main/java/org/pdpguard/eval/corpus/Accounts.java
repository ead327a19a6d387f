package org.pdpguard.eval.corpus;

/**
 * A person's online accounts (profile links and handles on the services Vietnamese users use) and
 * the passwords people set and leak in chats, tickets and logs.
 */
final class Accounts {
  private Accounts() {}

  /** A handle made from the name, e.g. {@code ngocanh.99}. */
  static String handle(Dice d, Names.Name n, int birthYear) {
    String given = Spelling.lower(Spelling.ascii(n.given()));
    String family = Spelling.lower(Spelling.ascii(n.family()));
    String mid = n.middles().isEmpty() ? "" : Spelling.lower(Spelling.ascii(n.middles().get(0)));
    String yy = Values.pad(birthYear % 100, 2);
    return switch (d.below(6)) {
      case 0 -> mid + given + "." + yy;
      case 1 -> given + "." + family + "." + d.between(1, 99);
      case 2 -> family + given + "_" + yy;
      case 3 -> given + "_" + family;
      case 4 -> given + mid + birthYear;
      default -> given + "." + family;
    };
  }

  /** A profile link: Facebook, TikTok, Instagram, Telegram, LinkedIn, GitHub. */
  static String profileUrl(Dice d, String handle) {
    String scheme = d.pick("https://", "https://www.", "", "https://");
    return switch (d.below(9)) {
      case 0, 1 -> scheme + "facebook.com/" + handle;
      case 2 -> "https://www.facebook.com/profile.php?id=1000" + d.digits(11);
      case 3 -> scheme + "fb.com/" + handle;
      case 4 -> "https://www.tiktok.com/@" + handle;
      case 5 -> "https://www.instagram.com/" + handle + "/";
      case 6 -> "https://t.me/" + handle.replace('.', '_');
      case 7 ->
          "https://www.linkedin.com/in/"
              + handle.replace('.', '-').replace('_', '-')
              + "-"
              + d.hex(6);
      default -> "https://github.com/" + handle.replace('.', '-').replace('_', '-');
    };
  }

  /** A password as people choose them: names, years, keyboard runs, a symbol to satisfy rules. */
  static String password(Dice d, Names.Name n, int birthYear) {
    String given = Spelling.ascii(n.given());
    return switch (d.below(9)) {
      case 0 -> given + "@" + birthYear;
      case 1 -> d.digits(6) + d.pick("a", "abc", "a@");
      case 2 -> "Matkhau" + d.between(10, 999) + d.pick("!", "@", "#", "");
      case 3 -> "P@ssw0rd" + d.between(1, 99);
      case 4 ->
          Spelling.lower(given) + Spelling.lower(Spelling.ascii(n.family())) + birthYear % 100;
      case 5 ->
          d.pick("Hanoi", "Saigon", "Danang", "Vietnam")
              + d.between(2018, 2026)
              + d.pick("#", "!", "$");
      case 6 -> d.letters(2) + d.hex(6) + d.pick("!", "?", "*");
      case 7 -> given + d.digits(4);
      default -> "Qwerty" + d.between(100, 999) + "@";
    };
  }

  /** A login name that is not an e-mail address. */
  static String username(Dice d, Names.Name n, int birthYear) {
    return handle(d, n, birthYear).replace('.', d.pick('_', '.', '_'));
  }
}
