package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Cue;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.lexicon.Weapon;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Claimant;
import org.borderwatch.extract.model.DateMention;
import org.borderwatch.extract.model.Extraction;
import org.borderwatch.extract.model.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.borderwatch.nlp.Token;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderwatch.extract.model.Claim.Attribution;
import org.borderwatch.extract.model.Claim.Modality;
import org.borderwatch.extract.lexicon.Trigger.CrossBorderHint;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoParser;
import org.borderwatch.geo.PlaceRole;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.io.Hashing;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.SentenceBounds;

/**
 * Turns one article into mentions and actor–location–claim tuples. Plain Java and thread-confined:
 * build one per partition. Each trigger of the claim lexicon makes an event; its actors are the
 * agent of a passive ("shot down by local air defence") or the nearest actor before it (with those
 * coordinated with it), its places the ones after it (coordinated: "the villages of Kozinka and
 * Gora-Podol" → two claims) or else before it, its claimant the speaker of the quotation it sits in
 * or of the sentence's reporting verb. Places, dates and speakers carry over from earlier sentences
 * when a sentence names none ("he added" → the last named speaker).
 */
public final class ArticleExtractor {
  /** Reporting verbs whose speaker lays an event on another: the speaker is never its actor. */
  private static final Set<String> BLAMING = Set.of("accuse", "accused", "accuses", "accusing", "blame", "blamed",
      "blames", "blaming");
  /** Words that make a date a span's bound ("since October"), and how far before the date they may stand. */
  private static final Set<String> SPAN_BOUNDS = Set.of("since", "until", "till");
  private static final int SPAN_REACH = 5;
  private static final Set<String> OCCURRING = Set.of("occurred", "took", "place", "broke", "out",
      "erupted", "continued", "were", "was");
  private static final Pattern CIVILIAN_TARGET = Pattern.compile(
      "(?i)^\\s*(?:(?:the|a|an|two|three|several|\\d+)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:cars?|bus|buses|train|"
          + String.join("|", RemoteSigns.CIVILIANS) + ")\\b");
  /** Harm done to people held, which is no fighting even when they are soldiers ("tortured his soldiers"). */
  private static final Set<String> HARM_TO_THE_HELD = Set.of("tortured", "beat", "beaten", "executed");
  private static final Pattern COMBATANT_TARGET = Pattern.compile(
      // not the agent: "tortured by the mercenaries"
      "(?i)^\\s*(?!by\\b)(?:(?:the|up\\s+to|about|some|at\\s+least|\\d+|two|three|four|five|several|dozens\\s+of)\\s+)?"
          + "(?:[\\w-]+\\s+){0,2}?(?:" + String.join("|", RemoteSigns.COMBATANTS) + ")\\b");
  /** "were attacked", "being shelled", "had been hit": what stands between a target and the trigger of a passive. */
  static final Pattern PASSIVE_BEFORE_TRIGGER = Pattern.compile(
      "(?is)\\s+(?:(?:reportedly|allegedly|also|again)\\s+)?(?:(?:has|have|had)\\s+been|(?:is|are|was|were)"
          + "(?:\\s+being)?|being|got|gets?)\\s+(?:(?:reportedly|allegedly|also|again)\\s+)?");
  /** A force that only intercepts: air defence, written however. */
  private static final Pattern AIR_DEFENCE = Pattern.compile("(?i)\\b(?:air|anti-aircraft|missile)[ -]defen[cs]e");
  /** Hints of triggers that strike from afar, whose weapons an interception may have stopped. */
  private static final Set<CrossBorderHint> REMOTE_HINTS = EnumSet.of(CrossBorderHint.AIR, CrossBorderHint.FIRE,
      CrossBorderHint.WEAPON);
  /** Lines shorter than this with no final punctuation are headings. */
  private static final int HEADING_WORDS = 8;
  /** Quotes that may open a headline. */
  private static final String OPENERS = "\"'“‘«";
  private static final Set<String> DONE_TO_PERSONS = Set.of("killed", "wounded", "injured", "captured", "detained",
      "arrested", "executed", "abducted", "kidnapped", "tortured", "taken", "dead", "died");
  private static final Set<String> TOWN_NOUNS = Set.of("city", "town", "village", "settlement");
  /** Prepositions that lead to where something happened: "fighting around Vuhledar", "assaults on a town". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "near", "on", "at", "around", "outside",
      "towards", "toward");
  /** Words between a trigger and the name of where it happened: "towards the village of", "in the town of". */
  private static final Set<String> LEADS_TO_PLACE = Stream.concat(PLACE_PREPOSITIONS.stream(), Stream.of("of", "the"))
      .collect(Collectors.toUnmodifiableSet());
  /** Prepositions that lead to a place and nothing else: "around Vuhledar", "towards Zorianivka". */
  private static final Set<String> NEAR_PREPOSITIONS = Set.of("near", "around", "outside", "towards", "toward");
  /** The least confidence of a town "the city" may refer back to: more than prominence alone decided it. */
  private static final double TOWN_CONFIDENCE = 0.7;
  /** Verbs that tell what an event did to people; after an event in their clause they report its toll. */
  private static final Set<String> CASUALTIES = Set.of("killed", "kills", "kill", "killing", "wounded", "wounding",
      "injured", "injuring");
  /** A speaker's people to whom the event was done: "its soldiers died in", "their troops were killed by". */
  private static final String VICTIMS_OWNED = "(?is).*\\b(its|their|our)\\s+\\w+\\s+((were|was|had been|have been)\\s+)?"
      + "(killed|died|dead|wounded|injured|captured)\\b.*";
  /** Determiners that make an event noun refer back to one reported before: "the attack", "that strike". */
  private static final Set<String> DEFINITE = Set.of("the", "that", "this", "these", "those");
  /** Articles before the demonym of a passive's means: "by a Russian drone". */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  /** Words that make the event after them one suffered, not done: "under heavy attack", "repelling attacks". */
  private static final Set<String> DEFENDING = Set.of("under", "repel", "repels", "repelled", "repelling", "repulse",
      "repulsed", "repulsing", "thwart", "thwarted", "thwarting", "withstand", "withstood", "withstanding", "resist",
      "resisted", "resisting", "off");
  /** How many words may stand between such a word and the event: "repelling constant heavy attacks". */
  private static final int DEFENDING_REACH = 3;
  /** How many words may stand between an actor and its passive: "a Russian military blogger was killed". */
  private static final int PASSIVE_SUBJECT_REACH = 2;
  /** Verbs by which an official judges violence, never commits it. */
  private static final Set<String> JUDGING = Set.of("describes", "described", "calls", "called", "condemns",
      "condemned", "denounces", "denounced", "decries", "decried", "mourns", "mourned", "hails", "hailed", "praises",
      "praised", "welcomes", "welcomed", "slams", "slammed");
  private static final Set<String> MODALS_OF_THE_PAST = Set.of("may", "might", "could", "must", "would", "should");
  /** Forms of "be" before a participle that make it a passive: "a Russian blogger is killed". */
  private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  /** How far after an interception its count may stand: "shot down all 34 of the". */
  private static final int TALLY_REACH = 4;
  /** How many words may stand between a violent trigger and its object: "blew up a sophisticated Russian". */
  private static final int OBJECT_REACH = 3;
  /** How many words an official may stand before a violent trigger and still be its subject ("Putin ordered"). */
  private static final int SUBJECT_REACH = 2;
  /** Words after a participle that make "troops killed" a passive: "troops killed in an attack". */
  static final Set<String> REDUCED_PASSIVE_NEXT = Set.of("in", "by", "after", "during", "when", "while",
      "near", ",", ".", "and", "or");
  private final ExtractionRules rules;
  private final GeoKnowledge geo;
  private final GeoParser parser;
  private final ActorFinder actorFinder;

  public ArticleExtractor(ExtractionRules rules, GeoKnowledge geo) {
    this.rules = rules;
    this.geo = geo;
    this.parser = geo.parser();
    this.actorFinder = new ActorFinder(rules.actors(), geo);
  }

  public Extraction extract(String articleId, String text, LocalDate published, List<Sentence> split) {
    return extract(articleId, text, published, split, null);
  }

