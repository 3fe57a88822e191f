package org.borderwatch.extract;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.Token;
import org.borderwatch.nlp.Tokenizer;

/** Everything found in one sentence before claims are assembled. */
record SentenceFacts(Sentence sentence, List<Token> tokens, List<ActorMention> actors,
    List<PhraseMatch<Trigger>> triggers, List<PhraseMatch<Cue>> cues, List<PhraseMatch<Weapon>> weapons,
    List<DateMention> dates, List<ResolvedPlace> places) {

  /** The sentence's tokens and weapon names, found before places: weapon names are masked out of place finding. */
  record Words(Sentence sentence, List<Token> tokens, List<PhraseMatch<Weapon>> weapons) {
    static Words of(String text, Sentence s, ClaimLexicon lexicon) {
      List<Token> tokens = Tokenizer.tokenize(text, s.begin(), s.end());
      return new Words(s, tokens, lexicon.weapons().find(tokens));
    }
  }

  static SentenceFacts of(String text, Words words, ActorFinder actorFinder, ClaimLexicon lexicon,
      List<ResolvedPlace> articlePlaces, LocalDate published) {
    Sentence s = words.sentence();
    List<Token> tokens = words.tokens();
    List<ActorMention> actors = actorFinder.find(text, tokens);
    List<ResolvedPlace> places = articlePlaces.stream().filter(p -> s.contains(p.begin())).toList();
    List<PhraseMatch<Trigger>> triggers = lexicon.triggers().find(tokens).stream()
        .filter(t -> !t.value().isIgnored())
        .filter(t -> !isLabel(text, t))
        .filter(t -> actors.stream().noneMatch(a -> a.overlaps(t)))
        .filter(t -> places.stream().noneMatch(p -> p.begin() < t.end() && t.begin() < p.end()))
        .toList();
    return new SentenceFacts(s, tokens, actors, triggers, lexicon.cues().find(tokens), words.weapons(),
        DateResolver.find(text, s.begin(), s.end(), published), places);
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

  int tokenIndexAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
