package org.borderwatch.geo;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around a capitalised name that say it is not a place here, read from {@code name-contexts.tsv} (the
 * bundled {@code borderwatch/geo/name-contexts.tsv} unless the gazetteer folder holds one). See that file for the
 * kinds.
 *
 * @param never publication, app and product names, as written, longest first: never a place
 * @param institutionRows institution or landmark name, as written → gazetteer row of the country or body it
 *     stands for
 * @param organisationHeads capitalised words that make a place name beside them part of an organisation's name
 * @param nationalityHeads lower-case nouns that make a country name before them an adjective
 * @param speechVerbs verbs that make a capital or country before them its government speaking
 * @param stateVerbs verbs of force or policy that make a capital or country before them its state acting ("Moscow
 *     launched", "Kyiv sent")
 * @param stateActs lower-case nouns that make a capital or country written before them with a possessive its state
 *     acting ("Kyiv's counter-offensive", "Russia's invasion")
 */
public record NameContexts(List<String> never, Map<String, Integer> institutionRows, Set<String> organisationHeads,
    Set<String> nationalityHeads, Set<String> speechVerbs, Set<String> stateVerbs, Set<String> stateActs)
    implements Serializable {

  static final String FILE = "name-contexts.tsv";
  static final String BUNDLED = "borderwatch/geo/" + FILE;

  public NameContexts {
    never = List.copyOf(never);
    institutionRows = Map.copyOf(institutionRows);
    organisationHeads = Set.copyOf(organisationHeads);
    nationalityHeads = Set.copyOf(nationalityHeads);
    speechVerbs = Set.copyOf(speechVerbs);
    stateVerbs = Set.copyOf(stateVerbs);
    stateActs = Set.copyOf(stateActs);
  }

  /** The never-a-place name written at {@code begin} as whole words, or null. */
  String neverAt(String text, int begin) {
    for (String name : never) {
      if (text.startsWith(name, begin) && wordEndsAt(text, begin + name.length())) {
        return name;
      }
    }
    return null;
  }

  /** The institution name written at {@code begin} as whole words, longest first, or null. */
  String institutionAt(String text, int begin) {
    String best = null;
    for (String name : institutionRows.keySet()) {
      if (text.startsWith(name, begin) && wordEndsAt(text, begin + name.length())
          && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }

  private static boolean wordEndsAt(String text, int end) {
    // "Kremlin-backed" is a word of its own
    return end >= text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-');
  }
}
