package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Cue;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.borderwatch.geo.PlaceRole;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Token;

/**
 * A country or a capital that stands for its state: the subject of a verb ("Russia launched a missile attack",
 * "Moscow denied", "Ukraine has recaptured") or the speaker after a reporting verb ("…, says Ukraine", "according
 * to Kyiv"). Such a mention is an actor (the state's government; its forces when the event is violence) and not
 * a place. A country after a preposition ("in Ukraine", "in central Ukraine"), before a possessive or a noun ("Russia's army", "the
 * Ukraine war") or as the subject of a passive ("Kyiv was hit", "Kyiv hit by drones") stays a place. The geoparser's own reading of a
 * capital as its government ({@link PlaceRole#GOVERNMENT}) is taken as it is.
 */
final class StateMentions {
  private static final Set<String> STATES = Set.of("PCLI", "PPLC");
  /** Words after which a country is an object or a modifier, not a subject. */
  private static final Set<String> GOVERNING = Set.of("in", "into", "on", "onto", "at", "to", "toward", "towards",
      "from", "of", "for", "with", "against", "across", "over", "near", "inside", "outside", "within", "throughout",
      "around", "about", "via", "through", "between", "under", "off", "beyond", "along", "the", "a", "an", "by",
      "than", "like", "as", "-");
  /** Verbs and adverbs that can follow a subject; with any word ending in "ed" these mark the country as one. */
  private static final Set<String> AFTER_SUBJECT = Set.of("says", "say", "has", "have", "had", "will", "would",
      "could", "may", "might", "did", "does", "also", "again", "now", "then", "still", "reportedly", "allegedly",
      "struck", "hit", "shot", "fought", "took", "began", "sent", "made", "launches", "fires", "strikes", "hits",
      "attacks", "shells", "bombs", "claims", "denies", "accuses", "blames", "warns", "threatens", "vows",
      "insists", "continues", "keeps", "told", "wrote", "retook", "seized", "stole", "threw", "drew", "went",
      "sees", "calls", "wants", "needs", "plans", "begins", "responds", "rejects", "confirms", "admits", "dismisses",
      "tells", "orders", "sends", "pushes", "presses", "seeks", "faces", "gets", "gives", "holds", "uses", "identifies",
      "targets", "pounds", "bombards", "ups", "steps", "ramps", "intensifies", "escalates", "unleashes", "resumes");
  /** Modifiers that may stand between a preposition and a country: "in central Ukraine", "to neighbouring Poland". */
  private static final Set<String> PLACE_MODIFIERS = Set.of("central", "eastern", "western", "northern", "southern",
      "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
      "south-eastern", "south-western", "neighbouring", "neighboring", "occupied", "war-torn", "mainland", "rural");
  private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "late", "early", "last", "in");
  private static final Set<String> PASSIVE = Set.of("is", "was", "were", "are", "been", "being", "came", "comes");

  private StateMentions() {}

  /** {@code actors} with the sentence's state mentions added where no actor covers them, in text order. */
  static List<ActorMention> with(List<ActorMention> actors, String text, List<Token> tokens, List<ResolvedPlace> places,
      List<DateMention> dates, List<PhraseMatch<Cue>> cues) {
    List<ActorMention> out = new ArrayList<>(actors);
    for (ResolvedPlace p : places) {
      if (p.featureCode() == null || !STATES.contains(p.featureCode()) || !Character.isUpperCase(text.charAt(p.begin()))
          || actors.stream().anyMatch(a -> a.begin() < p.end() && p.begin() < a.end())) {
        continue;
      }
      int first = indexAt(tokens, p.begin());
      int last = indexAt(tokens, p.end() - 1);
      if (first < 0 || last < 0) {
        continue;
      }
      if (p.role() == PlaceRole.GOVERNMENT || subject(tokens, first, last, dates, cues, out)
          || speakerAfterCue(tokens, first, last, cues)) {
        out.add(new ActorMention(p.begin(), p.end(), p.text(), Actor.generic(p.name() == null ? p.text() : p.name(),
            ActorType.GOVERNMENT, p.countryCode(), p.countryCode())));
      }
    }
    out.sort(Comparator.comparingInt(ActorMention::begin));
    return out;
  }

  private static boolean subject(List<Token> tokens, int first, int last, List<DateMention> dates,
      List<PhraseMatch<Cue>> cues, List<ActorMention> actors) {
    int before = first - 1;
    while (before >= 0 && PLACE_MODIFIERS.contains(tokens.get(before).norm())) {
      before--;
    }
    if (before >= 0 && before < first - 1 && GOVERNING.contains(tokens.get(before).norm())) {
      return false;
    }
    if (first > 0 && GOVERNING.contains(tokens.get(first - 1).norm())
        && !coordinatedWithSubject(tokens, first, actors) && !subjectOfAs(tokens, first, last)) {
      return false;
    }
    int next = last + 1;
    // "Russia on Tuesday launched": a date between subject and verb is passed over
    while (next < tokens.size() && (inDate(tokens.get(next), dates) || next + 1 < tokens.size()
        && DATE_PREPOSITIONS.contains(tokens.get(next).norm()) && inDate(tokens.get(next + 1), dates))) {
      next++;
    }
    if (next >= tokens.size()) {
      return false;
    }
    String word = tokens.get(next).norm();
    if (PASSIVE.contains(word) || !tokens.get(next).isWord()) {
      return false;
    }
    int verb = tokens.get(next).begin();
    if (cues.stream().anyMatch(c -> c.value().isReporting() && c.begin() == verb)) {
      return true;
    }
    if ((word.equals("has") || word.equals("have") || word.equals("had")) && next + 1 < tokens.size()
        && tokens.get(next + 1).norm().equals("been")) {
      return false;
    }
    if (next + 1 < tokens.size() && tokens.get(next + 1).norm().equals("by")) {
      // "Kyiv hit by Russian drones", "Kharkiv shelled by": a headline's passive, whose subject is the target
      return false;
    }
    return AFTER_SUBJECT.contains(word) || word.length() > 4 && word.endsWith("ed");
  }

  /** "as Kyiv launches its counteroffensive": "as" opening a clause, whose subject the state is, not a preposition. */
  private static boolean subjectOfAs(List<Token> tokens, int first, int last) {
    return tokens.get(first - 1).norm().equals("as") && last + 1 < tokens.size()
        && AFTER_SUBJECT.contains(tokens.get(last + 1).norm());
  }

  /** "Russia and Belarus launched": the second country of coordinated subjects. */
  private static boolean coordinatedWithSubject(List<Token> tokens, int first, List<ActorMention> actors) {
    if (!tokens.get(first - 1).norm().equals("and") || first < 2) {
      return false;
    }
    int before = tokens.get(first - 2).end();
    return actors.stream().anyMatch(a -> a.end() == before && a.actor().type() == ActorType.GOVERNMENT);
  }

  /**
   * "…, says Ukraine", "according to Kyiv": the speaker right after a reporting verb, or after a headline's final
   * colon ("Russia struck Dnipro with a new missile: Kyiv").
   */
  private static boolean speakerAfterCue(List<Token> tokens, int first, int last, List<PhraseMatch<Cue>> cues) {
    if (first == 0) {
      return false;
    }
    int before = tokens.get(first - 1).end();
    boolean finalColon = tokens.get(first - 1).norm().equals(":")
        && tokens.subList(last + 1, tokens.size()).stream().noneMatch(Token::isWord);
    return finalColon || cues.stream().anyMatch(c -> c.value().isReporting() && c.end() == before);
  }

  private static boolean inDate(Token t, List<DateMention> dates) {
    return dates.stream().anyMatch(d -> d.begin() <= t.begin() && t.end() <= d.end());
  }

  private static int indexAt(List<Token> tokens, int offset) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).begin() <= offset && offset < tokens.get(k).end()) {
        return k;
      }
    }
    return -1;
  }
}
