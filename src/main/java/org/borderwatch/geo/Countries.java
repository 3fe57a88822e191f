package org.borderwatch.geo;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries by ISO alpha-2 code: names, demonyms and land neighbours. Names come from countryInfo, the JDK's
 * English locale data and the bundled {@code borderwatch/geo/country-names.tsv} (aliases and demonyms).
 *
 * @param names ISO code → English name
 * @param neighbours ISO code → codes of countries sharing a land border
 * @param namesByKey folded name, alias or demonym → ISO code
 * @param demonymKeys folded demonyms ("russian", "russians"): words about a country that are not places
 */
public record Countries(Map<String, String> names, Map<String, Set<String>> neighbours,
    Map<String, String> namesByKey, Set<String> demonymKeys) implements Serializable {

  public Countries {
    names = Map.copyOf(names);
    neighbours = Map.copyOf(neighbours);
    namesByKey = Map.copyOf(namesByKey);
    demonymKeys = Set.copyOf(demonymKeys);
  }

  public Optional<String> countryOf(String nameOrDemonym) {
    String key = NameFolding.fold(nameOrDemonym);
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    return Optional.ofNullable(namesByKey.get(key));
  }

  public boolean isDemonym(String text) {
    return demonymKeys.contains(NameFolding.fold(text));
  }

  public Optional<String> name(String iso2) {
    return Optional.ofNullable(iso2 == null ? null : names.get(iso2.toUpperCase(java.util.Locale.ROOT)));
  }

  public boolean neighbours(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return neighbours.getOrDefault(a.toUpperCase(java.util.Locale.ROOT), Set.of())
        .contains(b.toUpperCase(java.util.Locale.ROOT));
  }
}