  /**
   * As {@link #extract(String, String, LocalDate, List)}, for an article whose source has the home region
   * {@code homeRegion} (an admin1 code, or null; see {@link org.borderwatch.geo.HomeRegions}).
   */
  public Extraction extract(String articleId, String text, LocalDate published, List<Sentence> split,
      String homeRegion) {
    List<SentenceFacts.Words> words = words(text, split);
    SortedSet<Integer> storyStarts = storyStarts(text, split);
    List<ResolvedPlace> places = placesByStory(withoutWeaponNames(text, words), storyStarts, homeRegion);
    List<Sentence> sentences = joinedAcrossNames(split, places);
    if (sentences != split) {
      words = words(text, sentences);
    }
    List<Quote> quotes = Quote.find(text);
    List<SentenceFacts> facts = new ArrayList<>();
    List<List<Frame>> frames = new ArrayList<>();
    List<Claimant> lastSpeakers = List.of();
    SpeakerReferences references = new SpeakerReferences(geo);
    LocalDate narrative = null;
    for (SentenceFacts.Words w : words) {
      if (storyStarts.contains(w.sentence().begin())) {
        lastSpeakers = List.of();
        references = new SpeakerReferences(geo);
        narrative = null;
      }
      SentenceFacts f = SentenceFacts.of(text, w, actorFinder, rules.lexicon(), places, published, narrative);
      // the date a narrative has reached: what a later date without a year belongs to; history it recalls ("the
      // 2014 battle, until July 2014") is left out of it
      for (DateMention d : f.dates()) {
        narrative = d.relative() || EventSense.isHistory(d.date(), published) ? narrative : d.date();
      }
      List<Frame> fr = references.resolve(text, FrameFinder.find(text, f, lastSpeakers), f.places());
      references.remember(f, fr);
      for (Frame frame : fr) {
        if (frame.claimants().get(0).actor() != null || lastSpeakers.isEmpty()) {
          lastSpeakers = frame.claimants();
        }
      }
      facts.add(f);
      frames.add(fr);
    }
    Map<Quote, Frame> quoteFrames = quoteFrames(quotes, facts, frames);
    ArticleParties parties = ArticleParties.of(facts);

    List<Mention> mentions = new ArrayList<>();
    Map<String, Claim> claims = new LinkedHashMap<>();
    Carry carry = new Carry();
    boolean opinion = !facts.isEmpty() && opensWithOpinionLabel(text, facts.get(0));
    for (int i = 0; i < facts.size(); i++) {
      SentenceFacts f = facts.get(i);
      boolean unconfirmed = f.has(Cue.UNCONFIRMED) || (i + 1 < facts.size() && facts.get(i + 1).has(Cue.UNCONFIRMED));
      mentions.addAll(MentionRows.of(text, f, frames.get(i)));
      if (opinion) {
        continue;
      }
      if (storyStarts.contains(f.sentence().begin())) {
        carry = new Carry();
      } else if (opensASection(text, f.sentence()) || opensAParagraph(text, f.sentence())) {
        carry.place = null;
      }
      new SentenceAssembly(text, articleId, f, frames.get(i), quotes, quoteFrames, parties, unconfirmed, carry,
          published, namedGroupsNear(facts, i)).assemble(claims);
      carry.rememberDate(f, published);
    }
    return new Extraction(mentions, StoryTime.reported(SharedOrigins.carried(claims.values()), published));
  }

  /**
   * A headline within the text: a line of its own that starts with a word or a quote (not a list item, table row,
   * Markdown heading or image) and ends with no full stop (nor a colon that opens a list), as each story of a news
   * digest opens. Nothing told before it (place, dates, towns, crossings, speakers) carries into the story it opens.
   */
  static boolean opensAStory(String text, Sentence s) {
    int before = s.begin() - 1;
    while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = s.end();
    while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    int last = s.end() - 1;
    while (last > s.begin() && SentenceBounds.CLOSERS.indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    return (before < 0 || text.charAt(before) == '\n') && (after == text.length() || text.charAt(after) == '\n')
        && (Character.isLetterOrDigit(text.charAt(s.begin())) || OPENERS.indexOf(text.charAt(s.begin())) >= 0)
        && ".!:".indexOf(text.charAt(last)) < 0;
  }

  /**
   * A Markdown heading ("## Battle for the airport"): a new section of the same story, whose events the last place
   * of the section before does not locate; the towns and dates the article named still hold.
   */
  static boolean opensASection(String text, Sentence s) {
    return text.charAt(s.begin()) == '#';
  }

  /**
   * A sentence after a blank line: a paragraph tells its own part of a story, so a place it does not name again
   * (nor refer back to as "the city") is not the last paragraph's. Read blind, two in three of the claims that took
   * the last paragraph's place in encyclopedia articles were wrong.
   */
  static boolean opensAParagraph(String text, Sentence s) {
    int newlines = 0;
    for (int i = s.begin() - 1; i >= 0 && Character.isWhitespace(text.charAt(i)); i--) {
      newlines += text.charAt(i) == '\n' ? 1 : 0;
    }
    return newlines >= 2;
  }

  /** "Opinion: …", "Analysis | …": an opinion or analysis piece, whose events are argued about, not reported. */
  private static boolean opensWithOpinionLabel(String text, SentenceFacts headline) {
    for (PhraseMatch<Cue> c : headline.cues()) {
      if (c.value() == Cue.OPINION && c.begin() == headline.sentence().begin()) {
        int next = headline.tokenIndexAt(c.end());
        return next < headline.tokens().size() && ":|-".contains(headline.tokens().get(next).norm());
      }
    }
    return false;
  }

  private List<SentenceFacts.Words> words(String text, List<Sentence> sentences) {
    return sentences.stream().map(s -> SentenceFacts.Words.of(text, s, rules.lexicon())).toList();
  }

  /**
   * The sentences with those joined that a place name runs across ("-St. John's Health System" split after "St."):
   * the name finder saw one name, so the boundary inside it is the splitter's mistake. The same list when none does.
   */
  static List<Sentence> joinedAcrossNames(List<Sentence> sentences, List<ResolvedPlace> places) {
    List<Sentence> out = new ArrayList<>();
    boolean joined = false;
    int p = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int end = s.end();
      while (p < places.size() && places.get(p).begin() < end) {
        while (places.get(p).end() > end && i + 1 < sentences.size()) {
          end = sentences.get(++i).end();
          joined = true;
        }
        p++;
      }
      out.add(new Sentence(out.size(), s.begin(), end));
    }
    return joined ? out : sentences;
  }

  /**
   * The places of each story resolved on its own: in a digest, where one item's names are says nothing about the
   * next one's ("Donetsk" in a story on Rostov is not the Donetsk of a story on the front).
   */
  private List<ResolvedPlace> placesByStory(String masked, SortedSet<Integer> storyStarts, String homeRegion) {
    List<ResolvedPlace> out = new ArrayList<>();
    int begin = 0;
    for (int start : storyStarts) {
      out.addAll(storyPlaces(masked, begin, start, homeRegion));
      begin = start;
    }
    out.addAll(storyPlaces(masked, begin, masked.length(), homeRegion));
    return out;
  }

  private List<ResolvedPlace> storyPlaces(String masked, int begin, int end, String homeRegion) {
    if (begin == 0 && end == masked.length()) {
      return parser.parse(masked, homeRegion);
    }
    return parser.parse(masked.substring(begin, end), homeRegion).stream().map(p -> p.shifted(begin)).toList();
  }

  /** Where the stories after the first begin: the offsets of the sentences that {@link #opensAStory}. */
  private static SortedSet<Integer> storyStarts(String text, List<Sentence> split) {
    SortedSet<Integer> starts = new TreeSet<>();
    for (Sentence s : split) {
      if (s.index() > 0 && opensAStory(text, s)) {
        starts.add(s.begin());
      }
    }
    return starts;
  }

  /**
   * The text with capitalised weapon names ("Grad", "Bayraktar") blanked out, offsets kept: they are never places,
   * and left in they would join the name after them ("shelled with Grad Toretsk").
   */
  private static String withoutWeaponNames(String text, List<SentenceFacts.Words> words) {
    char[] masked = null;
    for (SentenceFacts.Words sentence : words) {
      for (PhraseMatch<Weapon> w : sentence.weapons()) {
        if (Character.isUpperCase(text.charAt(w.begin()))) {
          masked = masked == null ? text.toCharArray() : masked;
          Arrays.fill(masked, w.begin(), w.end(), ' ');
        }
      }
    }
    return masked == null ? text : new String(masked);
  }

  /**
   * Named armed groups a generic one ("two armed groups", "the fighters", "Russian groups") most likely refers to:
   * those of the sentence itself, else of the nearest sentence before that names any, else of the next two.
   */
  private static List<Actor> namedGroupsNear(List<SentenceFacts> facts, int i) {
    List<Integer> order = new ArrayList<>();
    for (int k = i; k >= 0; k--) {
      order.add(k);
    }
    order.add(i + 1);
    order.add(i + 2);
    for (int k : order) {
      if (k >= facts.size()) {
        continue;
      }
      List<Actor> named = facts.get(k).actors().stream().map(ActorMention::actor)
          .filter(a -> a.type() == ActorType.NONSTATE_ARMED && !a.id().startsWith("generic:")).distinct().toList();
      if (!named.isEmpty()) {
        return named;
      }
    }
    return List.of();
  }

