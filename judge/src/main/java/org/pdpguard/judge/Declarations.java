package org.pdpguard.judge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the user declares about a store in the data inventory: how it is protected and governed.
 * Nothing declared means nothing is assumed: the law puts the burden of proof on the controller
 * (Decree 13 Art. 11.10 for consent; Law 91 Art. 19.1(a) for no-consent grounds), so an undeclared
 * protection counts as absent.
 *
 * @param flags declared yes/no facts by their inventory key (see {@link #KEYS})
 * @param country ISO 3166 alpha-2 code of where the store is, or null when not declared
 * @param kind the kind of place, overriding the one inferred from the name, or null
 */
public record Declarations(Map<String, Boolean> flags, String country, PlaceKind kind) {

  /** The yes/no facts an inventory may declare. */
  public static final Set<String> KEYS =
      Set.of(
          "encrypted",
          "access_controlled",
          "public",
          "dpia",
          "dpo",
          "transfer_dossier",
          "guardian_consent",
          "children",
          "financial_institution");

  public static final Declarations NONE = new Declarations(Map.of(), null, null);

  public Declarations {
    for (String k : flags.keySet()) {
      if (!KEYS.contains(k)) {
        throw new IllegalArgumentException("unknown declaration " + k);
      }
    }
    flags = Map.copyOf(flags);
    country = country == null ? null : country.toUpperCase(Locale.ROOT);
  }

  /** Whether {@code key} is declared true; undeclared is false. */
  public boolean holds(String key) {
    return Boolean.TRUE.equals(flags.get(key));
  }

  /** These declarations, with {@code defaults} filling what these leave undeclared. */
  public Declarations over(Declarations defaults) {
    Map<String, Boolean> merged = new LinkedHashMap<>(defaults.flags);
    merged.putAll(flags);
    return new Declarations(
        merged, country != null ? country : defaults.country, kind != null ? kind : defaults.kind);
  }
}
