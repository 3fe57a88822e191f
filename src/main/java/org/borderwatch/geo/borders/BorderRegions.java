package org.borderwatch.geo.borders;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * Admin1 regions lying on a border, from {@code border-regions.tsv}: {@code #} comment lines, then
 * {@code admin1_code<TAB>neighbour_iso2<TAB>admin1_name} ({@code RU.09	UA	Belgorod Oblast}).
 *
 * @param pairs entries as {@code admin1Code + "|" + neighbourIso2}
 */
public record BorderRegions(Set<String> pairs) implements Serializable {

  public BorderRegions {
    pairs = Set.copyOf(pairs);
  }

  public static String key(String admin1Code, String neighbourIso2) {
    return admin1Code + "|" + neighbourIso2.toUpperCase(Locale.ROOT);
  }

  public boolean isBorderRegion(String admin1Code, String otherIso2) {
    return admin1Code != null && otherIso2 != null && pairs.contains(key(admin1Code, otherIso2));
  }
}
