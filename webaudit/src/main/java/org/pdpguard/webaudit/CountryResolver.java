package org.pdpguard.webaudit;

import java.util.Optional;

/**
 * The country a host is in, where it can be told offline. The inspector asks once per host it saw.
 * "Nothing found" is an empty answer: an unknown country is never guessed.
 */
public interface CountryResolver {
  /**
   * The ISO 3166 alpha-2 code of the country of {@code host}, or empty when unknown.
   *
   * @param address the IP address the browser connected to, or null when it did not say (a failed
   *     or cached request); an implementation may then resolve {@code host} itself
   */
  Optional<String> country(String host, String address);

  /** Knows no country. */
  CountryResolver NONE = (host, address) -> Optional.empty();
}
