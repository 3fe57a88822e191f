package org.borderwatch.extract.model;

/** Kinds of actor, as written to {@code claims.actor_type} and {@code claims.claimant_type}. */
public enum ActorType {
  STATE_FORCE, NONSTATE_ARMED, GOVERNMENT, OFFICIAL, CIVILIANS, MEDIA, UNKNOWN;

  public boolean isArmed() {
    return this == STATE_FORCE || this == NONSTATE_ARMED;
  }

  public static ActorType parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown actor type '" + value + "'; allowed: "
          + java.util.Arrays.toString(values()), e);
    }
  }
}
