package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.ClaimLexicon;
import org.borderwatch.extract.lexicon.Crossing;
import org.borderwatch.extract.lexicon.Cue;
import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.lexicon.Weapon;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.TitleCase;
import org.borderwatch.nlp.Token;
import org.borderwatch.nlp.Tokenizer;

/** Everything found in one sentence before claims are assembled. */
record SentenceFacts(Sentence sentence, List<Token> tokens, List<ActorMention> actors,
    List<PhraseMatch<Trigger>> triggers, List<PhraseMatch<Cue>> cues, List<PhraseMatch<Weapon>> weapons,
    List<PhraseMatch<Trigger.Evidence>> evidence, List<PhraseMatch<Crossing>> crossings, List<DateMention> dates,
    List<ResolvedPlace> places) {

  /** The sentence's tokens and weapon names, found before places: weapon names are masked out of place finding. */
  record Words(Sentence sentence, List<Token> tokens, List<PhraseMatch<Weapon>> weapons) {
    static Words of(String text, Sentence s, ClaimLexicon lexicon) {
      List<Token> tokens = Tokenizer.tokenize(text, s.begin(), s.end());
      return new Words(s, tokens, lexicon.weapons().find(tokens));
    }
  }

  static SentenceFacts of(String text, Words words, ActorFinder actorFinder, ClaimLexicon lexicon,
      List<ResolvedPlace> articlePlaces, LocalDate published, LocalDate narrative) {
    Sentence s = words.sentence();
    List<Token> tokens = words.tokens();
    List<ResolvedPlace> places = articlePlaces.stream().filter(p -> s.contains(p.begin())).toList();
    List<DateMention> dates = DateResolver.find(text, s.begin(), s.end(), published, narrative);
    // a cue inside a date is part of the date ("in May" is no "may")
    List<PhraseMatch<Cue>> cues = lexicon.cues().find(tokens).stream()
        .filter(c -> dates.stream().noneMatch(d -> d.begin() < c.end() && c.begin() < d.end())).toList();
    List<ActorMention> actors = StateMentions.with(actorFinder.find(text, tokens), text, tokens, places, dates, cues);
    List<PhraseMatch<Trigger>> triggers = lexicon.triggers().find(tokens).stream()
        .filter(t -> !t.value().isIgnored())
        .filter(t -> !isLabel(text, t))
        .filter(t -> !insideName(text, tokens, t))
        // a trigger inside an actor's name is part of the name; one that only shares a word with it stays ("a Russian
        // missile strike": the actor "Russian missile", the trigger "missile strike")
        .filter(t -> actors.stream().noneMatch(a -> a.begin() <= t.begin() && t.end() <= a.end()))
        .filter(t -> places.stream().noneMatch(p -> p.begin() < t.end() && t.begin() < p.end()))
        .toList();
    return new SentenceFacts(s, tokens, actors, triggers, cues, words.weapons(), lexicon.evidence().find(tokens),
        lexicon.crossings().find(tokens), dates, places);
  }

  /**
   * "the Sudan Liberation Army", "the Battle of Kursk": a capitalised trigger inside a name is part of the name (in a
   * headline written in title case every word is capitalised, so there capitals say nothing).
   */
  private static boolean insideName(String text, List<Token> tokens, PhraseMatch<Trigger> t) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).begin() < t.begin()) {
      i++;
    }
    int j = i;
    while (j < tokens.size() && tokens.get(j).end() <= t.end()) {
      j++;
    }
    if (i == 0 || !capitalised(text, tokens.get(i)) || titleCase(text, tokens)) {
      return false;
    }
    boolean nameBefore = capitalised(text, tokens.get(i - 1));
    boolean nameAfter = j < tokens.size() && (capitalised(text, tokens.get(j))
        || tokens.get(j).norm().equals("of") && j + 1 < tokens.size() && capitalised(text, tokens.get(j + 1)));
    return nameBefore || nameAfter;
  }

  private static boolean capitalised(String text, Token t) {
    return t.isWord() && Character.isUpperCase(text.charAt(t.begin()));
  }

  private static boolean titleCase(String text, List<Token> tokens) {
    long words = tokens.stream().filter(t -> t.isWord() && t.end() - t.begin() > TitleCase.SHORT_WORD).count();
    long capitals = tokens.stream()
        .filter(t -> t.isWord() && t.end() - t.begin() > TitleCase.SHORT_WORD && capitalised(text, t)).count();
    return TitleCase.of(words, capitals);
  }

  /** "Interception: On 8 April …": a category label in front of a report, not an event. */
  private static boolean isLabel(String text, PhraseMatch<Trigger> t) {
    return t.end() < text.length() && text.charAt(t.end()) == ':';
  }

  boolean has(Cue cue) {
    return cues.stream().anyMatch(c -> c.value() == cue);
  }

  boolean has(Weapon weapon) {
    return weapons.stream().anyMatch(w -> w.value() == weapon);
  }

  /** Whether a drone, aircraft, missile or rocket is named: the sentence's event is airborne. */
  boolean hasAirborne() {
    return weapons.stream().anyMatch(w -> w.value().airborne());
  }

  boolean has(Crossing kind) {
    return crossings.stream().anyMatch(c -> c.value() == kind);
  }

  boolean has(Trigger.Evidence kind) {
    return evidence.stream().anyMatch(e -> e.value() == kind);
  }

  int tokenIndexAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
