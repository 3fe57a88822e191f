package org.borderwatch.geo;

/**
 * A place name found in an article, before resolution. Offsets are UTF-16 code units, end exclusive, over the
 * name only. {@code candidates} are gazetteer rows, most prominent first (empty when the gazetteer lacks the
 * name); {@code qualifier} is the index of the mention that locates this one ("Belgorod Oblast" in "Kozinka,
 * Belgorod Oblast"), or -1.
 *
 * @param variantMatch true when the candidates were found by transliteration variant, not by exact name
 * @param role what the words around the name make it; the parser may refine {@link PlaceRole#PLACE} after
 *     resolution (a capital that speaks, a country used as an adjective)
 * @param capitalOnly true when nothing but a capital marks the name, and the capital says nothing: the first word
 *     of a sentence, or a word of a line in title case ("In Wave of Attacks, Drones Hit Kharkiv")
 */
public record PlaceMention(String text, int begin, int end, int[] candidates, MentionCue cue, int qualifier,
    boolean variantMatch, PlaceRole role, boolean capitalOnly) {

  /** A mention whose capital counts as a mark of a name. */
  public PlaceMention(String text, int begin, int end, int[] candidates, MentionCue cue, int qualifier,
      boolean variantMatch, PlaceRole role) {
    this(text, begin, end, candidates, cue, qualifier, variantMatch, role, false);
  }

  public PlaceMention withQualifier(int index) {
    return new PlaceMention(text, begin, end, candidates, cue, index, variantMatch, role, capitalOnly);
  }

  public PlaceMention withCue(MentionCue newCue) {
    return new PlaceMention(text, begin, end, candidates, newCue, qualifier, variantMatch, role, capitalOnly);
  }

  public boolean known() {
    return candidates.length > 0;
  }
}
