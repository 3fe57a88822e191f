package org.borderwatch.extract;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.Token;

/** Everything found in one sentence before claims are assembled. */
record SentenceFacts(Sentence sentence, List<Token> tokens, List<ActorMention> actors,
    List<PhraseMatch<Trigger>> triggers, List<PhraseMatch<Cue>> cues, List<PhraseMatch<Weapon>> weapons,
    List<DateMention> dates, List<ResolvedPlace> places) {

  static SentenceFacts of(String text, Sentence s, ActorFinder actorFinder, ClaimLexicon lexicon,
      List<ResolvedPlace> articlePlaces, LocalDate published) {
    List<Token> tokens = org.borderwatch.nlp.Tokenizer.tokenize(text, s.begin(), s.end());
    List<ActorMention> actors = actorFinder.find(text, tokens);
    List<ResolvedPlace> places = articlePlaces.stream().filter(p -> s.contains(p.begin())).toList();
    List<PhraseMatch<Trigger>> triggers = lexicon.triggers().find(tokens).stream()
        .filter(t -> !t.value().isIgnored())
        .filter(t -> actors.stream().noneMatch(a -> a.overlaps(t)))
        .filter(t -> places.stream().noneMatch(p -> p.begin() < t.end() && t.begin() < p.end()))
        .toList();
    return new SentenceFacts(s, tokens, actors, triggers, lexicon.cues().find(tokens), lexicon.weapons().find(tokens),
        DateResolver.find(text, s.begin(), s.end(), published), places);
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
