package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Cue;
import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.lexicon.Weapon;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.ActorType;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Token;

/**
 * Whether a trigger reports an event a careful reader would code (DESIGN.md §8): the sentence must show the kind
 * of event the trigger needs ({@link Trigger.Evidence}: "struck Kharkiv with missiles", not "struck a deal"), and
 * the trigger must not sit under a negation ("did not attack"), a future, plan, fear or condition ("plans to
 * launch", "a possible missile attack", "if Russia attacks") unless a threat is made ("threatened to strike"), in
 * a question, or in a sentence that tells history ("years ago", "in 2014"). Plain Java over one sentence's facts.
 */
final class EventSense {
  /** Why a trigger makes no claim. */
  enum NonEvent { NO_EVIDENCE, NEGATED, IRREALIS, QUESTION, BACKGROUND, DESCRIPTION }

  /** Words before a campaign's verb that make its fighting meant, not done: "to launch", "could be launched". */
  private static final Set<String> MEANT = Set.of("to", "will", "would", "could", "may", "might", "should", "must",
      "can");
  /** Prepositions that put a campaign at a town, and how far after it: "offensive operations around Avdiivka". */
  private static final Set<String> LOCATING = Set.of("in", "near", "around", "outside", "at");
  private static final int LOCATED_REACH = 3;
  /** How many words may stand between a campaign and the word of its fighting: "launched a new offensive". */
  private static final int CAMPAIGN_REACH = 6;
  /** How far back a negation reaches: "did not immediately attack". */
  private static final int NEGATION_REACH = 4;
  /** How far back a future or conditional reaches: "prevent the military from using satellites to control drone strikes". */
  private static final int IRREALIS_REACH = 10;
  /** How many words may stand between a territory trigger and the town it takes: "captured the village of". */
  private static final int OBJECT_REACH = 4;
  /** Years at least this far before publication are history ("since 2014" in a 2023 article). */
  private static final int BACKGROUND_YEARS = 2;
  /** A date counted back from publication ("last September") at least this many days before it is history. */
  private static final int BACKGROUND_DAYS = 75;
  /** Words that open a new clause: a cue before one does not reach a trigger after it. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although", "though",
      "after", "before", "when", "because", "how", "where", "who", "which", "since", "as");
  /** Words that open a clause of another event, for where an event happened. */
  private static final Set<String> PLACE_CLAUSE_BREAKS = Set.of(";", "but", "while", "whereas", "although", "though",
      "as", "saying");
  /** Words that rank a place among others: "the first city targeted", "the most shelled town". */
  private static final Set<String> RANKS = Set.of("first", "only", "last", "most", "least", "second", "third");
  private static final int RANKED_REACH = 6;
  /** Conjunctions that open a clause of time, whose places are its own events'. */
  private static final Set<String> TIME_CLAUSE_OPENERS = Set.of("before", "after", "when", "until", "once");
  private static final int TIME_CLAUSE_REACH = 4;
  private static final Set<String> FINITE_VERBS = Set.of("was", "were", "is", "are", "had", "has", "have", "took",
      "came", "went", "began", "left", "fled", "made", "did", "said", "got", "ran", "fell", "won", "held");
  /** Words between a trigger and a town that make the town no object: "captured by Middletown police", "in Alliance". */
  static final Set<String> NOT_OBJECT = Set.of("by", "in", "at", "on", "from", "near", "to", "after",
      "before", "during", "with", "and", "or", "than");
  /**
   * Words before a participle that make it describe a noun: "the occupied", "Russian-occupied", "newly liberated",
   * prepositions, which no verb follows ("in occupied Crimea", "on advanced tanks"), and verbs of a visit.
   */
  private static final Set<String> DESCRIBING = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "-",
      "newly", "recently", "once", "formerly", "partially", "partly", "fully", "temporarily", "currently", "in",
      "on", "of", "into", "at", "near", "across", "throughout", "from", "over", "for", "with", "around", "inside",
      "toward", "towards", "to",
      // verbs of a visit, whose object is a place: "Putin visits occupied Mariupol"
      "visits", "visited", "visit", "tours", "toured", "tour");
  /** Auxiliaries of a passive: "who were captured". */
  static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being");
  /** Words in "-ing" that take a participle as the verb of their clause, not as an adjective: "having captured". */
  private static final Set<String> AUXILIARY_ING = Set.of("having", "being", "getting");
  /** Words that open an object: "captured the tanks" takes them, "captured tanks" may describe them. */
  static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
  /** How many words may stand between a participle and the weapon it describes: "advanced US Abrams tanks". */
  private static final int DESCRIBED_WEAPON_REACH = 3;
  /** Words that count events: "dozens of attacks". */
  private static final Set<String> QUANTITIES = Set.of("dozens", "hundreds", "thousands", "scores", "numerous",
      "countless", "multiple", "several", "many");
  /** Verbs before "to" that say an event went on, not that it was meant: "began to shell". */
  private static final Set<String> ONGOING = Set.of("began", "begun", "begin", "begins", "started", "start", "starts",
      "continued", "continue", "continues", "continuing", "managed", "went", "used", "resumed", "tried", "attempted");
  private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from", "during",
      "of", "between", "before", "after", "early", "late", "mid", "summer", "spring", "autumn", "winter", "fall");

  /** Participles that report what an event did to people. */
  private static final Set<String> TOLL_WORDS = Set.of("killed", "wounded", "injured");
  /**
   * Words after such a participle that make it a passive: those of a reduced passive ("soldiers killed in …") and,
   * since a toll stands on its own, the ends of a clause or a quotation ("were wounded;", "killed' as").
   */
  private static final Set<String> PASSIVE_NEXT = Stream.concat(
      ArticleExtractor.REDUCED_PASSIVE_NEXT.stream(), Stream.of("as", "since", "on", "at", "over", "overnight", "so",
          ";", ":", "-", "'", "’", "\"", "”")).collect(Collectors.toUnmodifiableSet());
  /** Nouns of people a toll counts, where the actor finder names no actor: "people killed", "two killed". */
  private static final Set<String> VICTIM_NOUNS = Set.of("people", "persons", "person", "others", "men", "women",
      "children", "civilians", "residents", "soldiers", "troops", "servicemen", "fighters", "dead", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "scores");

  /** Spans of time whose events a trigger after "of" sums up: "a winter of drone attacks", "months of shelling". */
  private static final Set<String> PERIODS = Set.of("weeks", "months", "years", "decades", "winter", "summer",
      "spring", "autumn");

  /** Spans a campaign goes on for ("for weeks", "for two years"), and the words that may round them. */
  private static final Set<String> PLURAL_PERIODS = Set.of("weeks", "months", "years", "decades");
  private static final Set<String> APPROXIMATELY = Set.of("more", "than", "over", "nearly", "almost", "about",
      "some", "around", "at", "least", "the", "past", "last");
  private static final int SINCE_REACH = 8;
  private static final int SUPERLATIVE_REACH = 4;
  private static final Set<String> MONTH_WORDS = Arrays.stream(Month.values())
      .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  /** What a war's count starts from: "since the start of the invasion". */
  private static final Set<String> WAR_START = Set.of("start", "beginning", "outbreak", "invasion", "war");
  private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "several", "many");
  /** A year written out in a date expression ("18 March 2022"), not one resolved from "on Monday". */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  /** Words of guarding against a danger, not of having withstood one ("protected" is left out). */
  private static final Set<String> GUARDING = Set.of("protect", "protects", "protecting", "protection", "safeguard",
      "safeguards", "safeguarding", "defend");
  private static final Set<String> GUARDED_FROM = Set.of("from", "against");
  /** How many words may qualify the danger: "against a wave of Russian drone and missile strikes". */
  private static final int GUARDED_MODIFIERS = 7;
  /** How many words the guarded may take: "protecting Ukrainian border communities from". */
  private static final int GUARD_REACH = 6;
  /** Bare nouns that can name a whole war: "Russia's attack on Ukraine". */
  private static final Set<String> WAR_NOUNS = Set.of("attack", "assault", "aggression", "invasion", "war");
  private static final Set<String> WAR_OBJECT = Set.of("on", "against", "of");
  /** Words of a toll, and of losses counted as a number: "20,000 died in", "the number of casualties". */
  private static final Set<String> DEATHS = Set.of("died", "killed", "dead", "perished");
  private static final Set<String> LOSSES = Set.of("casualties", "deaths", "losses", "dead");
  /** How far before the trigger such a total may stand: "18,000 of its men killed in the Soledar battle". */
  private static final int TOTAL_REACH = 8;
  /** How many words an event noun's verb may stand after it: "strikes deep in Russian territory should". */
  private static final int AWAITED_REACH = 6;
  private static final Set<String> MODALS = Set.of("will", "would", "should", "must", "could", "can", "may", "might");
  /** Verbs after a modal that put the event itself ahead: "will continue", "could resume". */
  private static final Set<String> STILL_TO_COME = Set.of("continue", "resume", "intensify", "escalate", "follow",
      "come", "happen", "occur", "begin", "start", "increase");
  /** Words after "be" (or "is", "are") that await an event: "should be expected", "are likely". */
  private static final Set<String> AWAITED = Set.of("expected", "imminent", "likely", "possible", "inevitable",
      "anticipated", "feared", "planned");
  /** Prepositions that follow a year, never a count of things: "battles in 2014 between separatists and the army". */
  private static final Set<String> AFTER_A_YEAR = Set.of("between", "against", "amid", "under", "across", "along",
      "around", "over", "for", "of", "into", "through");
  private static final Set<String> YEAR_DETERMINERS = Set.of("the", "its", "their", "his", "her", "that");

  private EventSense() {}

  /**
   * Why {@code trigger} reports no event, or empty when it does; {@code byState} says a state's name or demonym
   * qualifies the trigger ("a Ukrainian attack on Makiivka"): a state acting by force is evidence of conflict.
   */
  static Optional<NonEvent> judge(String text, SentenceFacts f, PhraseMatch<Trigger> trigger, LocalDate published,
      boolean byState) {
    if (isQuestion(text, f)) {
      return Optional.of(NonEvent.QUESTION);
    }
    if (f.has(Cue.BACKGROUND) || namesOldYear(text, f, published) || countsBackMonths(f, published)) {
      return Optional.of(NonEvent.BACKGROUND);
    }
    Optional<Cue> scope = scopingCue(text, f, trigger);
    if (scope.isPresent()) {
      return Optional.of(switch (scope.get()) {
        case NEGATION -> NonEvent.NEGATED;
        case ANTECEDENT -> NonEvent.BACKGROUND;
        default -> NonEvent.IRREALIS;
      });
    }
    if (feared(f, trigger) || purpose(f, trigger) || guardedAgainst(f, trigger) || awaitedAfter(f, trigger)) {
      return Optional.of(NonEvent.IRREALIS);
    }
    if (takesPrisoners(text, f, trigger) || accidentToll(f, trigger)) {
      return Optional.of(NonEvent.NO_EVIDENCE);
    }
    if (attributive(text, f, trigger) || namesWeapon(f, trigger) || counted(f, trigger)
        || ongoingAfterActor(f, trigger) || tollOf(f, trigger, byState) || overAPeriod(f, trigger)
        || forASpan(text, f, trigger) || sinceADate(text, f, trigger) || onAWholeCountry(f, trigger)
        || afterATotal(f, trigger)) {
      return Optional.of(NonEvent.DESCRIPTION);
    }
    return evidenced(text, f, trigger, byState) ? Optional.empty() : Optional.of(NonEvent.NO_EVIDENCE);
  }

  /**
   * "the occupied city of Makiivka", "Russian-occupied Ukraine", "the liberated villages": a participle that
   * describes a noun tells a state of things, not an event.
   */
  private static boolean attributive(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    boolean participle = f.tokenIndexAt(trigger.end()) == ti + 1 && f.tokens().get(ti).norm().endsWith("ed");
    if (!participle || ti < 1) {
      return false;
    }
    String before = f.tokens().get(ti - 1).norm();
    boolean describingIng = before.endsWith("ing") && !AUXILIARY_ING.contains(before)
        && Character.isLowerCase(text.charAt(f.tokens().get(ti - 1).begin()));
    return DESCRIBING.contains(before) || describingIng || describesWeapon(f, trigger, ti) || ranked(f, ti)
        || afterAnotherTrigger(f, trigger, ti);
  }

  /**
   * "continued to shell liberated settlements", "struck occupied Melitopol": a participle right after a verb of an
   * event describes its object.
   */
  private static boolean afterAnotherTrigger(SentenceFacts f, PhraseMatch<Trigger> trigger, int ti) {
    int previousEnd = f.tokens().get(ti - 1).end();
    return f.triggers().stream().anyMatch(t -> t != trigger && t.end() == previousEnd);
  }

  /**
   * "Kharkiv, the first city targeted by missiles this year", "one of the most heavily shelled towns": a
   * participle within a noun phrase that ranks a place among others describes it, it reports no event.
   */
  private static boolean ranked(SentenceFacts f, int ti) {
    List<Token> tokens = f.tokens();
    for (int k = ti - 1; k >= Math.max(1, ti - RANKED_REACH); k--) {
      String w = tokens.get(k).norm();
      if (FINITE_VERBS.contains(w) || PLACE_CLAUSE_BREAKS.contains(w)) {
        return false;
      }
      if (RANKS.contains(w) && tokens.get(k - 1).norm().equals("the")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a bombardment that included advanced Kinzhal missiles": a participle of ground fighting right before the
   * weapon it describes is an adjective; "fired missiles" (a weapon's own verb) is not asked.
   */
  private static boolean describesWeapon(SentenceFacts f, PhraseMatch<Trigger> trigger, int ti) {
    if (trigger.value().hint() != Trigger.CrossBorderHint.GROUND) {
      return false;
    }
    int next = ti + 1;
    return f.weapons().stream().anyMatch(w -> {
      int wi = f.tokenIndexAt(w.begin());
      return wi >= next && wi - next < DESCRIBED_WEAPON_REACH
          && f.tokens().subList(next, wi).stream().allMatch(t -> t.isWord() && !NOT_OBJECT.contains(t.norm())
              && !ARTICLES.contains(t.norm()));
    });
  }

  /**
   * "a Su-25 ground attack jet", "strike drones", "assault rifles": a noun right before a weapon names the weapon's
   * kind, not an event; a verb takes the weapon as its object ("fired missiles", "shot down drones", "to strike
   * drones"), and a participle or a verb of fire is no such noun.
   */
  private static boolean namesWeapon(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    int next = f.tokenIndexAt(trigger.end());
    String word = f.tokens().get(ti).norm();
    boolean verb = word.endsWith("ed") || word.endsWith("ing") || meant(f, ti)
        || trigger.value().hint() == Trigger.CrossBorderHint.FIRE;
    if (next != ti + 1 || verb) {
      return false;
    }
    return next < f.tokens().size() && f.weapons().stream()
        .anyMatch(w -> w.begin() == f.tokens().get(next).begin());
  }

  /** "a helicopter crash near Kyiv killed 14 people": the dead of an accident, not of an attack. */
  private static boolean accidentToll(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    return TOLL_WORDS.contains(f.tokens().get(f.tokenIndexAt(trigger.begin())).norm())
        && f.has(Trigger.Evidence.ACCIDENT);
  }

  /**
   * "carried out 480 attacks on schools", "dozens of strikes": a count of events with no date is a total, not an
   * event.
   */
  private static boolean counted(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    if (!f.dates().isEmpty() || !f.tokens().get(f.tokenIndexAt(trigger.end() - 1)).norm().endsWith("s")) {
      return false;
    }
    int ti = f.tokenIndexAt(trigger.begin());
    for (int k = ti - 1; k >= Math.max(0, ti - 3); k--) {
      String w = f.tokens().get(k).norm();
      if (w.chars().allMatch(Character::isDigit) && !w.equals("1") || QUANTITIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "For two months the army shelled the town", "shelled the town for weeks": what went on for a span
   * of a week or more in the trigger's clause is a campaign told whole, not one event.
   */
  private static boolean forASpan(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    List<Token> tokens = f.tokens();
    int ti = f.tokenIndexAt(trigger.begin());
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (!tokens.get(k).norm().equals("for")) {
        continue;
      }
      int j = k + 1;
      while (j < tokens.size() && APPROXIMATELY.contains(tokens.get(j).norm())) {
        j++;
      }
      if (j < tokens.size() && spansAWeek(tokens, j)
          && !breakBetween(text, f, Math.min(k, ti), Math.max(k, ti))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "nearly 500 drones downed since September", "has shelled Kherson since the start of the war": events summed up
   * since a time. "The largest drone attack since March" ranks one event against them and is left alone.
   */
  private static boolean sinceADate(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    List<Token> tokens = f.tokens();
    int ti = f.tokenIndexAt(trigger.begin());
    for (int k = Math.max(0, ti - SUPERLATIVE_REACH); k < ti; k++) {
      String w = tokens.get(k).norm();
      if (w.endsWith("est") || RANKS.contains(w) || w.equals("worst")) {
        return false;
      }
    }
    int after = f.tokenIndexAt(trigger.end());
    for (int k = after; k < Math.min(tokens.size() - 1, after + SINCE_REACH); k++) {
      if (tokens.get(k).norm().equals("since")) {
        int j = tokens.get(k + 1).norm().equals("the") && k + 2 < tokens.size() ? k + 2 : k + 1;
        String w = tokens.get(j).norm();
        boolean time = MONTH_WORDS.contains(w) || WRITTEN_YEAR.matcher(w).matches()
            || j == k + 2 && WAR_START.contains(w);
        return time && !breakBetween(text, f, ti, k);
      }
    }
    return false;
  }

  /** "weeks", "months", "80 days", "two years" from token {@code j}: a week or more. */
  private static boolean spansAWeek(List<Token> tokens, int j) {
    String count = tokens.get(j).norm();
    if (PLURAL_PERIODS.contains(count)) {
      return true;
    }
    String unit = j + 1 < tokens.size() ? tokens.get(j + 1).norm() : "";
    if (unit.equals("days")) {
      return count.matches("\\d{2,}|[7-9]");
    }
    return PLURAL_PERIODS.contains(unit) && (count.matches("\\d+") || COUNT_WORDS.contains(count));
  }

  /** "a brutal winter of drone attacks", "months of heavy shelling": a span of time's events summed up, not one. */
  private static boolean overAPeriod(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    for (int of = ti - 1; of >= Math.max(1, ti - 2); of--) {
      if (f.tokens().get(of).norm().equals("of")) {
        return PERIODS.contains(f.tokens().get(of - 1).norm());
      }
    }
    return false;
  }

  /**
   * "20,000 fighters killed in Bakhmut", "two soldiers killed in an attack": a count of the dead or wounded reports
   * a toll, not an event of its own: a number in the thousands does not die in one event, and a participle with its
   * victims before it (an actor, people, a number, or a nationality: {@code byState}) and no object after it is a
   * passive, whose event (if any) another trigger names.
   */
  private static boolean tollOf(SentenceFacts f, PhraseMatch<Trigger> trigger, boolean byState) {
    int ti = f.tokenIndexAt(trigger.begin());
    if (!TOLL_WORDS.contains(f.tokens().get(ti).norm())) {
      return false;
    }
    int after = f.tokenIndexAt(trigger.end());
    boolean passive = after >= f.tokens().size() || PASSIVE_NEXT.contains(f.tokens().get(after).norm());
    boolean victimsBefore = byState || ti >= 1 && f.actors().stream().anyMatch(a -> f.tokenIndexAt(a.end()) == ti)
        || ti >= 1 && (VICTIM_NOUNS.contains(f.tokens().get(ti - 1).norm())
            || f.tokens().get(ti - 1).norm().chars().allMatch(Character::isDigit));
    return passive && victimsBefore || countsThousands(f, ti);
  }

  /**
   * "some 15,000 soldiers died in the Soledar fighting", "a growing number of casualties comes from heavy fighting":
   * a death toll in the thousands, or a number of casualties, before the trigger in its clause tells a campaign's
   * total, and the battle it names is no one event.
   */
  private static boolean afterATotal(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    for (int k = ti - 1; k >= Math.max(0, ti - TOTAL_REACH); k--) {
      String w = f.tokens().get(k).norm();
      if (CLAUSE_BREAKS.contains(w)) {
        return false;
      }
      if (DEATHS.contains(w) && countsThousands(f, k)
          || LOSSES.contains(w) && k >= 2 && f.tokens().get(k - 1).norm().equals("of")
              && f.tokens().get(k - 2).norm().equals("number")) {
        return true;
      }
    }
    return false;
  }

  /** A number of at least a thousand ("20,000", "thousands of") among the few words before token {@code ti}. */
  private static boolean countsThousands(SentenceFacts f, int ti) {
    for (int k = ti - 1; k >= Math.max(0, ti - 8); k--) {
      String w = f.tokens().get(k).norm();
      boolean grouped = k + 2 < f.tokens().size() && f.tokens().get(k + 1).norm().equals(",")
          && f.tokens().get(k + 2).norm().matches("\\d{3}");
      if (w.equals("thousands") || grouped && w.matches("\\d{1,3}")) {
        return true;
      }
      if (w.chars().allMatch(Character::isDigit) && w.length() >= 4 && w.length() <= 7 && !w.startsWith("0")
          && (k + 1 >= f.tokens().size() || !f.tokens().get(k + 1).norm().equals(","))) {
        // a year written before the toll is a date, not a count
        return !inDate(f, f.tokens().get(k)) && !(w.length() == 4 && (w.startsWith("19") || w.startsWith("20")));
      }
    }
    return false;
  }

  /**
   * "amid Russia's attack on Ukraine", "as the invasion of Ukraine continues": an attack named by its bare noun whose
   * object is a whole country is the war itself, which no one codes as one event.
   */
  private static boolean onAWholeCountry(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    int next = f.tokenIndexAt(trigger.end());
    if (next != ti + 1 || !WAR_NOUNS.contains(f.tokens().get(ti).norm()) || next + 1 >= f.tokens().size()
        || !WAR_OBJECT.contains(f.tokens().get(next).norm())) {
      return false;
    }
    int k = f.tokens().get(next + 1).norm().equals("the") ? next + 2 : next + 1;
    return k < f.tokens().size() && f.places().stream().anyMatch(p -> p.begin() == f.tokens().get(k).begin()
        && p.featureCode() != null && p.featureCode().startsWith("PCL"));
  }

  /** "the army keeps many thousands of soldiers fighting in the east": fighters described, no fight reported. */
  private static boolean ongoingAfterActor(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    return f.tokens().get(f.tokenIndexAt(trigger.begin())).norm().equals("fighting")
        && f.actors().stream().anyMatch(a -> f.tokenIndexAt(a.end()) == f.tokenIndexAt(trigger.begin()));
  }

  /** "Ukraine attack fears grow", "a strike threat": a fear, threat or plan named right after the trigger. */
  private static boolean feared(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int next = f.tokenIndexAt(trigger.end());
    return next < f.tokens().size() && f.cues().stream()
        .anyMatch(c -> c.value() == Cue.IRREALIS && c.begin() == f.tokens().get(next).begin());
  }

  /**
   * "Further strikes should be expected", "Russian attacks on Kherson will continue", "more strikes are likely": an
   * event noun whose own verb, a few words on in its clause, is still to come. "may have killed" is left alone: it
   * hedges an event that happened.
   */
  private static boolean awaitedAfter(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    List<Token> tokens = f.tokens();
    int from = f.tokenIndexAt(trigger.end());
    for (int k = from; k < Math.min(tokens.size() - 1, from + AWAITED_REACH); k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || CLAUSE_BREAKS.contains(t.norm())) {
        return false;
      }
      String next = tokens.get(k + 1).norm();
      if (MODALS.contains(t.norm())) {
        return STILL_TO_COME.contains(next)
            || next.equals("be") && k + 2 < tokens.size() && AWAITED.contains(tokens.get(k + 2).norm());
      }
      if ((t.norm().equals("is") || t.norm().equals("are")) && AWAITED.contains(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a counteroffensive to recapture territory", "troops sent to attack": a trigger after "to" is a purpose, unless
   * the verb before says it went on ("began to shell", "continued to attack", "managed to capture") or threatens it
   * ("threatened to strike": a threat is a claim).
   */
  private static boolean purpose(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    if (ti < 1 || !f.tokens().get(ti - 1).norm().equals("to")) {
      return false;
    }
    int to = f.tokens().get(ti - 1).begin();
    boolean threat = f.cues().stream().anyMatch(c -> c.value() == Cue.THREAT && c.end() <= to
        && f.tokens().stream().noneMatch(t -> t.begin() >= c.end() && t.end() <= to));
    return !threat && !(ti >= 2 && ONGOING.contains(f.tokens().get(ti - 2).norm()));
  }

  /**
   * "systems to protect cities from drone attacks", "protecting border villages from shelling": what something is
   * to guard against is a danger, not an event. A past "protected … from" and a body's "shielded … from" are left
   * alone: they may tell of an attack that came.
   */
  private static boolean guardedAgainst(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    int k = ti - 1;
    while (k >= 0 && ti - k <= GUARDED_MODIFIERS && dangersWord(f.tokens().get(k))) {
      k--;
    }
    if (k < 1 || !GUARDED_FROM.contains(f.tokens().get(k).norm())) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - GUARD_REACH); j--) {
      String w = f.tokens().get(j).norm();
      if (CLAUSE_BREAKS.contains(w)) {
        return false;
      }
      if (GUARDING.contains(w)) {
        return true;
      }
    }
    return false;
  }
  /**
   * A word that may qualify a danger before "from" or "against": no verb ("shielded his neighbour from the shelling
   * and was wounded" was wounded).
   */
  private static boolean dangersWord(Token t) {
    String w = t.norm();
    return t.isWord() && !GUARDED_FROM.contains(w) && !PASSIVE_AUXILIARIES.contains(w) && !FINITE_VERBS.contains(w);
  }


  /**
   * "captured two Russian soldiers", "soldiers captured by Ukraine", "those who were captured": taking people is
   * no territory taken (and no armed clash either, by itself).
   */
  private static boolean takesPrisoners(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    if (trigger.value().evidence() != Trigger.Evidence.TERRITORY) {
      return false;
    }
    int ti = f.tokenIndexAt(trigger.begin());
    int after = f.tokenIndexAt(trigger.end());
    boolean passive = ti >= 2 && PASSIVE_AUXILIARIES.contains(f.tokens().get(ti - 1).norm());
    for (int k = ti - 2; passive && k >= Math.max(0, ti - 3); k--) {
      if (f.tokens().get(k).norm().equals("who")) {
        return true;
      }
    }
    for (ActorMention a : f.actors()) {
      int ai = f.tokenIndexAt(a.begin());
      boolean object = ai >= after && ai - after <= 2 && !breakBetween(text, f, after - 1, ai)
          && f.tokens().subList(after, ai).stream().noneMatch(t -> NOT_OBJECT.contains(t.norm()));
      int ae = f.tokenIndexAt(a.end());
      boolean passiveSubject = ae == ti && after < f.tokens().size() && f.tokens().get(after).norm().equals("by");
      // "six soldiers were captured", "with six soldiers captured": the people taken are its subject
      boolean peopleTaken = passive && ae < ti && ae >= ti - 2
          && PASSIVE_AUXILIARIES.contains(f.tokens().get(ae).norm())
          || ae == ti && ai > 0 && f.tokens().get(countedFrom(f, ai) - 1).norm().equals("with");
      if (object || passiveSubject || peopleTaken) {
        return true;
      }
    }
    return false;
  }
  /** The first token of a count before token {@code k} ("six" in "six soldiers"), else {@code k}. */
  private static int countedFrom(SentenceFacts f, int k) {
    String before = k > 1 ? f.tokens().get(k - 1).norm() : "";
    boolean number = !before.isEmpty() && before.chars().allMatch(Character::isDigit);
    return COUNT_WORDS.contains(before) || number ? k - 1 : k;
  }


  /**
   * The negation or irrealis cue whose clause holds the trigger, nearest first; none when a threat cue stands in
   * the clause before the trigger ("Hezbollah threatened that it would strike": a threat is a claim).
   */
  private static Optional<Cue> scopingCue(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.begin());
    Cue found = null;
    for (PhraseMatch<Cue> c : f.cues()) {
      if (c.end() > trigger.begin()) {
        break;
      }
      int ci = f.tokenIndexAt(c.end() - 1);
      if (breakBetween(text, f, ci, ti)) {
        continue;
      }
      if (c.value() == Cue.THREAT) {
        return Optional.empty();
      }
      int reach = switch (c.value()) {
        case NEGATION -> NEGATION_REACH;
        case IRREALIS, ANTECEDENT -> IRREALIS_REACH;
        default -> -1;
      };
      if (reach >= 0 && ti - ci <= reach) {
        found = c.value();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether a clause break lies between token {@code from} (exclusive) and token {@code to} (exclusive). */
  static boolean breakBetween(String text, SentenceFacts f, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Token t = f.tokens().get(k);
      if (CLAUSE_BREAKS.contains(t.norm()) || t.norm().equals("-") && spacedDash(text, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the clause that holds the trigger ends: the offset of the first clause break after it ("shelled Kharkiv;
   * Kyiv repelled …", "was attacked, as Kyiv was hit"), else the sentence's end. A dash or colon opens a list of
   * the places, not a new clause ("two villages – Kozinka and Gora-Podol").
   */
  static int clauseEnd(String text, SentenceFacts f, PhraseMatch<?> trigger) {
    for (int k = f.tokenIndexAt(trigger.end()); k < f.tokens().size(); k++) {
      Token t = f.tokens().get(k);
      if (PLACE_CLAUSE_BREAKS.contains(t.norm())) {
        return t.begin();
      }
    }
    return f.sentence().end();
  }

  /**
   * Where the trigger's own clause gives way to a clause of time before {@code clauseEnd} ("Kharkiv was hit before the
   * president arrived in Kyiv"), else {@code clauseEnd}. Its places are the event's only when its own
   * clause names none ("police arrested protesters after they painted a flag outside the embassy in Kyiv").
   */
  static int timeClauseStart(SentenceFacts f, PhraseMatch<?> trigger, int clauseEnd) {
    for (int k = f.tokenIndexAt(trigger.end()); k < f.tokens().size(); k++) {
      Token t = f.tokens().get(k);
      if (t.begin() >= clauseEnd) {
        break;
      }
      if (TIME_CLAUSE_OPENERS.contains(t.norm()) && verbSoonAfter(f, k)) {
        return t.begin();
      }
    }
    return clauseEnd;
  }

  /**
   * "before the president arrived in Kyiv", "when Russian forces pulled back across the Dnipro": a clause of
   * its own, with a verb within {@link #TIME_CLAUSE_REACH} words, unlike "before dawn" or "after a drone attack".
   */
  private static boolean verbSoonAfter(SentenceFacts f, int k) {
    List<Token> tokens = f.tokens();
    for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + TIME_CLAUSE_REACH); j++) {
      String w = tokens.get(j).norm();
      boolean described = ARTICLES.contains(tokens.get(j - 1).norm());
      if (FINITE_VERBS.contains(w) || w.length() > 4 && w.endsWith("ed") && !described) {
        return true;
      }
    }
    return false;
  }

  /** " – " between words, not the hyphen of "pro-Ukraine". */
  private static boolean spacedDash(String text, Token t) {
    return t.begin() > 0 && t.end() < text.length() && Character.isWhitespace(text.charAt(t.begin() - 1))
        && Character.isWhitespace(text.charAt(t.end()));
  }

  private static boolean isQuestion(String text, SentenceFacts f) {
    String s = f.sentence().text(text).strip();
    int end = s.length();
    while (end > 0 && "\"'”’»)".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && s.charAt(end - 1) == '?';
  }

  /** "since 2014", "in 1945", "the 2015 attack": a year at least two years before publication, written as one. */
  private static boolean namesOldYear(String text, SentenceFacts f, LocalDate published) {
    if (datedRecently(f, published)) {
      return false;
    }
    List<Token> tokens = f.tokens();
    for (int k = 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.norm().length() != 4 || !t.norm().chars().allMatch(Character::isDigit)) {
        continue;
      }
      int year = Integer.parseInt(t.norm());
      boolean written = YEAR_PREPOSITIONS.contains(tokens.get(k - 1).norm()) || inDate(f, t);
      // "2014 attacks" counts; "in 2014 during the war" dates
      boolean counted = k + 1 < tokens.size() && tokens.get(k + 1).isWord()
          && Character.isLowerCase(text.charAt(tokens.get(k + 1).begin()))
          && !NOT_OBJECT.contains(tokens.get(k + 1).norm()) && !CLAUSE_BREAKS.contains(tokens.get(k + 1).norm())
          && !AFTER_A_YEAR.contains(tokens.get(k + 1).norm());
      // "the 2015 attack in Sousse": a year after a determiner names the event's year, not a count
      boolean attributive = YEAR_DETERMINERS.contains(tokens.get(k - 1).norm());
      if (year >= 1900 && year <= published.getYear() - BACKGROUND_YEARS && (written && !counted || attributive)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code date} lies in a year at least {@link #BACKGROUND_YEARS} before publication's. */
  static boolean isHistory(LocalDate date, LocalDate published) {
    return date.getYear() <= published.getYear() - BACKGROUND_YEARS;
  }

  /**
   * "On 18 March 2022, troops shot a man who had served in 2014": a date written with a recent year says when the
   * sentence's event was, whatever older year it also names.
   */
  private static boolean datedRecently(SentenceFacts f, LocalDate published) {
    return f.dates().stream().anyMatch(d -> !d.relative() && WRITTEN_YEAR.matcher(d.text()).find()
        && d.date().getYear() > published.getYear() - BACKGROUND_YEARS);
  }

  /**
   * "Ukraine recaptured it last September" in a March article: a date counted back from publication by months is
   * history the report recalls, not its news ("last month" is not that far).
   */
  private static boolean countsBackMonths(SentenceFacts f, LocalDate published) {
    LocalDate recent = published.minusDays(BACKGROUND_DAYS);
    return f.dates().stream().anyMatch(d -> d.relative() && d.date().isBefore(recent));
  }

  private static boolean inDate(SentenceFacts f, Token t) {
    return f.dates().stream().anyMatch(d -> d.begin() <= t.begin() && t.end() <= d.end());
  }

  private static boolean evidenced(String text, SentenceFacts f, PhraseMatch<Trigger> trigger, boolean byState) {
    return switch (trigger.value().evidence()) {
      case NONE -> true;
      case CONFLICT -> byState || conflict(f, trigger);
      case TERRITORY -> conflict(f, trigger) || townObject(text, f, trigger);
      case DETENTION -> conflict(f, trigger) || word(f, trigger, Trigger.Evidence.DETENTION);
      case DISPLACEMENT -> conflict(f, trigger) || f.actors().stream().anyMatch(a -> a.actor().type()
          == ActorType.CIVILIANS) && f.places().stream().anyMatch(p -> p.begin() > trigger.end()
          && text.substring(trigger.end(), p.begin()).matches("(?s)\\s+from\\s+(the\\s+)?"));
      case CROWD -> word(f, trigger, Trigger.Evidence.CROWD)
          || f.actors().stream().anyMatch(a -> a.actor().type() == ActorType.CIVILIANS);
      case REMOTE -> word(f, trigger, Trigger.Evidence.REMOTE);
      case CAMPAIGN -> (byState || conflict(f, trigger)) && fought(text, f, trigger);
      case ACCIDENT -> false;
    };
  }

  /**
   * An armed actor the text names or gives a side ("the Wagner group", "Russian troops"; not bare "groups"), a
   * weapon other than small arms (shots and rifles are as common in crime), or a conflict word.
   */
  private static boolean conflict(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    return word(f, trigger, Trigger.Evidence.CONFLICT)
        || f.weapons().stream().anyMatch(w -> w.value() != Weapon.SMALL_ARMS && !w.overlaps(trigger))
        || f.actors().stream().map(ActorMention::actor)
            .anyMatch(a -> a.type().isArmed() && (a.side() != null || !a.id().startsWith("generic:")));
  }

  /**
   * "launched an offensive in Zaporizhzhia", "the Russian offensive has begun", "repelling a counteroffensive": a
   * word of the campaign's fighting near it in its clause, which "as Kyiv prepares its counteroffensive" lacks and
   * "is expected to start a counteroffensive" only means; or a town it is fought at.
   */
  private static boolean fought(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int first = f.tokenIndexAt(trigger.begin());
    int last = f.tokenIndexAt(trigger.end() - 1);
    if (locatedAtTown(f, last)) {
      return true;
    }
    return f.evidence().stream().filter(e -> e.value() == Trigger.Evidence.CAMPAIGN && !e.overlaps(trigger))
        .anyMatch(e -> {
          int ei = f.tokenIndexAt(e.begin());
          boolean near = ei < first ? first - ei <= CAMPAIGN_REACH && !breakBetween(text, f, ei, first)
              : ei - last <= CAMPAIGN_REACH && !breakBetween(text, f, last, ei);
          return near && !meant(f, ei);
        });
  }

  /** Whether the verb at token {@code i} is only meant: "to launch", "could launch", "could be launched". */
  private static boolean meant(SentenceFacts f, int i) {
    List<Token> tokens = f.tokens();
    return i >= 1 && MEANT.contains(tokens.get(i - 1).norm())
        || i >= 2 && tokens.get(i - 1).norm().equals("be") && MEANT.contains(tokens.get(i - 2).norm());
  }

  /** "the offensive in Bakhmut", "offensive operations around Avdiivka": a campaign fought at a named town. */
  private static boolean locatedAtTown(SentenceFacts f, int last) {
    for (ResolvedPlace p : f.places()) {
      int pi = f.tokenIndexAt(p.begin());
      if (pi > last + 1 && pi - last <= LOCATED_REACH && (p.geoPrecision() <= 2 || p.place() == null)
          && LOCATING.contains(f.tokens().get(pi - 1).norm())) {
        return f.tokens().subList(last + 1, pi - 1).stream()
            .allMatch(t -> t.isWord() && !NOT_OBJECT.contains(t.norm()));
      }
    }
    return false;
  }

  /** An evidence word outside the trigger itself: "occupied" is no evidence that "occupied" is an event. */
  private static boolean word(SentenceFacts f, PhraseMatch<Trigger> trigger, Trigger.Evidence kind) {
    return f.evidence().stream().anyMatch(e -> e.value() == kind && !e.overlaps(trigger));
  }


  /**
   * "captured Soledar", "took control of the village of Kozinka": a town, or a name the gazetteer lacks, right after
   * the trigger.
   */
  private static boolean townObject(String text, SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int ti = f.tokenIndexAt(trigger.end() - 1);
    for (ResolvedPlace p : f.places()) {
      int pi = f.tokenIndexAt(p.begin());
      if (p.begin() >= trigger.end() && (p.geoPrecision() <= 2 || p.place() == null) && pi - ti <= OBJECT_REACH) {
        return f.tokens().subList(ti + 1, pi).stream().allMatch(t -> t.isWord() && !NOT_OBJECT.contains(t.norm()));
      }
    }
    return false;
  }
}
