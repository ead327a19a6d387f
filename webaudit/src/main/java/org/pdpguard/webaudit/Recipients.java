package org.pdpguard.webaudit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Party and country of the hosts of one inspection; countries are looked up once per host. */
final class Recipients {
  private final String firstPartyHost;
  private final CountryResolver resolver;
  private final Map<String, Optional<String>> countries = new HashMap<>();

  Recipients(String firstPartyHost, CountryResolver resolver) {
    this.firstPartyHost = firstPartyHost;
    this.resolver = resolver;
  }

  boolean thirdParty(String host) {
    return !host.isEmpty() && !Sites.firstParty(host, firstPartyHost);
  }

  /** The country of {@code host}, or null. */
  synchronized String country(String host, String address) {
    if (host.isEmpty()) {
      return null;
    }
    Optional<String> c = countries.get(host);
    if (c == null || c.isEmpty() && address != null) {
      c = resolver.country(host, address);
      countries.put(host, c);
    }
    return c.orElse(null);
  }
}