  /**
   * "since the fighting began in October", "until March": a span's bound is no event's date, and the sentences after
   * it do not take it.
   */
  private static boolean startsASpan(SentenceFacts f, DateMention d) {
    int di = f.tokenIndexAt(d.begin());
    for (int k = di; k >= Math.max(0, di - SPAN_REACH); k--) {
      String w = f.tokens().get(k).norm();
      if (SPAN_BOUNDS.contains(w)) {
        return true;
      }
      if (k < di && !f.tokens().get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** What earlier sentences tell later ones: the last event place, the towns named and the last date named. */
  private static final class Carry {
    ResolvedPlace place;
    DateMention date;
    /** Crossings the article stated so far ("they entered Russia's Belgorod region"), for the claims after them. */
    final CrossBorder.StatedCrossings crossings = new CrossBorder.StatedCrossings();
    /** Towns and villages the article named so far, by id: what "the city" or "the village" refers back to. */
    private final Map<Long, TownSeen> towns = new HashMap<>();
    /** Places the article has reported remote violence at, by id: what "the attack" there refers back to. */
    private final Set<Long> struckFromAfar = new HashSet<>();
    private int named;

    void rememberDate(SentenceFacts f, LocalDate published) {
      // a coming day ("will pull back on 10 May") dates a plan, not the events told after it; a year of history
      // ("clashes went on until July 2014") dates background, not them either
      f.dates().stream().filter(d -> !startsASpan(f, d) && !d.date().isAfter(published)
          && !EventSense.isHistory(d.date(), published)).reduce((a, b) -> b).ifPresent(d -> date = d);
    }

    void rememberRemote(Claim c) {
      if (Trigger.EXPLOSIONS.equals(c.eventType()) && c.place() != null && c.place().place() != null) {
        struckFromAfar.add(c.place().place().geonameId());
      }
    }

    boolean struckFromAfar(ResolvedPlace p) {
      return p != null && p.place() != null && struckFromAfar.contains(p.place().geonameId());
    }

    void remember(List<ResolvedPlace> towns) {
      for (ResolvedPlace t : towns) {
        TownSeen before = this.towns.get(t.place().geonameId());
        this.towns.put(t.place().geonameId(), new TownSeen(t, before == null ? 1 : before.times() + 1, named++));
      }
    }

    /**
     * The town the article names most that fits the noun the text refers back with, the latest named on a tie: the
     * story's city ("the city" in a siege report is the besieged one, not a suburb named last); a capital is no
     * "village".
     */
    ResolvedPlace townFitting(String noun) {
      return towns.values().stream().filter(t -> fits(t.place(), noun))
          .max(Comparator.comparingInt(TownSeen::times).thenComparingInt(TownSeen::last))
          .map(TownSeen::place).orElse(null);
    }

    private static boolean fits(ResolvedPlace town, String noun) {
      long population = town.place().population();
      return switch (noun) {
        case "city" -> true;
        case "town" -> !"PPLC".equals(town.featureCode()) && population < 300_000;
        default -> !"PPLC".equals(town.featureCode()) && population < 20_000;
      };
    }
  }

  private record TownSeen(ResolvedPlace place, int times, int last) {}

  /**
   * The speaker of each quotation: a reporting frame right after the closing mark (in the sentence
   * that holds it or the next one), else one just before the opening mark.
   */
  private static Map<Quote, Frame> quoteFrames(List<Quote> quotes, List<SentenceFacts> facts, List<List<Frame>> frames) {
    Map<Quote, Frame> out = new LinkedHashMap<>();
    for (Quote q : quotes) {
      if (q.scare()) {
        continue;
      }
      Frame best = null;
      for (int i = 0; i < facts.size() && best == null; i++) {
        Sentence s = facts.get(i).sentence();
        if (s.end() < q.end() - 1 || s.begin() > q.end() + 1 && !(i > 0 && facts.get(i - 1).sentence().end() >= q.end() - 1)) {
          continue;
        }
        for (Frame fr : frames.get(i)) {
          if (fr.cueBegin() >= q.end() - 1 && fr.cueBegin() - q.end() < 120) {
            best = fr;
            break;
          }
        }
      }
      for (int i = 0; i < facts.size() && best == null; i++) {
        for (Frame fr : frames.get(i)) {
          if (fr.cueEnd() <= q.begin() && q.begin() - fr.cueEnd() < 40) {
            best = fr;
          }
        }
      }
      if (best != null) {
        out.put(q, best);
      }
    }
    return out;
  }

  /** Claims of one sentence. */
  private final class SentenceAssembly {
    private final String text;
    private final String articleId;
    private final SentenceFacts f;
    private final List<Frame> frames;
    private final List<Quote> quotes;
    private final Map<Quote, Frame> quoteFrames;
    private final ArticleParties parties;
    private final boolean unconfirmed;
    private final Carry carry;
    private final LocalDate published;
    private final PlaceRoles roles;
    private final List<Actor> namedGroups;

    SentenceAssembly(String text, String articleId, SentenceFacts f, List<Frame> frames, List<Quote> quotes,
        Map<Quote, Frame> quoteFrames, ArticleParties parties, boolean unconfirmed, Carry carry, LocalDate published,
        List<Actor> namedGroups) {
      this.namedGroups = namedGroups;
      this.text = text;
      this.articleId = articleId;
      this.f = f;
      this.frames = frames;
      this.quotes = quotes;
      this.quoteFrames = quoteFrames;
      this.parties = parties;
      this.unconfirmed = unconfirmed;
      this.carry = carry;
      this.published = published;
      this.roles = PlaceRoles.of(text, f, geo);
    }

    void assemble(Map<String, Claim> out) {
      // "Its border communities are shelled almost every day": background, no event to claim
      if (!(f.has(Cue.HABITUAL) && f.dates().isEmpty() || notProse())) {
        assembleClaims(out);
      }
      carry.remember(namedTowns());
    }

    private void assembleClaims(Map<String, Claim> out) {
      List<Claim> sentenceClaims = new ArrayList<>();
      List<PhraseMatch<Trigger>> triggers = f.triggers();
      int eventClauseEnd = -1;
      for (int t = 0; t < triggers.size(); t++) {
        PhraseMatch<Trigger> trigger = triggers.get(t);
        if (EventSense.judge(text, f, trigger, published, stateQualifies(trigger)).isPresent()) {
          continue;
        }
        if (trigger.begin() < eventClauseEnd && CASUALTIES.contains(trigger.text(text).toLowerCase(Locale.ROOT))) {
          // "a missile strike on Kharkiv has killed three": the deaths are the strike's, not a second event
          continue;
        }
        int clauseEnd = EventSense.clauseEnd(text, f, trigger);
        eventClauseEnd = Math.max(eventClauseEnd, clauseEnd);
        int next = t + 1 < triggers.size() ? triggers.get(t + 1).begin() : f.sentence().end();
        Frame frame = frameFor(trigger);
        List<ActorMention> actors = resolveGroups(withoutDefenders(actorsFor(trigger, frame), trigger));
        int ownClauseEnd = EventSense.timeClauseStart(f, trigger, clauseEnd);
        List<ResolvedPlace> where = roles.forTrigger(text, trigger.begin(), trigger.end(), next, ownClauseEnd,
            trigger.value().hint());
        if (where.isEmpty() && ownClauseEnd < clauseEnd) {
          where = roles.forTrigger(text, trigger.begin(), trigger.end(), next, clauseEnd, trigger.value().hint());
        }
        if (!where.isEmpty() && where.get(0).end() <= trigger.begin() && otherPlaceLater(trigger, ownClauseEnd)) {
          // "as the worst fighting goes on near Bakhmut, the troops pressed attacks on a town further west"
          where = List.of();
        }
        Confidence.Source placeSource = Confidence.Source.SENTENCE;
        if (!where.isEmpty()) {
          carry.place = where.get(0);
        } else {
          ResolvedPlace referredTo = referredTo(trigger, clauseEnd);
          if (referredTo != null) {
            where = List.of(referredTo);
            placeSource = Confidence.Source.CARRIED;
          }
        }
        List<ResolvedPlace> placeList = located(where);
        List<ActorMention> actorList = actors.isEmpty() ? java.util.Collections.singletonList(null) : actors;
        for (ActorMention actor : actorList) {
          for (ResolvedPlace place : placeList) {
            addUnlessRepeated(sentenceClaims, claim(trigger, actor, place, placeSource, frame));
          }
        }
      }
      sentenceClaims.forEach(c -> out.putIfAbsent(c.claimId(), c));
      sentenceClaims.forEach(carry::rememberRemote);
    }

    /**
     * The towns and villages the sentence names as places, even where nothing happens ("Huliaipole's mayor",
     * "attacks against Huliaipole"): each says what the story is about. A town chosen on prominence alone is too
     * often a misread word ("Spring has arrived") to count.
     */
    private List<ResolvedPlace> namedTowns() {
      return f.places().stream().filter(p -> p.role().isEventPlace() && p.place() != null
          && p.featureCode().startsWith("PPL") && p.confidence() >= TOWN_CONFIDENCE).toList();
    }

    /**
     * "The attack on Makiivka killed dozens", "that attack": a definite event noun names an event the article has
     * reported before.
     */
    private boolean refersBack(PhraseMatch<Trigger> trigger) {
      int ti = f.tokenIndexAt(trigger.begin());
      return ti >= 1 && DEFINITE.contains(f.tokens().get(ti - 1).norm());
    }

    /**
     * "a Russian attack on an apartment block", "Russian attacks killed three people": a state's attack (or one by
     * no named actor) on a target struck from afar, or a state's attack whose dead are civilians.
     */
    private boolean statesStrikeFromAfar(PhraseMatch<Trigger> trigger, Actor actor) {
      boolean byState = actor != null && actor.type() == ActorType.STATE_FORCE;
      int clauseEnd = EventSense.clauseEnd(text, f, trigger);
      // "engaged Ukrainian forces at the power plant": armed men as the object make it a fight
      boolean foughtWithArmed = f.actors().stream().anyMatch(a -> a.begin() >= trigger.end() && a.end() <= clauseEnd
          && a.actor().type().isArmed());
      return Trigger.BATTLES.equals(trigger.value().eventType()) && !foughtWithArmed
          && ((byState || actor == null) && RemoteSigns.remoteTarget(f, trigger) || byState && RemoteSigns.civilianToll(f));
    }

    /** Whether another trigger of the sentence reports remote violence ("hit by shelling", "massive explosions"). */
    private boolean remoteBeside(PhraseMatch<Trigger> trigger) {
      return f.triggers().stream().anyMatch(t -> t != trigger && !t.overlaps(trigger)
          && Trigger.EXPLOSIONS.equals(t.value().eventType()));
    }

    /**
     * Where a trigger whose sentence names no place of its own happened: the town "the city" refers back to, else the
     * place carried from before, unless the trigger's clause (ending at {@code clauseEnd}) names somewhere else.
     */
    private ResolvedPlace referredTo(PhraseMatch<Trigger> trigger, int clauseEnd) {
      ResolvedPlace town = townReferredTo().map(carry::townFitting).orElse(null);
      return town != null ? town : namesUnknownPlace(trigger, clauseEnd) || countryWideTally(trigger) ? null
          : carry.place;
    }

    /**
     * "It shot down 34 cruise missiles and four drones": interceptions counted by the dozen are a whole country's
     * air defence at work, not the town the article named before.
     */
    private boolean countryWideTally(PhraseMatch<Trigger> trigger) {
      if (trigger.value().hint() != CrossBorderHint.INTERCEPT) {
        return false;
      }
      int after = f.tokenIndexAt(trigger.end());
      for (int k = after; k < Math.min(f.tokens().size(), after + TALLY_REACH); k++) {
        // "34 cruise missiles" counts; "Orlan-10" is a model's name
        String w = f.tokens().get(k).norm();
        if (w.length() > 1 && w.chars().allMatch(Character::isDigit) && !f.tokens().get(k - 1).norm().equals("-")) {
          return true;
        }
      }
      return false;
    }

    /** "the city was shelled", "troops entered the village": the noun of a town named earlier, not named again. */
    private Optional<String> townReferredTo() {
      List<Token> tokens = f.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        boolean named = i + 2 < tokens.size() && (tokens.get(i + 2).norm().equals("of")
            || Character.isUpperCase(text.charAt(tokens.get(i + 2).begin())));
        if (tokens.get(i).norm().equals("the") && TOWN_NOUNS.contains(tokens.get(i + 1).norm()) && !named) {
          return Optional.of(tokens.get(i + 1).norm());
        }
      }
      return Optional.empty();
    }

    /** The places precise enough for a claim (none when the requirement takes a claim with no place). */
    private List<ResolvedPlace> located(List<ResolvedPlace> where) {
      if (where.isEmpty()) {
        return rules.requiredPlace().accepts(null) ? java.util.Collections.singletonList(null) : List.of();
      }
      return where.stream().filter(rules.requiredPlace()::accepts).toList();
    }

    /**
     * A table row ("| 25 June | Sievierodonetsk | …"), a section heading ("Battle of Kyiv") inside an article or a
     * Markdown heading of any length ("### Early shelling of the city (August 2022)"): labels, not reports. The first
     * sentence, a headline, is prose unless marked as a heading.
     */
    private boolean notProse() {
      String s = f.sentence().text(text).strip();
      if (s.startsWith("|") || s.startsWith("#")) {
        return true;
      }
      long words = f.tokens().stream().filter(org.borderwatch.nlp.Token::isWord).count();
      return f.sentence().index() > 0 && words < HEADING_WORDS && ".!?\"'”’»)".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /**
     * "Russian forces shelled Bilopillia, firing more than 100 times": a second trigger of the same event and
     * sub-event type at the same place in one sentence, by the same actor or with none named, reports the same event,
     * so one claim stands for both (the one naming its actor).
     */
    private void addUnlessRepeated(List<Claim> sentenceClaims, Claim c) {
      for (int i = 0; i < sentenceClaims.size(); i++) {
        Claim earlier = sentenceClaims.get(i);
        if (sameEventReport(earlier, c)) {
          if (earlier.resolvedActor() == null && c.resolvedActor() != null) {
            sentenceClaims.set(i, c);
          }
          return;
        }
      }
      sentenceClaims.add(c);
    }

    private static boolean sameEventReport(Claim a, Claim b) {
      boolean actorsAgree = a.resolvedActor() == null || b.resolvedActor() == null
          || a.resolvedActor().id().equals(b.resolvedActor().id());
      return actorsAgree && a.eventType().equals(b.eventType()) && a.subEventType().equals(b.subEventType())
          && samePlace(a.place(), b.place())
          && Objects.equals(a.claimant() == null ? null : a.claimant().text(), b.claimant() == null ? null
              : b.claimant().text());
    }

    private static boolean samePlace(ResolvedPlace a, ResolvedPlace b) {
      if (a == null || b == null) {
        return a == b;
      }
      return Objects.equals(a.name(), b.name()) && Objects.equals(a.admin1Code(), b.admin1Code())
          && Objects.equals(a.countryCode(), b.countryCode());
    }

    /**
     * "Two armed groups … said they liberated", "Russian groups claimed": the groups the article names nearby, as
     * written here, when the generic group has no side or names the groups' nationality.
     */
    private List<ActorMention> resolveGroups(List<ActorMention> actors) {
      List<ActorMention> out = new ArrayList<>();
      for (ActorMention a : actors) {
        Actor g0 = a.actor();
        boolean generic = g0.type() == ActorType.NONSTATE_ARMED && g0.id().startsWith("generic:");
        List<Actor> fitting = !generic ? List.of() : namedGroups.stream()
            .filter(g -> g0.side() == null || g0.side().equals(g.nationality()) && !g0.side().equals(g.side()))
            .toList();
        if (!fitting.isEmpty()) {
          fitting.forEach(g -> out.add(new ActorMention(a.begin(), a.end(), a.text(), g)));
        } else {
          out.add(a);
        }
      }
      return out;
    }

    private Frame frameFor(PhraseMatch<Trigger> trigger) {
      for (Quote q : quotes) {
        if (q.begin() <= trigger.begin() && trigger.end() <= q.end() && quoteFrames.containsKey(q)) {
          return quoteFrames.get(q);
        }
      }
      Frame best = null;
      for (Frame fr : frames) {
        if (fr.cueEnd() <= trigger.begin() || best == null) {
          best = fr;
        }
      }
      return best;
    }

    /**
     * "the adviser said air defence had hit the missile before it fell on a block of flats", "Kyiv was struck while
     * air defences fought off the raid": air defence only ever intercepts, so it makes no other event.
     */
    private static List<ActorMention> withoutDefenders(List<ActorMention> actors, PhraseMatch<Trigger> trigger) {
      return trigger.value().hint() == CrossBorderHint.INTERCEPT ? actors
          : actors.stream().filter(a -> !AIR_DEFENCE.matcher(a.text()).find()).toList();
    }

    private List<ActorMention> actorsFor(PhraseMatch<Trigger> trigger, Frame frame) {
      int ti = f.tokenIndexAt(trigger.end());
      boolean defended = defended(trigger);
      // the agent of a passive may follow a place: "shot down over the city of Belgorod by local air defence"; the
      // attacker of an attack suffered is named by "from": "under constant attack from Russian troops"
      // a passive's agent is its nearest verb's: in "this attack was repulsed by Ukrainian forces" they repulsed it
      int nextTrigger = f.triggers().stream().mapToInt(PhraseMatch::begin).filter(b -> b >= trigger.end()).min()
          .orElse(Integer.MAX_VALUE);
      for (int k = ti; k < Math.min(f.tokens().size(), ti + 10) && f.tokens().get(k).begin() < nextTrigger; k++) {
        String word = f.tokens().get(k).norm();
        if (word.equals("by") || defended && word.equals("from")) {
          int after = f.tokens().get(k).end();
          for (ActorMention a : f.actors()) {
            if (a.begin() >= after && text.substring(after, a.begin()).matches("\\s*(the\\s+)?")) {
              return List.of(a);
            }
          }
          Optional<ActorMention> state = stateOfMeans(k + 1);
          if (state.isPresent()) {
            return List.of(state.get());
          }
        }
      }
      Optional<ActorMention> own = f.actors().stream()
          .filter(a -> a.begin() < trigger.begin() && a.end() > trigger.begin()).findFirst();
      if (own.isPresent()) {
        // "a Russian missile attack": the actor named inside the trigger's own words
        return List.of(own.get());
      }
      int between = betweenAfter(ti);
      if (between >= 0) {
        int after = f.tokens().get(between).end();
        List<ActorMention> actors = f.actors();
        for (int k = 0; k < actors.size(); k++) {
          if (actors.get(k).begin() >= after) {
            return bothParties(actors, k);
          }
        }
      }
      List<ActorMention> modifier = demonymModifier(trigger);
      if (!modifier.isEmpty()) {
        return modifier;
      }
      List<ActorMention> launchers = afterInterception(trigger);
      if (launchers != null) {
        return launchers;
      }
      ActorMention nearest = null;
      int clause = clauseStart(trigger);
      for (ActorMention a : f.actors()) {
        if (a.begin() >= clause && a.end() <= trigger.begin() && !isTarget(a, trigger)
            && !isSpeakerBefore(a, frame, trigger) && !isVictim(a, trigger) && !speaksRatherThanActs(a, trigger)
            && !struckBefore(a, trigger) && !passiveInterception(a, trigger)) {
          nearest = a;
        }
      }
      if (nearest != null && frame != null && possessive(nearest)) {
        return speakersOf(frame);
      }
      if (nearest != null) {
        ActorMention acting = nearest;
        // "According to the OSCE, Ukrainian forces shelled": a speaker is not coordinated with the actor
        return FrameFinder.coordinatedActors(text, f.actors(), acting).stream()
            .filter(a -> a == acting || frames.stream().noneMatch(fr -> fr.spokenBy(a))).toList();
      }
      if (frame != null && (frame.cueEnd() <= trigger.begin() && subjectPronounAfter(frame.cueEnd(), trigger.begin())
          && !reportsBareEvent(frame, trigger) && !blames(frame) || firstPersonInQuote(trigger))) {
        return speakersOf(frame);
      }
      List<ActorMention> country = countryBefore(trigger);
      return country.isEmpty() ? protestCrowd(trigger) : country;
    }

    /**
     * "Ukraine says 18 missiles aimed at Kyiv were shot down", "…, Russia's defence ministry said": a state that
     * reports an interception over its own land, with no one named for it, reports its own air defence's work.
     */
    private ActorMention ownAirDefence(Frame frame, String placeCountry) {
      return speakersOf(frame).stream().filter(a -> placeCountry != null && placeCountry.equals(a.actor().side())
          && (a.actor().type() == ActorType.STATE_FORCE || a.actor().type() == ActorType.GOVERNMENT))
          .findFirst().orElse(null);
    }

    /**
     * "under heavy attack", "repelling constant attacks", "fended off a strike": an event its subject suffered or
     * stopped, so whoever stands before it is its target.
     */
    private boolean defended(PhraseMatch<Trigger> trigger) {
      int ti = f.tokenIndexAt(trigger.begin());
      for (int k = ti - 1; k >= Math.max(0, ti - 1 - DEFENDING_REACH); k--) {
        Token t = f.tokens().get(k);
        if (!t.isWord()) {
          return false;
        }
        if (DEFENDING.contains(t.norm())) {
          return true;
        }
      }
      return false;
    }

    /**
     * "by Russian shelling", "by a Ukrainian drone": the state whose demonym qualifies the means of a passive's agent,
     * as its forces; empty when token {@code k} opens no such phrase.
     */
    private Optional<ActorMention> stateOfMeans(int k) {
      List<Token> tokens = f.tokens();
      while (k < tokens.size() && DETERMINERS.contains(tokens.get(k).norm())) {
        k++;
      }
      if (k + 1 >= tokens.size() || !Character.isUpperCase(text.charAt(tokens.get(k).begin()))) {
        return Optional.empty();
      }
      Token demonym = tokens.get(k);
      Token means = tokens.get(k + 1);
      boolean meansNamed = f.triggers().stream().anyMatch(t -> t.begin() == means.begin())
          || f.weapons().stream().anyMatch(w -> w.begin() == means.begin());
      return meansNamed ? geo.countryOf(demonym.norm()).map(c -> new ActorMention(demonym.begin(), demonym.end(),
          text.substring(demonym.begin(), demonym.end()), stateForce(c))) : Optional.empty();
    }

    /**
     * "liberated Pisky-Radkivskyi", "shelling on Severodonetsk", "hit the Soledar Salt Mine": the trigger's clause
     * names a place of its own that the gazetteer does not know, so no place the article named before is where it
     * happened.
     */
    private boolean namesUnknownPlace(PhraseMatch<Trigger> trigger, int to) {
      int from = clauseStart(trigger);
      return f.places().stream().anyMatch(p -> !p.isResolved() && p.role() == PlaceRole.PLACE && p.begin() >= from
          && p.end() <= to) || unknownNameAfter(trigger, to) || otherPlaceLater(trigger, to);
    }

    /**
     * "lost forty men in battles around Zorianivka", "pressed attacks on a small town further west":
     * later in the trigger's clause, a preposition of place leads to a name no finder knows, or to a town left
     * unnamed; either way the event is somewhere the text named before only by chance.
     */
    private boolean otherPlaceLater(PhraseMatch<Trigger> trigger, int clauseEnd) {
      List<Token> tokens = f.tokens();
      for (int k = f.tokenIndexAt(trigger.end()); k + 1 < tokens.size() && tokens.get(k + 1).end() <= clauseEnd; k++) {
        if (!PLACE_PREPOSITIONS.contains(tokens.get(k).norm())) {
          continue;
        }
        Token next = tokens.get(k + 1);
        // "in" and "on" lead to dates and channels as often ("on New Year's Day", "on Telegram"): only to a town
        if (NEAR_PREPOSITIONS.contains(tokens.get(k).norm()) && next.isWord()
            && Character.isUpperCase(text.charAt(next.begin())) && !EventSense.ARTICLES.contains(next.norm()) && !named(next)
            && geo.countryOf(next.norm()).isEmpty() && !carriedNameStartsWith(next)
            || next.norm().equals("a") && unnamedTownAfter(k + 2, clauseEnd)) {
          return true;
        }
      }
      return false;
    }

    /** "near Vesela Hora" again, after "near Vesela Hora, Luhansk": the name the carried place was written with. */
    private boolean carriedNameStartsWith(Token t) {
      return carry.place != null && carry.place.text().startsWith(text.substring(t.begin(), t.end()));
    }

    /** "a strategic town", "a small village": up to two modifiers, then a town noun. */
    private boolean unnamedTownAfter(int k, int clauseEnd) {
      List<Token> tokens = f.tokens();
      for (int j = k; j < Math.min(tokens.size(), k + 3) && tokens.get(j).end() <= clauseEnd; j++) {
        Token t = tokens.get(j);
        if (TOWN_NOUNS.contains(t.norm())) {
          return true;
        }
        if (!t.isWord() || Character.isUpperCase(text.charAt(t.begin()))) {
          return false;
        }
      }
      return false;
    }

    /**
     * A capitalised word no finder knows right after the trigger, or after locative words or "the village of" that
     * follow it: "liberated Pisky-Radkivskyi", "advanced towards Zorianivka", "shelled the village of Zorianivka".
     * Not a demonym ("the Russian capital") nor a name after a bare "the" ("the Airport"): a facility in the town
     * named before.
     */
    private boolean unknownNameAfter(PhraseMatch<Trigger> trigger, int clauseEnd) {
      List<Token> tokens = f.tokens();
      for (int k = f.tokenIndexAt(trigger.end()); k < tokens.size() && tokens.get(k).end() <= clauseEnd; k++) {
        Token t = tokens.get(k);
        if (t.norm().equals("the") && !(k + 2 < tokens.size() && TOWN_NOUNS.contains(tokens.get(k + 1).norm())
            && tokens.get(k + 2).norm().equals("of"))) {
          return false;
        }
        if (LEADS_TO_PLACE.contains(t.norm()) || TOWN_NOUNS.contains(t.norm())) {
          continue;
        }
        return t.isWord() && Character.isUpperCase(text.charAt(t.begin())) && !named(t)
            && geo.countryOf(t.norm()).isEmpty();
      }
      return false;
    }

    /** Whether a finder already read the token as part of a place, an actor, a weapon or a date. */
    private boolean named(Token t) {
      return f.places().stream().anyMatch(p -> p.begin() <= t.begin() && t.end() <= p.end())
          || java.util.stream.Stream.of(f.actors(), f.weapons(), f.dates()).flatMap(List::stream)
              .anyMatch(s -> s.begin() <= t.begin() && t.end() <= s.end());
    }

    /** Where the trigger's clause begins: after the last semicolon before it ("…, say rebels; Kyiv repels drones"). */
    private int clauseStart(PhraseMatch<Trigger> trigger) {
      int start = f.sentence().begin();
      for (Token t : f.tokens()) {
        if (t.begin() >= trigger.begin()) {
          break;
        }
        if (t.norm().equals(";")) {
          start = t.end();
        }
      }
      return start;
    }

    /**
     * "A mayor who tells residents to use the shelters after a Russian missile attack": officials and named members
     * of a government speak about violence; they are its actor only as the subject right before it, with a verb
     * between ("Putin ordered strikes").
     */
    private boolean speaksRatherThanActs(ActorMention a, PhraseMatch<Trigger> trigger) {
      Actor actor = a.actor();
      boolean speaker = actor.type() == ActorType.OFFICIAL
          || actor.type() == ActorType.GOVERNMENT && !actor.id().startsWith("generic:");
      if (!speaker || !Attributions.isViolent(trigger.value().eventType())) {
        return false;
      }
      int from = f.tokenIndexAt(a.end());
      int to = f.tokenIndexAt(trigger.begin());
      // right before the trigger it qualifies it ("the Kremlin drone attack": the attack on the Kremlin); a verb of
      // judging makes it the one who judged ("Zelenskiy calls the missile strike a crime")
      return to == from || to - from > SUBJECT_REACH || f.tokens().subList(from, to).stream()
          .anyMatch(t -> !t.isWord() || JUDGING.contains(t.norm()));
    }

    /**
     * "Members of a party protested in X": a protest with no actor the dictionary knows is still made by the
     * people protesting, on the side of the country they protest in.
     */
    private List<ActorMention> protestCrowd(PhraseMatch<Trigger> trigger) {
      if (!Trigger.PROTESTS.equals(trigger.value().eventType())) {
        return List.of();
      }
      return List.of(new ActorMention(trigger.begin(), trigger.end(), text.substring(trigger.begin(), trigger.end()),
          new Actor("generic:-:" + ActorType.CIVILIANS, "protesters", ActorType.CIVILIANS, null, null, true)));
    }

    /** "a clash between A and B": both sides fought, A first. */
    private List<ActorMention> bothParties(List<ActorMention> actors, int first) {
      ActorMention a = actors.get(first);
      if (first + 1 < actors.size()) {
        ActorMention b = actors.get(first + 1);
        if (b.begin() >= a.end() && text.substring(a.end(), b.begin()).matches("\\s+and\\s+(the\\s+)?")) {
          return List.of(a, b);
        }
      }
      return List.of(a);
    }

    /**
     * The token index of "between" right after the trigger or after a verb of occurring ("clashes occurred
     * between", "fighting took place between"); -1 when absent.
     */
    private int betweenAfter(int ti) {
      for (int k = ti; k < Math.min(f.tokens().size(), ti + 3); k++) {
        String word = f.tokens().get(k).norm();
        if (word.equals("between")) {
          return k;
        }
        if (!OCCURRING.contains(word)) {
          return -1;
        }
      }
      return -1;
    }

    private List<ActorMention> speakersOf(Frame frame) {
      return frame.claimants().stream().filter(c -> c.actor() != null)
          .map(c -> new ActorMention(c.begin(), c.end(), c.text(), c.actor())).toList();
    }

    /** "its fighters", "their units": a generic actor owned by the speaker. */
    private boolean possessive(ActorMention a) {
      return a.actor().side() == null && a.actor().id().startsWith("generic:")
          && text.substring(Math.max(f.sentence().begin(), a.begin() - 6), a.begin()).matches("(?is).*\\b(its|their|our)\\s+$");
    }

    /**
     * "Ukraine endured 18 Russian cruise missile strikes", "a Ukrainian drone attack": a demonym among the trigger's
     * own modifiers says whose the event is, before any actor further back.
     */
    private List<ActorMention> demonymModifier(PhraseMatch<Trigger> trigger) {
      if (trigger.value().hint() == CrossBorderHint.INTERCEPT) {
        // "Russian drones shot down over Kyiv": the state is what was downed, not who downed it
        return List.of();
      }
      int ti = f.tokenIndexAt(trigger.begin());
      for (int k = ti - 1; k >= Math.max(0, ti - 4); k--) {
        org.borderwatch.nlp.Token t = f.tokens().get(k);
        boolean named = f.actors().stream().anyMatch(a -> a.begin() <= t.begin() && t.end() <= a.end())
            || f.places().stream().anyMatch(p -> p.begin() <= t.begin() && t.end() <= p.end());
        // "a Russian blogger is killed": the demonym is the passive's subject's, who suffered it
        if (named || !t.isWord() || k == ti - 1 && FORMS_OF_BE.contains(t.norm())
            && !trigger.text(text).endsWith("ing")) {
          return List.of();
        }
        if (Character.isUpperCase(text.charAt(t.begin()))) {
          return geo.countryOf(t.norm()).map(c -> List.of(new ActorMention(t.begin(), t.end(),
              text.substring(t.begin(), t.end()), stateForce(c)))).orElse(List.of());
        }
        if (t.norm().endsWith("ed") || t.norm().endsWith("ing") && !t.norm().equals("shelling")) {
          return List.of();
        }
      }
      return List.of();
    }

    /**
     * "a Ukrainian attack on Makiivka", "the Russian offensive": a state named among the modifiers of a trigger that
     * names the event as a noun. Not of a verb ("Russian mothers arrived in"), nor of what was shot down ("Russian
     * balloons shot down": the state is the target's).
     */
    private boolean stateQualifies(PhraseMatch<Trigger> trigger) {
      boolean verb = f.tokens().get(f.tokenIndexAt(trigger.begin())).norm().endsWith("ed");
      return !verb && trigger.value().hint() != CrossBorderHint.INTERCEPT && !demonymModifier(trigger).isEmpty();
    }

    /** "Russian shelling", "Russia fired missiles", "the Ukrainian side shelled": the state named just before. */
    private List<ActorMention> countryBefore(PhraseMatch<Trigger> trigger) {
      int ti = f.tokenIndexAt(trigger.begin());
      for (int k = ti - 1; k >= Math.max(0, ti - 2); k--) {
        org.borderwatch.nlp.Token t = f.tokens().get(k);
        if (t.norm().equals("side") || t.norm().equals("the")) {
          continue;
        }
        java.util.Optional<String> country = t.isWord() ? geo.countryOf(t.norm()) : java.util.Optional.empty();
        if (country.isPresent()) {
          return List.of(new ActorMention(t.begin(), t.end(), text.substring(t.begin(), t.end()),
              stateForce(country.get())));
        }
        break;
      }
      return List.of();
    }

    private Actor stateForce(String country) {
      return Actor.generic(geo.countryName(country).orElse(country) + " state force", ActorType.STATE_FORCE, country,
          country);
    }

    /**
     * "opened fire on a civilian car", "fired at people waiting for aid": fire aimed at civilians or their vehicles
     * is an attack on civilians, not a battle or shelling.
     */
    private boolean firedAtCivilians(PhraseMatch<Trigger> trigger) {
      String written = text.substring(trigger.begin(), trigger.end());
      String after = textAfter(trigger);
      if (written.matches("(?is).*\\b(at|on)$")) {
        return CIVILIAN_TARGET.matcher(after).find();
      }
      String target = after.replaceFirst("(?is)^\\s*(at|on|upon)\\b", "");
      return target.length() < after.length() && CIVILIAN_TARGET.matcher(target).find();
    }

    /** "Israeli fighter jets", "Russian drones": an actor named by the aircraft it strikes with. */
    private boolean flies(ActorMention a) {
      return f.weapons().stream().anyMatch(w -> w.value() == Weapon.AIR && a.begin() <= w.begin() && w.end() <= a.end());
    }

    private String textAfter(PhraseMatch<Trigger> trigger) {
      return text.substring(trigger.end(), Math.min(f.sentence().end(), trigger.end() + 60));
    }

    /**
     * "Civilians were shelled", "children killed in a strike": people and the media suffer or report violence, they
     * do not fight (they do protest, riot and flee).
     */
    private boolean isVictim(ActorMention a, PhraseMatch<Trigger> trigger) {
      ActorType type = a.actor().type();
      return (type == ActorType.CIVILIANS || type == ActorType.MEDIA)
          && Attributions.isViolent(trigger.value().eventType());
    }

    /**
     * "fired at the positions of X", "clashed with X", "X were attacked", "X being shelled": the actor is the target,
     * not the agent.
     */
    private boolean isTarget(ActorMention a, PhraseMatch<Trigger> trigger) {
      String before = text.substring(Math.max(f.sentence().begin(), a.begin() - 30), a.begin());
      return before.matches("(?is).*\\b(at|against|with|on|targeting|of|from|to)\\s+(the\\s+)?(positions\\s+of\\s+(the\\s+)?)?$")
          // those evacuated are who the event is about (ACLED's displacement actor), not whom it was done to
          || trigger.value().evidence() != Trigger.Evidence.DISPLACEMENT
          && (PASSIVE_BEFORE_TRIGGER.matcher(text.substring(a.end(), trigger.begin())).matches() || reducedPassive(a)
              || followedByAgent(trigger) || downed(a, trigger) || defended(trigger)
              && !EventSense.breakBetween(text, f, f.tokenIndexAt(a.end() - 1), f.tokenIndexAt(trigger.begin())));
    }

    /**
     * "blew up a Russian military aircraft in a drone attack", "struck Russian troops with a missile strike": the
     * object of violence before the trigger was struck, and does not make the strike after it.
     */
    private boolean struckBefore(ActorMention a, PhraseMatch<Trigger> trigger) {
      int ai = f.tokenIndexAt(a.begin());
      return f.triggers().stream().anyMatch(t -> t != trigger && t.end() <= a.begin()
          && Attributions.isViolent(t.value().eventType()) && ai - f.tokenIndexAt(t.end()) <= OBJECT_REACH
          && f.tokens().subList(f.tokenIndexAt(t.end()), ai).stream().allMatch(w -> w.isWord()
              && !EventSense.NOT_OBJECT.contains(w.norm()))
          && !EventSense.breakBetween(text, f, f.tokenIndexAt(t.end()) - 1, ai));
    }

    /**
     * "Russia sent drones and nine were shot down": an interception in the passive voice was not done by a party
     * named before it; the launcher stands there.
     */
    private boolean passiveInterception(ActorMention a, PhraseMatch<Trigger> trigger) {
      int ti = f.tokenIndexAt(trigger.begin());
      return trigger.value().hint() == CrossBorderHint.INTERCEPT && ti > 0 && a.end() <= f.tokens().get(ti - 1).begin()
          && EventSense.PASSIVE_AUXILIARIES.contains(f.tokens().get(ti - 1).norm());
    }

    /**
     * "the air force downed twenty drones launched at Lviv", "intercepted the Russian missiles launched at the
     * city in the attack": a strike from afar told after its interception in one clause was not made by the
     * interceptor, so its actor can only be one named between the two that is no speaker (the weapons' owner); empty
     * when none is, null when no interception comes before it. Ground fighting is left alone: "shot down two
     * helicopters and entered the region" has one subject.
     */
    private List<ActorMention> afterInterception(PhraseMatch<Trigger> trigger) {
      if (!REMOTE_HINTS.contains(trigger.value().hint()) && !Trigger.EXPLOSIONS.equals(trigger.value().eventType())) {
        return null;
      }
      int clause = clauseStart(trigger);
      Optional<PhraseMatch<Trigger>> interception = f.triggers().stream().filter(t -> t.begin() >= clause
          && t.end() <= trigger.begin() && t.value().hint() == CrossBorderHint.INTERCEPT).findFirst();
      if (interception.isEmpty()) {
        return null;
      }
      int from = interception.get().end();
      return f.actors().stream().filter(a -> a.begin() >= from && a.end() <= trigger.begin()
          && frames.stream().noneMatch(fr -> fr.spokenBy(a)) && !speaksRatherThanActs(a, trigger))
          .reduce((first, second) -> second).map(List::of).orElse(List.of());
    }

    /** "Russian drones shot down over Kyiv": what stands right before an interception with no object was downed. */
    private boolean downed(ActorMention a, PhraseMatch<Trigger> trigger) {
      int next = f.tokenIndexAt(trigger.end());
      return trigger.value().hint() == CrossBorderHint.INTERCEPT && text.substring(a.end(), trigger.begin()).isBlank()
          && (next >= f.tokens().size() || REDUCED_PASSIVE_NEXT.contains(f.tokens().get(next).norm())
              || f.tokens().get(next).norm().equals("over"));
    }

    /** "Kyiv hit by Russian air attack": a participle with its agent after it, so what stands before was its target. */
    private boolean followedByAgent(PhraseMatch<Trigger> trigger) {
      int next = f.tokenIndexAt(trigger.end());
      return next < f.tokens().size() && f.tokens().get(next).norm().equals("by");
    }

    /**
     * "250 Ukrainian troops killed in an attack", "soldiers detained by police": the people it was done to, for that
     * trigger and any after it.
     */
    private boolean reducedPassive(ActorMention a) {
      List<Token> tokens = f.tokens();
      int next = f.tokenIndexAt(a.end());
      if (next < tokens.size() && tokens.get(next).norm().equals("(")) {
        // "dozens of soldiers (seen in a video) may have been killed": past an aside
        while (next < tokens.size() && !tokens.get(next).norm().equals(")")) {
          next++;
        }
        next++;
      }
      for (int k = next; k < Math.min(tokens.size(), next + PASSIVE_SUBJECT_REACH + 1); k++) {
        if (!tokens.get(k).isWord()) {
          return false;
        }
        if (DONE_TO_PERSONS.contains(tokens.get(k).norm())) {
          return k == next && (k + 1 >= tokens.size() || REDUCED_PASSIVE_NEXT.contains(tokens.get(k + 1).norm()));
        }
        int participle = auxiliaryEnd(k);
        if (participle > k) {
          // "a Russian military blogger was reportedly killed": the actor's people suffered it
          return participle < tokens.size() && DONE_TO_PERSONS.contains(tokens.get(participle).norm());
        }
      }
      return false;
    }

    /** The token after "was", "were", "had been" (and an adverb in "-ly") at token {@code k}, or {@code k}. */
    private int auxiliaryEnd(int k) {
      List<Token> tokens = f.tokens();
      String w = tokens.get(k).norm();
      int j = k;
      if (MODALS_OF_THE_PAST.contains(w) && k + 2 < tokens.size() && tokens.get(k + 1).norm().equals("have")
          && tokens.get(k + 2).norm().equals("been")) {
        // "may have been killed"
        j = k + 3;
      } else if (w.equals("was") || w.equals("were") || w.equals("been")) {
        j = k + 1;
      } else if ((w.equals("has") || w.equals("have") || w.equals("had")) && k + 1 < tokens.size()
          && tokens.get(k + 1).norm().equals("been")) {
        j = k + 2;
      }
      if (j > k && j < tokens.size() && tokens.get(j).norm().endsWith("ly")) {
        j++;
      }
      return j;
    }

    /** The speaker of a reporting verb standing between it and the trigger ("Gladkov said a drone …"). */
    private boolean isSpeakerBefore(ActorMention a, Frame frame, PhraseMatch<Trigger> trigger) {
      return frame != null && frame.spokenBy(a) && frame.cueEnd() <= trigger.begin()
          && (blames(frame) || !subjectPronounAfter(frame.cueEnd(), trigger.begin())
              || reportsBareEvent(frame, trigger));
    }

    /** "Moscow blamed the incursion on …", "Kyiv accused Russia of shelling": who blames did not do it. */
    private boolean blames(Frame frame) {
      return BLAMING.contains(text.substring(frame.cueBegin(), frame.cueEnd()).toLowerCase(java.util.Locale.ROOT));
    }

    /** "said they entered", "claimed the 'liberation' of": the speaker is the actor. */
    private boolean subjectPronounAfter(int from, int to) {
      String gap = text.substring(from, to);
      if (gap.matches(VICTIMS_OWNED)) {
        // "Russia says 63 of its soldiers died in an attack": the speaker's own people suffered it
        return false;
      }
      return gap.matches("(?is)\\s*([\\w,]+\\s+){0,3}?(that\\s+)?(they|it|we|its\\s+\\w+|their\\s+\\w+)\\b.*")
          || gap.matches("(?is)\\s*to\\s+(have\\s+)?")
          || gap.matches("(?s)\\s*(the\\s+)?['‘\"“]?\\s*");
    }

    /**
     * "Yerevan said shelling continued": an event noun right after "said" is reported by the speaker, not done by it
     * (unlike "claimed", "denied" or "threatened" before it).
     */
    private boolean reportsBareEvent(Frame frame, PhraseMatch<Trigger> trigger) {
      return frame.cue() == Cue.SAY
          && text.substring(frame.cueEnd(), trigger.begin()).matches("(?s)\\s*(the\\s+)?['‘\"“]?\\s*");
    }

    /**
     * Whether the speaker's name stands coordinated with the actor's mention in this sentence: "the Army and the
     * RVC", "the RVC and the Army".
     */
    private boolean namedBeside(Claimant claimant, ActorMention actor) {
      if (actor.begin() < f.sentence().begin() || actor.end() > f.sentence().end()) {
        return false;
      }
      int ai = f.tokenIndexAt(actor.begin());
      int after = f.tokenIndexAt(actor.end());
      String name = claimant.text().strip();
      return coordinatedName(ai - 1, -1, name) || coordinatedName(after, 1, name);
    }

    /**
     * From token {@code k} in direction {@code step}, skipping the actor's "the" and the name's "the": "and", then
     * {@code name}'s words.
     */
    private boolean coordinatedName(int k, int step, String name) {
      List<Token> tokens = f.tokens();
      if (step < 0 && k >= 0 && tokens.get(k).norm().equals("the")) {
        k--;
      }
      if (k < 0 || k >= tokens.size() || !tokens.get(k).norm().equals("and")) {
        return false;
      }
      k += step;
      if (step > 0 && k < tokens.size() && tokens.get(k).norm().equals("the")) {
        k++;
      }
      if (k < 0 || k >= tokens.size()) {
        return false;
      }
      // the name's first token after "and", or its last token before it
      int from = step > 0 ? tokens.get(k).begin() : tokens.get(k).end() - name.length();
      return from >= f.sentence().begin() && from + name.length() <= f.sentence().end()
          && text.regionMatches(true, from, name, 0, name.length());
    }

    /** "Our units liberated …" inside a quotation: the speaker acted. */
    private boolean firstPersonInQuote(PhraseMatch<Trigger> trigger) {
      for (Quote q : quotes) {
        if (q.begin() <= trigger.begin() && trigger.end() <= q.end() && quoteFrames.containsKey(q)) {
          return text.substring(q.begin(), trigger.begin()).matches("(?is).*\\b(we|our)\\b.*");
        }
      }
      return false;
    }

    private Claim claim(PhraseMatch<Trigger> trigger, ActorMention actorMention, ResolvedPlace place,
        Confidence.Source placeSource, Frame frame) {
      String placeCountry = place == null ? null : place.countryCode();
      if (actorMention == null && frame != null && trigger.value().hint() == CrossBorderHint.INTERCEPT) {
        actorMention = ownAirDefence(frame, placeCountry);
      }
      Actor actor = actorMention == null ? null : actorMention.actor();
      if (actor != null && actor.sideFromLocation() && placeCountry != null) {
        actor = actor.onSideOf(placeCountry);
      }
      Claimant speaker = frame == null ? null : frame.claimantFor(actor);
      if (actor != null && actor.side() == null && speaker != null && speaker.side() != null
          && speaker.begin() == actorMention.begin() && speaker.end() == actorMention.end()) {
        // the speaker acted and was tied back to a sided actor ("Russia's defence ministry said its forces …")
        actor = speaker.actor();
      }
      Trigger tr = trigger.value();
      if (actor != null && actor.type() == ActorType.GOVERNMENT && actor.id().startsWith("generic:")
          && Attributions.isViolent(tr.eventType())) {
        // "Russia launched a missile attack": a state acting by force acts through its forces
        actor = stateForce(actor.side());
      }
      String side = actor == null ? null : actor.side();
      String eventType = tr.eventType();
      String subEvent = tr.subEventType();
      CrossBorderHint hint = tr.hint();
      if (Trigger.TERRITORY.equals(subEvent)) {
        subEvent = actor != null && actor.type() == ActorType.STATE_FORCE && side != null && side.equals(placeCountry)
            ? Trigger.GOVERNMENT_REGAINS : Trigger.NONSTATE_OVERTAKES;
      }
      if (hint == CrossBorderHint.WEAPON) {
        // "attacked Israeli positions with rockets and drones" is remote violence, "attacked the checkpoint" a clash;
        // a drone or aircraft makes it an air strike, a missile or a gun a missile or artillery attack; so does
        // remote violence the sentence reports in other words ("an attack on Belgorod, hit by shelling")
        boolean remote = (f.hasAirborne() || f.has(Weapon.ARTILLERY) || remoteBeside(trigger)
            || refersBack(trigger) && carry.struckFromAfar(place) || statesStrikeFromAfar(trigger, actor))
            && !f.has(Weapon.SMALL_ARMS);
        eventType = remote ? Trigger.EXPLOSIONS : eventType;
        subEvent = !remote ? subEvent : f.has(Weapon.AIR) ? Trigger.AIR_STRIKE : Trigger.SHELLING;
        hint = !remote ? (Trigger.BATTLES.equals(eventType) ? CrossBorderHint.GROUND : CrossBorderHint.NONE)
            : f.hasAirborne() ? CrossBorderHint.AIR : CrossBorderHint.FIRE;
      }
      if (hint == CrossBorderHint.FIRE && f.has(Weapon.SMALL_ARMS) && !f.hasAirborne()) {
        eventType = Trigger.BATTLES;
        subEvent = Trigger.ARMED_CLASH;
        hint = CrossBorderHint.GROUND;
      } else if ((hint == CrossBorderHint.FIRE || hint == CrossBorderHint.GROUND) && f.hasAirborne()) {
        hint = CrossBorderHint.AIR;
        // "a Russian drone hit an apartment block": fire from drones or aircraft alone is an air strike
        if (Trigger.SHELLING.equals(subEvent) && !f.has(Weapon.MISSILE) && !f.has(Weapon.ARTILLERY)) {
          subEvent = Trigger.AIR_STRIKE;
        }
      }
      // "Israeli jets struck Nabatieh after a rocket barrage from Lebanon": the actor's aircraft decide, whatever else
      // the sentence fires
      String strikeSubEvent = tr.subEventType();
      if (Trigger.SHELLING.equals(subEvent) && actorMention != null && flies(actorMention)) {
        subEvent = Trigger.AIR_STRIKE;
        strikeSubEvent = Trigger.AIR_STRIKE;
        hint = CrossBorderHint.AIR;
      }
      if ((hint == CrossBorderHint.FIRE || hint == CrossBorderHint.GROUND) && firedAtCivilians(trigger)) {
        eventType = Trigger.VIOLENCE_AGAINST_CIVILIANS;
        subEvent = Trigger.ATTACK;
      } else if (Trigger.ATTACK.equals(subEvent) && COMBATANT_TARGET.matcher(textAfter(trigger)).find()
          && !HARM_TO_THE_HELD.contains(trigger.text(text).toLowerCase(Locale.ROOT))) {
        // "killed 11 Russian servicemen": killing combatants is fighting, not violence against civilians; torturing
        // them is not
        eventType = Trigger.BATTLES;
        subEvent = Trigger.ARMED_CLASH;
      }
      Claimant claimant = frame == null ? null : frame.claimantFor(actor);
      if (claimant != null && actorMention != null && actor != null
          && claimant.begin() == actorMention.begin() && claimant.end() == actorMention.end()) {
        // the speaker is the actor, as resolved ("two armed groups … said they liberated", "Russian groups claimed"
        // meaning the pro-Ukraine groups named before)
        claimant = new Claimant(claimant.begin(), claimant.end(), claimant.text(), actor);
      }
      if (claimant != null && claimant.side() == null && claimant.actor() != null
          && claimant.actor().sideFromLocation() && placeCountry != null) {
        // "regional governor Chaus said", "local officials say": local officials speak for where they report on
        claimant = new Claimant(claimant.begin(), claimant.end(), claimant.text(),
            claimant.actor().onSideOf(placeCountry));
      }
      if (claimant != null && claimant.side() == null && actor != null && actor.side() != null
          && namedBeside(claimant, actorMention)) {
        // "'The Army and the RVC liberated Kozinka,' Army tweeted": a speaker that names itself beside the actor in
        // its own words fought beside it, on its side
        claimant = new Claimant(claimant.begin(), claimant.end(), claimant.text(), actor);
      }
      Attribution attribution = Attributions.decide(claimant, side, placeCountry, eventType, parties.sides());
      Modality modality = modality(trigger, frame);
      DateMention date = nearestDate(trigger);
      Confidence.Source dateSource = date != null ? Confidence.Source.SENTENCE
          : carry.date != null ? Confidence.Source.CARRIED : Confidence.Source.DEFAULT;
      if (date == null) {
        date = carry.date;
      }
      LocalDate eventDate = date == null ? published : date.date();
      int precision = date == null ? DateMention.WEEK : date.precision();
      String origin = roles.origin();
      CrossBorder.Verdict crossing = CrossBorder.classify(geo, f,
          CrossBorder.act(f, strikeSubEvent, hint, eventType, subEvent), actor, place, origin, parties,
          carry.crossings);
      Double distance = null;
      if (place != null && place.latitude() != null && place.longitude() != null && placeCountry != null) {
        java.util.OptionalDouble d = geo.borderDistanceKm(placeCountry, place.latitude(), place.longitude());
        distance = d.isPresent() ? d.getAsDouble() : null;
      }
      double confidence = Confidence.of(actor, place, placeSource, claimant, dateSource,
          crossing == null ? null : crossing.basis());
      Sentence s = f.sentence();
      String id = Hashing.id(articleId, Integer.toString(s.begin()), Integer.toString(trigger.begin()),
          actorMention == null ? "" : actorMention.begin() + ":" + actor.id(),
          place == null ? "" : place.begin() + ":" + place.text(),
          claimant == null ? "" : claimant.begin() + ":" + claimant.text());
      return new Claim(id, s.index(), s.text(text), s.begin(), s.end(), actorMention, actor, trigger.text(text),
          eventType, subEvent, place, origin, claimant, attribution, modality, eventDate, precision,
          crossing == null ? null : crossing.kind(), crossing == null ? null : crossing.basis(), distance,
          confidence);
    }

    private Modality modality(PhraseMatch<Trigger> trigger, Frame frame) {
      if (frame != null && frame.cue() == Cue.DENY) {
        return Modality.DENIED;
      }
      boolean threat = f.cues().stream().anyMatch(c -> c.value() == Cue.THREAT && c.end() <= trigger.begin());
      if (threat) {
        return Modality.THREATENED;
      }
      if (unconfirmed) {
        return Modality.UNCONFIRMED;
      }
      boolean scare = quotes.stream().anyMatch(q -> q.scare() && q.begin() <= trigger.begin() && trigger.end() <= q.end());
      if (scare || f.has(Cue.HEDGE) || frame != null && frame.cue() == Cue.CLAIM) {
        return Modality.CLAIMED;
      }
      return Modality.ASSERTED;
    }

    private DateMention nearestDate(PhraseMatch<Trigger> trigger) {
      DateMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (DateMention d : f.dates()) {
        int distance = d.end() <= trigger.begin() ? trigger.begin() - d.end() : d.begin() - trigger.end();
        if (Math.abs(distance) < bestDistance) {
          best = d;
          bestDistance = Math.abs(distance);
        }
      }
      return best;
    }
  }
}
