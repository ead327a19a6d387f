package org.pdpguard.webaudit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.devtools.v156.network.model.Cookie;
import org.openqa.selenium.devtools.v156.storage.Storage;

/**
 * The cookies the browser holds, read through the DevTools protocol after each page load (so
 * HttpOnly and third-party cookies are seen too), each recorded once with the page after which it
 * first appeared. Read during the crawl only, before any interaction.
 */
final class Cookies {
  private final Browser browser;
  private final String firstPartyHost;
  private final Set<String> seen = new HashSet<>();

  Cookies(Browser browser, String firstPartyHost) {
    this.browser = browser;
    this.firstPartyHost = firstPartyHost;
  }

  void record(int page, List<CookieRecord> into) {
    List<Cookie> all;
    try {
      all = browser.devTools.send(Storage.getCookies(Optional.empty()));
    } catch (RuntimeException e) {
      return; // a lost browser: the run reports it elsewhere
    }
    for (Cookie c : all) {
      String key = c.getName() + "\u0001" + c.getDomain() + "\u0001" + c.getPath();
      if (!seen.add(key)) {
        continue;
      }
      String domain = c.getDomain().startsWith(".") ? c.getDomain().substring(1) : c.getDomain();
      boolean session = Boolean.TRUE.equals(c.getSession());
      into.add(
          new CookieRecord(
              c.getName(),
              c.getValue(),
              c.getDomain(),
              c.getPath(),
              session ? null : c.getExpires().doubleValue(),
              Boolean.TRUE.equals(c.getHttpOnly()),
              Boolean.TRUE.equals(c.getSecure()),
              c.getSameSite().map(Object::toString).orElse(null),
              !Sites.firstParty(domain, firstPartyHost),
              page));
    }
  }
}
