package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.ActorDictionary;
import org.borderwatch.extract.lexicon.GenericNoun;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.ActorType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Token;

/**
 * Finds actors in a sentence: dictionary names (widened over "a sabotage group of the …" before
 * and "… rebel forces" after), then generic actors built from a force noun and the demonym or
 * country before it ("Russian forces", "Ukraine's military", "pro-Ukraine Russian troops" → side
 * UA, nationality RU; "Russian-backed separatists" → side RU).
 */
final class ActorFinder {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "local", "regional");
  /** Nouns an actor word can qualify: "a civilian car", "civilian infrastructure" name no actor. */
  private static final Set<String> THINGS = Set.of("car", "cars", "vehicle", "vehicles", "bus", "buses", "train",
      "trains", "house", "houses", "building", "buildings", "infrastructure", "object", "objects", "facility",
      "facilities", "casualties", "targets", "boat", "boats", "correspondents", "bloggers", "experts", "analysts",
      "commentators", "blogger", "analyst", "expert", "correspondent", "aid", "spending", "budget", "equipment",
      "parade", "exercises", "drills", "cemetery", "academy", "court", "tribunal", "hardware", "assistance", "support",
      "supplies", "packages", "package");

  private static final int MAX_MODIFIERS = 3;
  private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "of", "and", "or", "but", "to", "in", "on",
      "at", "by", "with", "for", "from", "as", "that", "which", "who", "than", "said", "say", "claim", "deny", "report",
      "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "may", "might", "can",
      "its", "their", "his", "her", "not", "also", "now", "then", "after", "before", "when", "while");
  /** Past participles that qualify a weapon or unit rather than tell what was done: "a Russian guided missile". */
  private static final Set<String> PARTICIPLE_ADJECTIVES = Set.of("guided", "unmanned", "armed", "armoured", "armored",
      "mechanised", "mechanized", "motorised", "motorized", "combined", "advanced", "modified", "improvised");

  private final ActorDictionary dictionary;
  private final GeoKnowledge geo;

  ActorFinder(ActorDictionary dictionary, GeoKnowledge geo) {
    this.dictionary = dictionary;
    this.geo = geo;
  }

  List<ActorMention> find(String text, List<Token> tokens) {
    List<ActorMention> out = new ArrayList<>();
    List<PhraseMatch<GenericNoun>> nouns = dictionary.nouns().find(tokens);
    for (PhraseMatch<Actor> m : dictionary.names().find(tokens)) {
      int begin = widenLeft(tokens, nouns, m.begin());
      // "NAF rebel forces" is one armed actor; "the Kremlin drone attack" is an attack on the Kremlin
      int end = m.value().type().isArmed() ? widenRight(nouns, m.end(), text) : m.end();
      Optional<PhraseMatch<GenericNoun>> force = m.value().type() == ActorType.GOVERNMENT && m.value().side() != null
          ? ownedForce(tokens, nouns, m.end()) : Optional.empty();
      out.add(force.map(n -> ledForce(text, m.value(), begin, n))
          .orElseGet(() -> new ActorMention(begin, end, text.substring(begin, end), m.value())));
    }
    for (PhraseMatch<GenericNoun> n : nouns) {
      if (out.stream().anyMatch(a -> a.begin() <= n.begin() && n.end() <= a.end())) {
        continue;
      }
      // mentions never overlap: "a column of Russian military forces" is one actor, not two
      generic(text, tokens, n).filter(a -> out.stream().noneMatch(o -> o.begin() < a.end() && a.begin() < o.end()))
          .ifPresent(a -> {
            out.add(a);
            elidedConjunct(text, tokens, a).ifPresent(out::add);
          });
    }
    out.sort(Comparator.comparingInt(ActorMention::begin));
    return out;
  }

  /** "Putin's forces", "the Kremlin's troops": an armed noun right after a government's possessive. */
  private static Optional<PhraseMatch<GenericNoun>> ownedForce(List<Token> tokens, List<PhraseMatch<GenericNoun>> nouns,
      int end) {
    int k = 0;
    while (k < tokens.size() && tokens.get(k).begin() < end) {
      k++;
    }
    if (k + 2 >= tokens.size() || !tokens.get(k).norm().equals("'") || !tokens.get(k + 1).norm().equals("s")) {
      return Optional.empty();
    }
    int nounBegin = tokens.get(k + 2).begin();
    return nouns.stream().filter(n -> n.begin() == nounBegin && n.value().type().isArmed()).findFirst();
  }

  /** The forces a government or its leader commands: that state's generic force, not the government itself. */
  private ActorMention ledForce(String text, Actor government, int begin, PhraseMatch<GenericNoun> n) {
    String label = geo.countryName(government.side()).orElse(government.side()) + " "
        + n.value().type().name().toLowerCase().replace('_', ' ');
    return new ActorMention(begin, n.end(), text.substring(begin, n.end()),
        Actor.generic(label, n.value().type(), government.side(), government.side()));
  }

  /** "a sabotage group of the" + actor: the mention starts at the group noun. */
  private static int widenLeft(List<Token> tokens, List<PhraseMatch<GenericNoun>> nouns, int begin) {
    int i = indexAt(tokens, begin);
    int j = i - 1;
    if (j >= 0 && tokens.get(j).norm().equals("the")) {
      j--;
    }
    if (j < 1 || !tokens.get(j).norm().equals("of")) {
      return begin;
    }
    int ofBegin = tokens.get(j).begin();
    for (PhraseMatch<GenericNoun> n : nouns) {
      if (n.end() <= ofBegin && n.end() >= tokens.get(j - 1).end() && n.value().type().isArmed()) {
        return n.begin();
      }
    }
    return begin;
  }

  /** Actor + force noun right after it ("NAF rebel forces", "DPR fighters"): one mention. */
  private static int widenRight(List<PhraseMatch<GenericNoun>> nouns, int end, String text) {
    for (PhraseMatch<GenericNoun> n : nouns) {
      if (n.begin() > end && text.substring(end, n.begin()).isBlank() && n.value().type().isArmed()) {
        return n.end();
      }
    }
    return end;
  }

  private Optional<ActorMention> generic(String text, List<Token> tokens, PhraseMatch<GenericNoun> n) {
    int i = indexAt(tokens, n.begin());
    int after = i + 1;
    while (after < tokens.size() && tokens.get(after).begin() < n.end()) {
      after++;
    }
    if (after < tokens.size() && THINGS.contains(tokens.get(after).norm())
        || i >= 2 && tokens.get(i - 1).norm().equals("-") && tokens.get(i - 2).norm().equals("anti")) {
      // "civilian infrastructure", "an anti-ship missile": the noun qualifies another, it is no actor
      return Optional.empty();
    }
    Demonym d = demonymBefore(text, tokens, i, n.value().type().isArmed());
    GenericNoun noun = n.value();
    int end = n.end();
    if (d == null) {
      Token country = countryOfAfter(tokens, n.end());
      if (country != null) {
        String iso = country(country).orElseThrow();
        d = new Demonym(n.begin(), iso, iso);
        end = country.end();
      }
    }
    String written = text.substring(d == null ? n.begin() : d.begin, end);
    if (d != null) {
      String label = geo.countryName(d.side).orElse(d.side) + " " + noun.type().name().toLowerCase().replace('_', ' ');
      return Optional.of(new ActorMention(d.begin, end, written,
          Actor.generic(label, noun.type(), d.side, d.nationality)));
    }
    return switch (noun.sideRule()) {
      case DEMONYM -> Optional.empty();
      case LOCATION -> Optional.of(new ActorMention(n.begin(), n.end(), written,
          new Actor("generic:-:" + noun.type(), written, noun.type(), null, null, true)));
      case NONE -> Optional.of(new ActorMention(n.begin(), n.end(), written,
          Actor.generic(written, noun.type(), null, null)));
    };
  }

  /**
   * "between Russian and Ukrainian forces": the first demonym shares the noun of the second, so it is an actor of
   * its own ("Russian [forces]") rather than a stray adjective.
   */
  private Optional<ActorMention> elidedConjunct(String text, List<Token> tokens, ActorMention second) {
    int j = indexAt(tokens, second.begin());
    if (j < 2 || second.actor().side() == null || !tokens.get(j - 1).norm().equals("and")) {
      return Optional.empty();
    }
    Token first = tokens.get(j - 2);
    Optional<String> country = country(first);
    if (country.isEmpty() || !geo.countryOf(tokens.get(j).norm()).isPresent()) {
      return Optional.empty();
    }
    Actor a = second.actor();
    String label = geo.countryName(country.get()).orElse(country.get()) + " "
        + a.type().name().toLowerCase().replace('_', ' ');
    return Optional.of(new ActorMention(first.begin(), first.end(), text.substring(first.begin(), first.end()),
        Actor.generic(label, a.type(), country.get(), country.get())));
  }

  /** "the military forces of Russia": the country token after "of (the)" right behind the noun, or null. */
  private Token countryOfAfter(List<Token> tokens, int nounEnd) {
    int k = 0;
    while (k < tokens.size() && tokens.get(k).begin() < nounEnd) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).norm().equals("of")) {
      return null;
    }
    k++;
    if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
      k++;
    }
    return k < tokens.size() && country(tokens.get(k)).isPresent() ? tokens.get(k) : null;
  }

  private record Demonym(int begin, String side, String nationality) {}

  /**
   * The country named just before token {@code i}: "Russian", "Ukraine's", "pro-Ukraine Russian",
   * "Russian-backed", with determiners and "local" allowed in front.
   */
  private Demonym demonymBefore(String text, List<Token> tokens, int i, boolean armed) {
    // an armed noun's modifiers may stand between: "a Russian guided missile"; an office's may not
    int j = (armed ? modifiersBefore(text, tokens, i) : i) - 1;
    if (j >= 1 && tokens.get(j).norm().equals("backed") && tokens.get(j - 1).norm().equals("-") && j >= 2) {
      Optional<String> backer = country(tokens.get(j - 2));
      if (backer.isPresent()) {
        return new Demonym(tokens.get(j - 2).begin(), backer.get(), null);
      }
    }
    if (j >= 2 && tokens.get(j).norm().equals("s") && tokens.get(j - 1).norm().equals("'")) {
      j -= 2;
    }
    if (j < 0) {
      return null;
    }
    Optional<String> nationality = country(tokens.get(j));
    if (nationality.isEmpty()) {
      return null;
    }
    int begin = tokens.get(j).begin();
    String side = nationality.get();
    if (j >= 3 && tokens.get(j - 2).norm().equals("-") && tokens.get(j - 3).norm().equals("pro")) {
      Optional<String> sponsor = country(tokens.get(j - 1));
      if (sponsor.isPresent()) {
        side = sponsor.get();
        begin = tokens.get(j - 3).begin();
      }
    }
    return new Demonym(begin, side, nationality.get());
  }

  /**
   * Where the modifiers between a demonym and its noun begin: "a Russian Kh-101 long-range cruise missile",
   * "Russian airborne troops". Up to three words that can only qualify a noun: lower-case, not a function word, plural
   * or third-person verb ("bloggers claim", "says") nor a past tense other than a known adjective ("Ukraine downed
   * drones"); codes with digits or a model's letters ("S-300", "Su-34").
   */
  private int modifiersBefore(String text, List<Token> tokens, int i) {
    int k = i;
    int words = 0;
    while (k > 0 && modifier(text, tokens.get(k - 1))) {
      // a hyphenated compound ("long-range", "Kh-101") is one modifier
      boolean compound = k < i && tokens.get(k).norm().equals("-");
      if (tokens.get(k - 1).isWord() && !compound && ++words > MAX_MODIFIERS) {
        break;
      }
      k--;
    }
    while (k < i && !tokens.get(k).isWord()) {
      k++;
    }
    return k;
  }

  private boolean modifier(String text, Token t) {
    String w = t.norm();
    if (w.equals("-")) {
      return true;
    }
    if (!t.isWord() || NOT_MODIFIERS.contains(w) || country(t).isPresent()) {
      return false;
    }
    boolean capital = Character.isUpperCase(text.charAt(t.begin()));
    boolean modelLetters = capital && t.end() - t.begin() <= 2 && text.startsWith("-", t.end());
    if (w.chars().anyMatch(Character::isDigit) || modelLetters) {
      return true;
    }
    return !capital && !w.endsWith("s") && (!w.endsWith("ed") || PARTICIPLE_ADJECTIVES.contains(w));
  }

  private Optional<String> country(Token t) {
    if (!t.isWord() || !Character.isLetter(t.norm().charAt(0)) || DETERMINERS.contains(t.norm())) {
      return Optional.empty();
    }
    return geo.countryOf(t.norm());
  }

  static int indexAt(List<Token> tokens, int begin) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).begin() == begin) {
        return k;
      }
    }
    throw new IllegalStateException("no token starts at " + begin);
  }
}
