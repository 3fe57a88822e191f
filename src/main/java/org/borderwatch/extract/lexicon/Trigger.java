package org.borderwatch.extract.lexicon;

import java.io.Serializable;

/**
 * What a trigger phrase means: its ACLED event and sub-event type (sub-event {@link #TERRITORY} is
 * decided by the actor), how it can cross a border, and what its sentence must show before it makes a
 * claim ("struck" a town or "struck" a deal).
 */
public record Trigger(String eventType, String subEventType, CrossBorderHint hint, Evidence evidence)
    implements Serializable {
  public static final String TERRITORY = "TERRITORY";
  public static final String GOVERNMENT_REGAINS = "Government regains territory";
  public static final String NONSTATE_OVERTAKES = "Non-state actor overtakes territory";
  public static final String ARMED_CLASH = "Armed clash";
  public static final String EXPLOSIONS = "Explosions/Remote violence";
  public static final String SHELLING = "Shelling/artillery/missile attack";
  public static final String AIR_STRIKE = "Air/drone strike";
  public static final String DISRUPTED_WEAPONS = "Disrupted weapons use";
  public static final String RIOTS = "Riots";
  public static final String BATTLES = "Battles";
  public static final String PROTESTS = "Protests";
  public static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
  public static final String ATTACK = "Attack";
  /** A phrase that contains a trigger word but reports no event ("fighting for Ukraine"). */
  public static final Trigger IGNORE = new Trigger(null, null, CrossBorderHint.NONE, Evidence.NONE);

  public boolean isIgnored() {
    return eventType == null;
  }

  /**
   * How an event of this kind can be cross-border (DESIGN.md §7). {@code WEAPON} is an attack the sentence's weapons
   * decide: with air or artillery weapons and no small arms it is remote violence (AIR or FIRE), else a clash
   * (GROUND); it never reaches a claim undecided.
   */
  public enum CrossBorderHint { GROUND, FIRE, AIR, INTERCEPT, NONE, WEAPON }

  /**
   * What a trigger needs from its sentence to report an event of its kind. {@code NONE}: the phrase says it alone
   * ("shelled", "airstrike"). {@code CONFLICT}: an armed actor with a side or a name, a weapon, or a conflict word
   * of the lexicon (a military target, an armed group: "positions", "checkpoint", "militants"). {@code TERRITORY}:
   * conflict evidence, or a town as the trigger's object ("captured Soledar"). {@code CROWD}: people assembling, a
   * civilian actor or a crowd word ("thousands rallied"; not "a rally in oil prices"). {@code DETENTION}: conflict
   * evidence or a detention word ("detained for treason"; not a burglary arrest). {@code DISPLACEMENT}: conflict
   * evidence, or people moved from a named place ("civilians were evacuated from Melitopol"). {@code REMOTE}: a
   * target struck from afar ("an apartment block", "a power station"), which also makes a state's attack with no
   * weapon named remote violence. {@code CAMPAIGN}: the phrase names a campaign ("the counteroffensive"), which is
   * an event only where its clause starts, stops or reports its fighting ("launched an offensive", "repelled the
   * counteroffensive"). {@code ACCIDENT}: no trigger needs it; its words ("helicopter crash") make a toll ("killed
   * 14 people") an accident's, not an attack's.
   */
  public enum Evidence { NONE, CONFLICT, TERRITORY, CROWD, DETENTION, DISPLACEMENT, REMOTE, CAMPAIGN, ACCIDENT }
}
