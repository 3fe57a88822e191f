package org.borderwatch.geo;

/**
 * What a place name does in its sentence. Only {@link #PLACE} is where something happens; the other roles keep
 * the mention (and its resolution) for what else it tells: who speaks, whose side, what an organisation is of.
 */
public enum PlaceRole {
  /** A place: where something is or happens ("shelled Belgorod", "in Texas"). */
  PLACE,
  /** A capital or country named as its government speaking ("Moscow said", "Kyiv denied"): a speaker. */
  GOVERNMENT,
  /** A country name used as an adjective ("US officials", "a US journalist"): a nationality. */
  NATIONALITY,
  /** A place name inside an organisation's or publication's name ("Texas Department of Health"). */
  ORGANISATION,
  /**
   * An institution or landmark standing for a government or body ("the White House", "the Kremlin", "the EU"),
   * resolved to the country or entity it speaks for; not a place name at all.
   */
  INSTITUTION;

  /** Whether an event may happen at a mention in this role. */
  public boolean isEventPlace() {
    return this == PLACE;
  }
}
