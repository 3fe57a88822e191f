package org.borderwatch.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surnames the words around a name give away, beyond the capitalised runs and titles {@link PlaceMentionFinder}
 * reads itself. Two named steps, each counted:
 * <ul>
 *   <li>{@value #MIDDLE_INITIAL}: a given name and a middle initial before it, "Tyrise M. Bell";</li>
 *   <li>{@value #SPEECH_VERB}: a lone name right before a speech verb with no place cue before it ("Clark said"),
 *       or right after "said" and closing its clause ("said Lemons."), unless the article also writes the name as
 *       a place: after a place cue or before a residents' noun ("in Gainesville", "Gainesville residents"; the city
 *       "says no").</li>
 *   <li>{@value #RELATIVE_WHO}: a lone name that "who" refers to ("his relative, Anna, who was at home"), not after
 *       "of" or a place cue ("the people of Kherson, who fled"), with the same exception.</li>
 * </ul>
 * A name a country, region or large capital has ("Moscow said", "Georgia says") is never taken here: those speak for
 * their authorities far more often than a person of that name is quoted.
 */
final class PersonCues {
  static final String MIDDLE_INITIAL = "PersonCues.middleInitial";
  static final String SPEECH_VERB = "PersonCues.speechVerb";
  static final String RELATIVE_WHO = "PersonCues.relativeWho";
  private static final Pattern INITIAL = Pattern.compile(
      "\\b(\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}\\.\\s+(\\p{Lu}\\p{Ll}{2,}[\\p{L}'’-]*)");
  private static final Pattern BEFORE_VERB = Pattern.compile("(?<![\\p{L}.'’-])(\\p{Lu}\\p{Ll}+)\\s+(\\p{Ll}+)\\b");
  private static final Pattern BEFORE_WHO = Pattern.compile(
      "(?<![\\p{L}.'’-])(?<!\\bof\\s)(\\p{Lu}\\p{Ll}+),\\s+who\\b");
  private static final Pattern AFTER_SAID = Pattern.compile("\\bsaid\\s+(\\p{Lu}\\p{Ll}+)(?=[.,;])");

  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Ll}+)");

  private final Set<String> speechVerbs;
  private final Set<String> residentNouns;
  private final Set<String> placeNameStarts;
  private final Map<String, Long> fired = new LinkedHashMap<>();

  PersonCues(Set<String> speechVerbs, Set<String> residentNouns, Set<String> placeNameStarts) {
    this.speechVerbs = speechVerbs;
    this.residentNouns = residentNouns;
    this.placeNameStarts = placeNameStarts;
    fired.put(MIDDLE_INITIAL, 0L);
    fired.put(SPEECH_VERB, 0L);
    fired.put(RELATIVE_WHO, 0L);
  }

  /**
   * Adds to {@code names} the surnames of {@code text} these steps find; {@code speaksForState} says whether a name
   * is a country's, region's or large capital's, and {@code placeCueBefore} whether the words before an offset mark
   * a place.
   */
  void addSurnames(String text, Set<String> names, Predicate<String> speaksForState, IntPredicate placeCueBefore) {
    Matcher m = INITIAL.matcher(text);
    while (m.find()) {
      if (!placeNameStarts.contains(m.group(1)) && !speaksForState.test(m.group(2))) {
        count(MIDDLE_INITIAL, names.add(m.group(2)));
      }
    }
    m = BEFORE_VERB.matcher(text);
    while (m.find()) {
      if (speechVerbs.contains(m.group(2)) && !placeCueBefore.test(m.start(1)) && !speaksForState.test(m.group(1))
          && !writtenAsPlace(text, m.group(1), placeCueBefore)) {
        count(SPEECH_VERB, names.add(m.group(1)));
      }
    }
    m = BEFORE_WHO.matcher(text);
    while (m.find()) {
      if (!placeCueBefore.test(m.start(1)) && !speaksForState.test(m.group(1))
          && !writtenAsPlace(text, m.group(1), placeCueBefore)) {
        count(RELATIVE_WHO, names.add(m.group(1)));
      }
    }
    m = AFTER_SAID.matcher(text);
    while (m.find()) {
      if (!speaksForState.test(m.group(1)) && !writtenAsPlace(text, m.group(1), placeCueBefore)) {
        count(SPEECH_VERB, names.add(m.group(1)));
      }
    }
  }

  /** Whether some occurrence of {@code name} follows a place cue or comes before a residents' noun. */
  private boolean writtenAsPlace(String text, String name, IntPredicate placeCueBefore) {
    Matcher at = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
    while (at.find()) {
      Matcher next = NEXT_WORD.matcher(text.substring(at.end(), Math.min(text.length(), at.end() + 30)));
      if (placeCueBefore.test(at.start()) || next.find() && residentNouns.contains(next.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** Surnames each step has added so far, for the parser's counters. */
  Map<String, Long> counts() {
    return Map.copyOf(fired);
  }

  private void count(String step, boolean added) {
    if (added) {
      fired.merge(step, 1L, Long::sum);
    }
  }
}
