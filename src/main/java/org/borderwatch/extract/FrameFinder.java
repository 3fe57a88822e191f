package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Cue;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claimant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Token;

/**
 * Finds who says what in a sentence: the speaker before a reporting verb ("Gladkov said", "Andrey
 * Yusov, a spokesman for Ukraine's military intelligence, told"), after it ("said Gladkov",
 * "according to the OSCE"), a pronoun that points back to the last named speaker ("he added"), or
 * capitalised words the dictionary lacks ("Army tweeted").
 */
final class FrameFinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
  private static final Pattern COORDINATION = Pattern.compile("\\s*(,|and|&|, and|together with|along with)\\s*(the\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA_ONLY = Pattern.compile("\\s*,\\s*(the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** Room for an apposition or relative clause: "Two armed groups made up of Russian citizens who fight on Ukraine's side said". */
  private static final int MAX_GAP_TOKENS = 12;
  /** A subject may stand further from its verb, across a relative clause with a prepositional object. */
  private static final int MAX_SUBJECT_GAP_TOKENS = 20;
  private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "late", "early", "last");
  private static final Set<String> PREPOSITIONS = Set.of("on", "from", "with", "against", "at", "in",
      "to", "by", "behind", "alongside", "near", "into");

  private FrameFinder() {}

  /** Frames of the sentence's reporting cues; {@code lastSpeakers} resolves pronoun speakers. */
  static List<Frame> find(String text, SentenceFacts f, List<Claimant> lastSpeakers) {
    List<Frame> frames = new ArrayList<>();
    for (PhraseMatch<Cue> cue : f.cues()) {
      if (!cue.value().isReporting()) {
        continue;
      }
      List<Claimant> speakers = cue.value() == Cue.ACCORDING_TO
          ? after(text, f, cue)
          : before(text, f, cue, lastSpeakers);
      if (speakers.isEmpty() && cue.value() != Cue.ACCORDING_TO) {
        speakers = after(text, f, cue);
      }
      if (!speakers.isEmpty()) {
        frames.add(new Frame(cue.value(), cue.begin(), cue.end(), speakers));
      }
    }
    afterFinalColon(text, f).ifPresent(frames::add);
    return frames;
  }

  /** "Russia struck Dnipro with a new missile: Kyiv": a headline's speaker named after a final colon. */
  private static java.util.Optional<Frame> afterFinalColon(String text, SentenceFacts f) {
    List<Token> tokens = f.tokens();
    int end = tokens.size();
    while (end > 0 && !tokens.get(end - 1).isWord()) {
      end--;
    }
    for (int k = end - 2; k >= Math.max(1, end - 5); k--) {
      Token colon = tokens.get(k);
      if (colon.norm().equals(":")) {
        int to = tokens.get(end - 1).end();
        List<ActorMention> who = f.actors().stream().filter(a -> a.begin() >= colon.end() && a.end() <= to).toList();
        if (who.isEmpty() || !text.substring(colon.end(), who.get(0).begin()).isBlank()
            || who.get(who.size() - 1).end() != to) {
          return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Frame(Cue.SAY, colon.begin(), colon.end(),
            coordinated(text, f.actors(), who.get(who.size() - 1))));
      }
    }
    return java.util.Optional.empty();
  }

  private static List<Claimant> before(String text, SentenceFacts f, PhraseMatch<Cue> cue, List<Claimant> last) {
    int ci = f.tokenIndexAt(cue.begin());
    if (ci > 0) {
      Token prev = f.tokens().get(ci - 1);
      if (ci > 1 && f.tokens().get(ci - 1).norm().equals("later")) {
        prev = f.tokens().get(ci - 2);
      }
      if (PRONOUNS.contains(prev.norm()) && !last.isEmpty()) {
        Token pronoun = prev;
        return last.stream().map(c -> new Claimant(pronoun.begin(), pronoun.end(), text.substring(pronoun.begin(),
            pronoun.end()), c.actor())).toList();
      }
    }
    ActorMention nearest = null;
    for (ActorMention a : f.actors()) {
      if (a.end() <= cue.begin()) {
        nearest = a;
      }
    }
    if (nearest != null && isPrepositionalObject(f, nearest)) {
      return subjectBefore(text, f, cue);
    }
    if (nearest != null && f.tokenIndexAt(cue.begin()) - f.tokenIndexAt(nearest.end()) <= MAX_GAP_TOKENS
        && !containsQuoteOrTrigger(text, f, nearest.end(), cue.begin())) {
      return coordinated(text, f.actors(), nearest);
    }
    List<Claimant> capitalised = capitalisedBefore(text, f, ci);
    return capitalised.isEmpty() ? definiteBefore(text, f, ci) : capitalised;
  }

  /**
   * "fighting on Ukraine's side": an actor governed by a preposition speaks for no one ("of" and "for" are left out:
   * "a spokesman for the army" names whom a speaker serves).
   */
  private static boolean isPrepositionalObject(SentenceFacts f, ActorMention a) {
    int i = f.tokenIndexAt(a.begin()) - 1;
    if (i >= 0 && f.tokens().get(i).norm().equals("the")) {
      i--;
    }
    return i >= 0 && PREPOSITIONS.contains(f.tokens().get(i).norm());
  }

  /**
   * The speaker when the noun right before the verb is a prepositional object: the clause's subject, the first
   * actor of the sentence that is no such object ("Two armed groups … fighting on Ukraine's side said").
   */
  private static List<Claimant> subjectBefore(String text, SentenceFacts f, PhraseMatch<Cue> cue) {
    for (ActorMention a : f.actors()) {
      if (a.end() > cue.begin()) {
        break;
      }
      if (!isPrepositionalObject(f, a)) {
        boolean near = f.tokenIndexAt(cue.begin()) - f.tokenIndexAt(a.end()) <= MAX_SUBJECT_GAP_TOKENS;
        return near && !text.substring(a.end(), cue.begin()).matches("(?s).*[\"“”«»].*")
            ? coordinated(text, f.actors(), a) : List.of();
      }
    }
    return List.of();
  }

  /** "the military said", "the command later said": a definite speaker noun the dictionary has no actor for. */
  private static List<Claimant> definiteBefore(String text, SentenceFacts f, int cueIndex) {
    int j = cueIndex - 1;
    if (j > 0 && f.tokens().get(j).norm().equals("later")) {
      j--;
    }
    if (j < 1 || !SpeakerReferences.isSpeakerNoun(f.tokens().get(j).norm())) {
      return List.of();
    }
    int end = f.tokens().get(j).end();
    for (int k = j - 1; k >= 0 && j - k <= 4; k--) {
      Token t = f.tokens().get(k);
      if (!t.isWord()) {
        return List.of();
      }
      if (t.norm().equals("the")) {
        return List.of(new Claimant(t.begin(), end, text.substring(t.begin(), end), null));
      }
    }
    return List.of();
  }

  private static boolean containsQuoteOrTrigger(String text, SentenceFacts f, int from, int to) {
    String gap = text.substring(from, to);
    return gap.matches(".*[\"“”«»].*") || f.triggers().stream().anyMatch(t -> t.begin() >= from && t.end() <= to);
  }

  /**
   * "Army tweeted": a speaker the dictionary lacks, kept as written; a date between it and the verb is passed over
   * ("Kiev on Tuesday denied"). A capital or a country speaks for its government ("Moscow said", "Kiev denied").
   */
  private static List<Claimant> capitalisedBefore(String text, SentenceFacts f, int cueIndex) {
    int last = cueIndex - 1;
    boolean dated = false;
    while (last >= 0 && inDate(f, f.tokens().get(last))) {
      last--;
      dated = true;
    }
    if (dated && last >= 0 && DATE_PREPOSITIONS.contains(f.tokens().get(last).norm())) {
      last--;
    }
    int j = last;
    int end = -1;
    int begin = -1;
    while (j >= 0 && f.tokens().get(j).isWord()
        && Character.isUpperCase(text.charAt(f.tokens().get(j).begin())) && last - j < 4) {
      if (end < 0) {
        end = f.tokens().get(j).end();
      }
      begin = f.tokens().get(j).begin();
      j--;
    }
    if (begin < 0) {
      return List.of();
    }
    return List.of(new Claimant(begin, end, text.substring(begin, end), governmentOf(f, begin, end)));
  }

  private static boolean inDate(SentenceFacts f, Token t) {
    return f.dates().stream().anyMatch(d -> d.begin() <= t.begin() && t.end() <= d.end());
  }

  /** The government of the capital or country written at exactly {@code [begin, end)}, else null. */
  private static Actor governmentOf(SentenceFacts f, int begin, int end) {
    for (ResolvedPlace p : f.places()) {
      if (p.begin() == begin && p.end() == end && ("PPLC".equals(p.featureCode()) || "PCLI".equals(p.featureCode()))) {
        return Actor.generic(p.text(), ActorType.GOVERNMENT, p.countryCode(), p.countryCode());
      }
    }
    return null;
  }

  private static List<Claimant> after(String text, SentenceFacts f, PhraseMatch<Cue> cue) {
    int ci = f.tokenIndexAt(cue.end());
    for (ActorMention a : f.actors()) {
      if (a.begin() >= cue.end() && f.tokenIndexAt(a.begin()) - ci <= 2) {
        return List.of(new Claimant(a.begin(), a.end(), a.text(), a.actor()));
      }
    }
    if (cue.value() == Cue.ACCORDING_TO) {
      int stop = text.indexOf(',', cue.end());
      int end = stop < 0 || stop > f.sentence().end() ? f.sentence().end() : stop;
      end = Math.min(end, cue.end() + 80);
      String who = text.substring(cue.end(), end).strip().replaceAll("[\\p{Punct}“”«»’]+$", "");
      if (who.chars().anyMatch(Character::isUpperCase)) {
        int b = text.indexOf(who, cue.end());
        return List.of(new Claimant(b, b + who.length(), who, null));
      }
    }
    return List.of();
  }

  /** The mention and the actors coordinated with it before it ("the Legion of Free Russia and the RVC"). */
  static List<Claimant> coordinated(String text, List<ActorMention> actors, ActorMention last) {
    List<ActorMention> chain = coordinatedActors(text, actors, last);
    return chain.stream().map(a -> new Claimant(a.begin(), a.end(), a.text(), a.actor())).toList();
  }

  /**
   * A bare comma joins only a list that ends in "and" ("A, B and C"): "wounding three people, the regional military
   * administration said" is one speaker.
   */
  static List<ActorMention> coordinatedActors(String text, List<ActorMention> actors, ActorMention last) {
    List<ActorMention> chain = new ArrayList<>();
    chain.add(last);
    boolean list = false;
    int idx = actors.indexOf(last);
    for (int k = idx - 1; k >= 0; k--) {
      ActorMention prev = actors.get(k);
      String gap = text.substring(prev.end(), chain.get(0).begin());
      if (!COORDINATION.matcher(gap).matches() || COMMA_ONLY.matcher(gap).matches() && !list) {
        break;
      }
      list = true;
      chain.add(0, prev);
    }
    return chain;
  }
}
