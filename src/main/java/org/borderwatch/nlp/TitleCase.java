package org.borderwatch.nlp;

/**
 * Whether a line is written in title case ("In Wave of Attacks, Drones Hit Kharkiv"), where
 * every word is capitalised and a capital says nothing of a name. Words of three letters or fewer are left out:
 * title case leaves "of" and "in" small, and "US" is capitalised in any style.
 */
public final class TitleCase {
  /** Below this many longer words a line is too short to tell. */
  private static final int MIN_WORDS = 3;
  /** At least seven in ten of them capitalised. */
  private static final int MIN_CAPITALISED_TENTHS = 7;
  public static final int SHORT_WORD = 3;

  private TitleCase() {}

  /** {@code words} words longer than {@link #SHORT_WORD} letters, {@code capitalised} of them with a capital. */
  public static boolean of(long words, long capitalised) {
    return words >= MIN_WORDS && capitalised * 10 >= words * MIN_CAPITALISED_TENTHS;
  }
}
