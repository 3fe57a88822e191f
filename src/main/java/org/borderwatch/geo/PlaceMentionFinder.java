package org.borderwatch.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.borderwatch.nlp.TitleCase;

/**
 * Finds place names in article text by gazetteer lookup over runs of capitalised words (Latin or Cyrillic),
 * longest first, reading the news forms around them: "X Oblast", "the X region", "X district", "the village of
 * X", "the villages of X and Y", "near X", "X, Y Oblast", "X in the Y region". A single bare word counts only
 * when it is prominent (see {@code borderwatch.geo.bare-name-min-population}); demonyms are never places.
 * Names the gazetteer lacks are kept when the text marks them as settlements or locates them in a region.
 */
public final class PlaceMentionFinder {
  private static final int MAX_SPAN_WORDS = 5;
  private static final Set<String> CONNECTORS = Set.of("of", "de", "la", "le", "les", "del", "du", "da", "upon",
      "am", "sur", "on", "imeni");
  private static final Set<String> LEADING_PREPOSITIONS = Set.of("In", "Near", "At", "On", "Outside", "Around", "From",
      "Across", "Along", "Inside", "Into", "Towards", "Toward", "During", "After", "Before", "Since", "Amid",
      "Despite", "Throughout", "Beyond", "Within");
  private static final Set<String> ABBREVIATIONS = Set.of("St", "Ft", "Mt");
  private static final Map<String, MentionCue> DESIGNATORS = Map.ofEntries(Map.entry("oblast", MentionCue.REGION),
      Map.entry("krai", MentionCue.REGION), Map.entry("kray", MentionCue.REGION),
      Map.entry("region", MentionCue.REGION), Map.entry("province", MentionCue.REGION),
      Map.entry("governorate", MentionCue.REGION), Map.entry("district", MentionCue.DISTRICT),
      Map.entry("raion", MentionCue.DISTRICT), Map.entry("rayon", MentionCue.DISTRICT),
      Map.entry("county", MentionCue.DISTRICT), Map.entry("parish", MentionCue.DISTRICT),
      Map.entry("municipality", MentionCue.DISTRICT), Map.entry("area", MentionCue.NEAR),
      // "the Arnia sector", "the Bakhmut sector": the front around a town
      Map.entry("sector", MentionCue.NEAR),
      Map.entry("village", MentionCue.SETTLEMENT), Map.entry("town", MentionCue.SETTLEMENT),
      Map.entry("settlement", MentionCue.SETTLEMENT),
      // Ukraine's hromadas bear their seat's name: "the Khotin community" is Khotin and its villages
      Map.entry("community", MentionCue.SETTLEMENT));
  private static final Pattern NEAR_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:near|nearby|outside|around|outskirts of|close to|vicinity of|direction of|towards|toward)"
          + "|\\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east"
          + "|south-west)(?:ern)? of|\\b(?:km|kilometres|kilometers|miles) (?:from|of))\\s+(?:the\\s+)?$");
  private static final Pattern SETTLEMENT_BEFORE = Pattern.compile(
      "(?i)\\b(?:village|villages|town|towns|settlement|settlements|hamlet|city|cities|township|urban-type "
          + "settlement)\\s+of\\s+$"
          // a list after a dash or colon is a list: "two villages – Kozinka and Gora-Podol"
          + "|(?i)\\b(?:villages|towns|settlements|hamlets|cities)\\s*(?:[–—:]|--?)\\s*$");
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|at|from|to|into|across|through|via|over|of|near|outside|entered|reached|liberated|captured|"
          + "shelled|struck|hit|toward|towards|around)\\s+(?:the\\s+)?$");
  /** A compass adjective right before a name: "western Donetsk", "south-eastern Kherson". */
  private static final Pattern COMPASS_BEFORE = Pattern.compile(
      "(?i)\\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\\s+$");
  /** "the southern Ukrainian region of Kherson", "the province of Donetsk": a designator before the name, with "of". */
  private static final Pattern DESIGNATOR_OF_BEFORE =
      Pattern.compile("(?i)\\b(?:region|province|oblast|governorate)\\s+of\\s+$");
  /** "the regions of Zaporizhzhia, Dnipro and Mykolaiv": each name of the list after a plural designator. */
  private static final Pattern DESIGNATORS_OF_BEFORE = Pattern.compile("\\b(?i:regions|provinces|oblasts|governorates)"
      + "\\s+of\\s+(?:[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*)?(?:,\\s*|\\s+and\\s+|,\\s+and\\s+))*$");
  /** "Kostiantynivka, a city in Donetsk": the area a settlement is said to lie in. */
  private static final Pattern SETTLEMENT_IN_BEFORE = Pattern.compile(
      "(?i)\\b(?:city|cities|town|towns|village|villages|hamlet|hamlets|settlement|settlements)\\s+in\\s+(?:the\\s+)?$");
  /** "the Donetsk hamlet of Vuhledar", "the Zaporizhzhia front": a name before these words names an area. */
  private static final Pattern AREA_NOUN_AFTER = Pattern.compile(
      "(?i)\\s+(?:(?:city|town|village|hamlet|settlement)s?\\s+of\\b|front\\b)");
  /** "Maryinka, Kyiv's top commander": a possessive makes the name after the comma no qualifier. */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
  /** Population from which a city named before a region's name is listed with it rather than located in it. */
  private static final long LISTED_CITY_POPULATION = 100_000;
  private static final Pattern LIST_GAP = Pattern.compile("^(?:,\\s*|\\s+and\\s+|,\\s+and\\s+|\\s+or\\s+)$");
  private static final Pattern QUALIFIER_GAP = Pattern.compile("^(?i:\\s+(?:village|town|settlement|city|district|raion"
      + "|rayon|hromada|community|region|oblast|province))?(?:,\\s*|,?\\s+in\\s+(?:the\\s+)?)$");
  private static final Set<String> NOT_PLACES = readWords("borderwatch/geo/not-places.txt");
  private static final Pattern CONTRACTION = Pattern.compile("['’](?:ve|ll|re|m|d|t)$");
  /** Words before a person's name. */
  private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Sgt", "Lt", "Capt",
      "Rev", "Officer", "Deputy", "Judge", "Coach", "President", "Senator", "Governor", "Mayor", "Minister", "General",
      "Colonel", "Detective", "Trooper", "Chief", "Prof", "Professor", "Pastor", "Father", "Sister", "Brother");
  /** First words of many place names, so "New Jersey" or "North Carolina" is never taken for a person. */
  private static final Set<String> PLACE_NAME_STARTS = Set.of("New", "North", "South", "East", "West", "Northern",
      "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Fort", "Saint", "St", "Lake", "Mount",
      "Port", "San", "Santa", "Los", "Las", "El", "La", "Le", "Cape", "Glen", "Grand", "Little", "Old", "Palm");
  /** The rest of a list of capitalised names, then a plural designator: ", Clay and Douglas counties". */
  private static final Pattern PLURAL_DESIGNATOR_AFTER = Pattern.compile(
      "(?:(?:,\\s*|,?\\s+and\\s+(?:the\\s+)?|\\s+or\\s+(?:the\\s+)?)"
      + "[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*){0,2})*\\s+(counties|districts|regions|oblasts|provinces|raions"
      + "|parishes|villages|towns|settlements|communities)\\b");
  /** The adjectival endings a district takes from its town's name (Russian -sky, Ukrainian -skyi, short -sk). */
  private static final Pattern ADJECTIVAL_SUFFIX = Pattern.compile("(?:skiy|skyi|skii|sky|ski|sk)$");
  /** Up to three dotted parts, each a capital and up to four letters: "U.S.", "U.S.A.", "W. Va.", "Calif.". */
  private static final Pattern DOTTED = Pattern.compile("(?:[A-Z][A-Za-z]{0,4}\\. ?){1,3}");
  private static final Pattern HEAD_OF_BEFORE = Pattern.compile("\\b([A-Z][a-z]+) of (?:the )?$");

  /** A regional capital at least this populous speaks for its region's authorities ("Kharkiv said"). */
  private static final long SPEAKING_CAPITAL_POPULATION = 100_000;

  /** The step that drops a designator or compass word standing alone ("District 7", "the Northeast"). */
  static final String BARE_DESIGNATOR = "PlaceMentionFinder.bareDesignator";
  private static final Set<String> COMPASS_WORDS = Set.of("northeast", "northwest", "southeast", "southwest");
  /**
   * The step that reads a capitalised compass word before a known name the gazetteer has no longer form of as a part
   * of that place ("North Texas", "Central Pennsylvania" are Texas, Pennsylvania; "North Carolina" is its own name).
   */
  static final String COMPASS_PART = "PlaceMentionFinder.compassPart";
  private static final Set<String> COMPASS_PARTS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
      "Southeast", "Southwest", "Northern", "Southern", "Eastern", "Western", "Central");

  private final GeoNamesKnowledge knowledge;
  private final Gazetteer gazetteer;
  private final PersonCues personCues;
  private long bareDesignators;
  private long compassParts;

  public PlaceMentionFinder(GeoNamesKnowledge knowledge) {
    this.knowledge = knowledge;
    this.gazetteer = knowledge.gazetteer();
    this.personCues = new PersonCues(knowledge.nameContexts().speechVerbs(),
        knowledge.nameContexts().nationalityHeads(), PLACE_NAME_STARTS);
  }

  /** How often each counted finding step has fired so far: {@link PersonCues}', the bare-designator and compass-part. */
  public Map<String, Long> stepCounts() {
    Map<String, Long> counts = new TreeMap<>(personCues.counts());
    counts.put(BARE_DESIGNATOR, bareDesignators);
    counts.put(COMPASS_PART, compassParts);
    return counts;
  }

  /** Mentions found in {@code text} plus how often each country is named or alluded to by demonym. */
  public record Found(List<PlaceMention> mentions, Map<String, Integer> countryCues) {}

  public Found find(String text) {
    List<Token> tokens = tokenize(text);
    List<PlaceMention> mentions = new ArrayList<>();
    Map<String, Integer> countryCues = new TreeMap<>();
    NameContexts contexts = knowledge.nameContexts();
    Set<String> people = personNames(text, tokens);
    Map<Integer, Boolean> titleCaseLines = new java.util.HashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.capitalised() || LEADING_PREPOSITIONS.contains(t.text(text))) {
        // "Near Kupiansk, …": a capitalised preposition opening a sentence starts no name, nor a person's
        i++;
        continue;
      }
      String never = contexts.neverAt(text, t.begin);
      if (never != null) {
        i = tokenAt(tokens, i, t.begin + never.length());
        continue;
      }
      String institution = contexts.institutionAt(text, t.begin);
      if (institution != null) {
        int end = t.begin + institution.length();
        mentions.add(new PlaceMention(institution, t.begin, end, new int[] {contexts.institutionRows().get(institution)},
            MentionCue.NONE, -1, false, PlaceRole.INSTITUTION));
        i = tokenAt(tokens, i, end);
        continue;
      }
      Match shortForm = shortFormAt(text, t.begin, mentions);
      if (shortForm != null) {
        int next = tokenAt(tokens, i, shortForm.end);
        PlaceRole role = next < tokens.size() && tokens.get(next).capitalised()
            && tokens.get(next).begin == shortForm.end + 1 && organisationFollows(text, tokens, next, MAX_SPAN_WORDS)
            ? PlaceRole.ORGANISATION : PlaceRole.PLACE;
        mentions.add(new PlaceMention(text.substring(shortForm.begin, shortForm.end), shortForm.begin, shortForm.end,
            shortForm.rows, cueBefore(text, shortForm.begin, mentions), -1, false, role));
        countCountry(shortForm.rows, countryCues);
        i = next;
        continue;
      }
      int run = runLength(text, tokens, i);
      Match match = withoutSmallNamesakesOfAcronym(text, listMemberOrLongestMatch(text, tokens, i, run));
      if (COMPASS_PARTS.contains(t.text(text)) && run > 1 && (match.rows.length == 0 || match.words == 1)) {
        // "North Texas": no name starts at the compass word, so the place after it is read on its own
        i++;
        continue;
      }
      String spanText = text.substring(match.begin, match.end);
      if (knowledge.countries().isDemonym(spanText)) {
        knowledge.countryOf(spanText).ifPresent(c -> countryCues.merge(c, 1, Integer::sum));
        i += match.words;
        continue;
      }
      MentionCue cue = match.designator != null ? match.designator : cueOf(text, match.begin, match.end, mentions);
      // "Kharkiv Ihor Terekhov": a capitalised word right after the match makes it part of a longer name;
      // a connector does not ("Belgorod on Sunday"), except "imeni" ("named after": "Shakhta imeni Gagarina")
      boolean insideLongerName = match.designator == null && i + match.words < tokens.size()
          && match.words < run && (tokens.get(i + match.words).capitalised()
              || tokens.get(i + match.words).text(text).equals("imeni"));
      if (insideLongerName && match.rows.length > 0 && followedByQualifier(text, unknownRun(text, tokens, i, run).end)) {
        // "Novoselivka Druha" is not Novoselivka: the whole run is a name the gazetteer lacks, kept only if the
        // text locates it ("Novoselivka Druha, Donetsk")
        match = unknownRun(text, tokens, i, run);
        spanText = text.substring(match.begin, match.end);
        insideLongerName = false;
      }
      // "Texas Department of Health", "the Washington Post", "University of Texas": the place an organisation is of
      PlaceRole role = PlaceRole.PLACE;
      if (insideLongerName && match.rows.length > 0 && organisationFollows(text, tokens, i + match.words,
          run - match.words) || match.rows.length > 0 && organisationBefore(text, match.begin)) {
        role = PlaceRole.ORGANISATION;
        insideLongerName = false;
      }
      boolean afterCompass = i > 0 && match.rows.length > 0 && COMPASS_PARTS.contains(tokens.get(i - 1).text(text))
          && gapIsSpace(text, tokens.get(i - 1), t);
      boolean startsInsideName = i > 0 && tokens.get(i - 1).capitalised() && gapIsSpace(text, tokens.get(i - 1), t)
          && !sentenceStart(text, tokens.get(i - 1).begin) && !afterCompass;
      if (!insideLongerName && !startsInsideName
          && accept(match, cue, spanText, !sentenceStart(text, t.begin), people)) {
        int line = text.lastIndexOf('\n', match.begin) + 1;
        int tokenIndex = i;
        boolean capitalOnly = match.words == 1 && (sentenceStart(text, match.begin)
            || titleCaseLines.computeIfAbsent(line, l -> titleCaseLine(text, tokens, tokenIndex, l)));
        mentions.add(new PlaceMention(spanText, match.begin, match.end, match.rows, cue, -1, match.variant, role,
            capitalOnly));
        countCountry(match.rows, countryCues);
        compassParts += afterCompass ? 1 : 0;
        i += match.words;
      } else {
        // a rejected run ("Residents of Sumy") may still hold a place further in
        i += match.rows.length > 0 ? match.words : 1;
      }
    }
    return new Found(linkQualifiers(text, mentions, true), countryCues);
  }

  /**
   * Surnames the article uses: the last word of a two- or three-word capitalised name that is no place ("Roy
   * Jones", "Barack Obama") unless a capital, seat or area has that name, and a word right after a title ("Sen. Moore", "President Obama"). A later bare "Jones"
   * is that person, not Jones, Oklahoma.
   */
  private Set<String> personNames(String text, List<Token> tokens) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.capitalised()) {
        continue;
      }
      if (i + 1 < tokens.size() && TITLES.contains(t.text(text)) && tokens.get(i + 1).capitalised()) {
        names.add(tokens.get(i + 1).text(text));
      }
      int n = 1;
      while (i + n < tokens.size() && n < 4 && tokens.get(i + n).capitalised()
          && gapIsSpace(text, tokens.get(i + n - 1), tokens.get(i + n))) {
        n++;
      }
      if ((n == 2 || n == 3) && !PLACE_NAME_STARTS.contains(t.text(text)) && !LEADING_PREPOSITIONS.contains(t.text(text))
          && gazetteer.lookup(NameFolding.fold(text.substring(t.begin, tokens.get(i + n - 1).end))).length == 0
          && gazetteer.lookup(NameFolding.fold(t.text(text))).length == 0 && !seatOrArea(tokens.get(i + n - 1).text(text))) {
        names.add(tokens.get(i + n - 1).text(text));
      }
      i += n - 1;
    }
    personCues.addSurnames(text, names, this::speaksForState, at -> cueInWordsBefore(text, at) != MentionCue.NONE);
    return names;
  }

  /**
   * A country, first-level region, national capital or regional capital of {@value #SPEAKING_CAPITAL_POPULATION}
   * people or more has that name: "Moscow said", "Kharkiv said" are its authorities, not a person. Smaller seats
   * ("Nelson", New Zealand) and towns are surnames before a speech verb far more often.
   */
  private boolean speaksForState(String word) {
    return IntStream.of(gazetteer.lookup(NameFolding.fold(word))).anyMatch(row -> gazetteer.adminRank(row) >= 3
        || gazetteer.featureCode(row).equals("P.PPLC")
        || gazetteer.adminRank(row) == 1 && gazetteer.population(row) >= SPEAKING_CAPITAL_POPULATION);
  }

  /** A capital, seat or administrative area has that name: "Downtown Dublin" is no person's name. */
  private boolean seatOrArea(String word) {
    return IntStream.of(gazetteer.lookup(NameFolding.fold(word))).anyMatch(row -> gazetteer.adminRank(row) >= 1);
  }

  private void countCountry(int[] rows, Map<String, Integer> countryCues) {
    if (rows.length > 0 && gazetteer.adminRank(rows[0]) == 4) {
      countryCues.merge(gazetteer.countryCode(rows[0]), 1, Integer::sum);
    }
  }

  /** Index of the first token at or after {@code offset}, searching from token {@code from}. */
  private static int tokenAt(List<Token> tokens, int from, int offset) {
    int j = from;
    while (j < tokens.size() && tokens.get(j).begin < offset) {
      j++;
    }
    return j;
  }

  /** Whether one of the {@code words} capitalised words from token {@code from} heads an organisation's name. */
  private boolean organisationFollows(String text, List<Token> tokens, int from, int words) {
    for (int j = from; j < tokens.size() && j < from + words; j++) {
      if (!tokens.get(j).capitalised()) {
        break;
      }
      if (knowledge.nameContexts().organisationHeads().contains(tokens.get(j).text(text))) {
        return true;
      }
    }
    return false;
  }

  /** "University of Texas", "Bank of the Ozarks": a head word and "of" right before the name. */
  private boolean organisationBefore(String text, int begin) {
    java.util.regex.Matcher m = HEAD_OF_BEFORE.matcher(text.substring(Math.max(0, begin - 40), begin));
    return m.find() && knowledge.nameContexts().organisationHeads().contains(m.group(1));
  }

  /**
   * A dotted short form at {@code begin}, period included: a country's ("U.S.", "U.K.", "U.S.A.") always; a
   * region's ("Calif.", "W. Va.", "D.C.") with two or more letters between periods written, or after a comma or a
   * locative cue ("Lincoln, Neb.", "in Ind."), so that a person's initials stay initials. Null when none.
   */
  private Match shortFormAt(String text, int begin, List<PlaceMention> previous) {
    java.util.regex.Matcher m = DOTTED.matcher(text).region(begin, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String written = m.group().strip();
    for (int end = begin + written.length(); end > begin; end = text.lastIndexOf('.', end - 2) + 1) {
      String form = text.substring(begin, end);
      if (!form.endsWith(".")) {
        break;
      }
      int country = form.indexOf('.') < form.length() - 1
          ? gazetteer.countryRow(knowledge.countryOf(form).orElse(null)) : -1;
      if (country >= 0) {
        return new Match(begin, end, 1, new int[] {country}, null, false);
      }
      int region = gazetteer.abbreviationRow(form.replace(" ", ""));
      boolean plainlyPlace = form.chars().filter(c -> c == '.').count() > 1
          || text.substring(Math.max(0, begin - 2), begin).equals(", ")
          || cueBefore(text, begin, previous) != MentionCue.NONE;
      if (region >= 0 && plainlyPlace) {
        return new Match(begin, end, 1, new int[] {region}, null, false);
      }
    }
    return null;
  }

  /**
   * "EU", "US", "UK": an all-capitals name of two or three letters is a country, a world region or a place at least
   * {@code borderwatch.geo.acronym-min-population} strong, never a small namesake; with none of those it names
   * nothing the gazetteer knows.
   */
  private Match withoutSmallNamesakesOfAcronym(String text, Match match) {
    String written = text.substring(match.begin, match.end);
    if (written.length() > 3 || written.length() < 2 || !written.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return match;
    }
    int[] kept = IntStream.of(match.rows).filter(row -> gazetteer.adminRank(row) == 4
        || gazetteer.featureClass(row).equals("L")
        || gazetteer.population(row) >= knowledge.options().acronymMinPopulation()).toArray();
    return new Match(match.begin, match.end, match.words, kept, match.designator, match.variant && kept.length > 0);
  }

  /**
   * Mentions at given spans (a gold standard's, another finder's), with candidates, cues and qualifiers read from
   * the text as {@link #find} would; spans in text order.
   */
  public Found mentionsAt(String text, List<int[]> spans) {
    List<Token> tokens = tokenize(text);
    List<PlaceMention> mentions = new ArrayList<>();
    for (int[] span : spans) {
      Token next = null;
      for (Token t : tokens) {
        if (t.begin > span[1]) {
          next = t;
          break;
        }
      }
      MentionCue designator = next != null && next.begin == span[1] + 1 && text.charAt(span[1]) == ' '
          ? designator(next.text(text)) : listDesignator(text, span[1]);
      int words = (int) tokens.stream().filter(t -> t.begin >= span[0] && t.end <= span[1]).count();
      String written = text.substring(span[0], span[1]);
      // a demonym given as a place ("American") is its country, not a spelling variant of Americana; "Kan." is Kansas
      Match m = knowledge.countries().isDemonym(written) || gazetteer.abbreviationRow(written.replace(" ", "")) >= 0
          ? new Match(span[0], span[1], words, new int[0], designator, false)
          : lookupSpan(text, span[0], span[1], Math.max(1, words), designator);
      if (m.rows.length == 0) {
        m = new Match(span[0], span[1], words, writtenRegionOrCountry(written), designator, false);
      }
      MentionCue cue = designator != null ? designator : cueOf(text, span[0], span[1], mentions);
      mentions.add(new PlaceMention(text.substring(span[0], span[1]), span[0], span[1], m.rows, cue, -1, m.variant,
          PlaceRole.PLACE));
    }
    return new Found(linkQualifiers(text, mentions, false), find(text).countryCues());
  }

  /**
   * Whether a found name is a place mention. A name the gazetteer lacks is taken when a cue marks it as a place,
   * or, mid-sentence, without one: {@link #linkQualifiers} keeps it only if a region or country follows ("shelled
   * with Grad Toretsk, Donetsk"), so a sentence-opening "Meanwhile, Donetsk" is never a place.
   */
  private boolean accept(Match match, MentionCue cue, String spanText, boolean midSentence, Set<String> people) {
    // one word, whatever follows it ("The town of ...")
    if (spanText.indexOf(' ') < 0 && (NOT_PLACES.contains(NameFolding.fold(spanText)) || CONTRACTION.matcher(spanText)
        .find())) {
      return false;
    }
    // "Battles for Eastern Town", "a Key Village": a common word before a town's noun describes, it names no place
    // ("Eastern Province" is a name)
    String[] words = spanText.split(" ");
    if (words.length == 2 && DESIGNATORS.get(NameFolding.fold(words[1])) == MentionCue.SETTLEMENT
        && (NOT_PLACES.contains(NameFolding.fold(words[0])) || COMPASS_PARTS.contains(words[0]))) {
      return false;
    }
    // "the District 7 board", "the County", "in the Northeast": a designator or compass word alone names no place
    if (spanText.indexOf(' ') < 0 && (DESIGNATORS.containsKey(NameFolding.fold(spanText))
        || COMPASS_WORDS.contains(NameFolding.fold(spanText)))) {
      bareDesignators++;
      return false;
    }
    if (people.contains(spanText) && cue != MentionCue.SETTLEMENT && cue != MentionCue.REGION
        && cue != MentionCue.DISTRICT && IntStream.of(match.rows).noneMatch(r -> gazetteer.adminRank(r) >= 3)) {
      return false;
    }
    if (match.rows.length == 0) {
      return cue != MentionCue.NONE || midSentence;
    }
    if (cue != MentionCue.NONE || match.words > 1) {
      return true;
    }
    // a bare word counts by a place whose own name it is ("Freedom" is an alias of New Freedom, Pennsylvania)
    String folded = NameFolding.fold(spanText);
    for (int row : match.rows) {
      boolean prominent = gazetteer.adminRank(row) >= 1
          || gazetteer.population(row) >= knowledge.options().bareNameMinPopulation();
      if (prominent && (match.variant || gazetteer.adminRank(row) == 4 || namedSo(row, folded))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Becker, Clay and Douglas counties", "the Belgorod and Kursk regions": a plural designator after a list makes
   * each name of it an administrative area; otherwise the longest match.
   */
  private Match listMemberOrLongestMatch(String text, List<Token> tokens, int i, int run) {
    int end = tokens.get(i + run - 1).end;
    MentionCue designator = listDesignator(text, end);
    if (designator != null) {
      Match m = lookupSpan(text, tokens.get(i).begin, end, run, designator);
      if (m.rows.length > 0) {
        return new Match(m.begin, m.end, run, m.rows, designator, m.variant);
      }
    }
    return longestMatch(text, tokens, i, run);
  }

  /**
   * The designator of a plural after a list that goes on from {@code end} ("the Belgorod and Kursk regions", "the
   * Khotin and Yunakivka communities"), or null.
   */
  private static MentionCue listDesignator(String text, int end) {
    java.util.regex.Matcher plural = PLURAL_DESIGNATOR_AFTER.matcher(text).region(end, text.length());
    if (!plural.lookingAt()) {
      return null;
    }
    String word = plural.group(1);
    String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
        : word.endsWith("shes") ? word.substring(0, word.length() - 2) : word.substring(0, word.length() - 1);
    return designator(singular);
  }

  /** Finds the longest span starting at token {@code i} that names a place, with its designator if any. */
  private Match longestMatch(String text, List<Token> tokens, int i, int run) {
    for (int n = Math.min(MAX_SPAN_WORDS, run); n >= 1; n--) {
      Token last = tokens.get(i + n - 1);
      if (!last.capitalised()) {
        continue;
      }
      int begin = tokens.get(i).begin;
      Token next = i + n < tokens.size() ? tokens.get(i + n) : null;
      MentionCue designator = next != null && gapIsSpace(text, last, next) ? designator(next.text(text)) : null;
      if (designator != null) {
        int[] withDesignator = gazetteer.lookup(NameFolding.fold(text.substring(begin, next.end)));
        if (withDesignator.length > 0) {
          // "Belgorod Oblast" is a name; in "the Belgorod region" the name is "Belgorod"
          int end = next.capitalised() ? next.end : last.end;
          return new Match(begin, end, n + 1, withDesignator, designator, false);
        }
      }
      Match m = lookupSpan(text, begin, last.end, n, designator);
      // "the Velykoburlutska community": a community is named for its seat, so only a known seat makes it a place
      if (m.rows.length > 0 || (n == 1 && designator != null && !"community".equalsIgnoreCase(next.text(text)))) {
        return m;
      }
    }
    return unknownRun(text, tokens, i, run);
  }

  /**
   * Whether the text between two place names makes the second the region of the first: ", " or " in the ", after
   * the first one's designator if any ("Kozinka, Belgorod Oblast", "Terny village, Donetsk", "Uman district,
   * Cherkasy", "X in the Y region").
   */
  public static boolean isQualifierGap(String between) {
    return QUALIFIER_GAP.matcher(between).matches();
  }

  /** ", Donetsk" right after a name: the text may locate it in a region or country. */
  private static boolean followedByQualifier(String text, int end) {
    return end + 2 < text.length() && text.charAt(end) == ',' && text.charAt(end + 1) == ' '
        && Character.isUpperCase(text.charAt(end + 2));
  }

  /**
   * Up to three words of a capitalised run as a name the gazetteer lacks, ending before "of": in "University of
   * Kharkiv" the name after it is looked up on its own.
   */
  private static Match unknownRun(String text, List<Token> tokens, int i, int run) {
    int words = Math.min(run, 3);
    for (int k = 1; k < words; k++) {
      if (tokens.get(i + k).text(text).equals("of")) {
        words = k;
      }
    }
    while (words > 1 && !tokens.get(i + words - 1).capitalised()) {
      words--;
    }
    return new Match(tokens.get(i).begin, tokens.get(i + words - 1).end, words, new int[0], null, false);
  }

  /**
   * Candidates for the name at [begin, end): an admin area when a designator follows ("the Belgorod region"),
   * else the exact name, else (single words or designated names) a close transliteration variant.
   */
  private Match lookupSpan(String text, int begin, int end, int words, MentionCue designator) {
    String folded = NameFolding.fold(text.substring(begin, end));
    Match m = lookupFolded(folded, begin, end, words, designator);
    java.util.regex.Matcher adjective = ADJECTIVAL_SUFFIX.matcher(folded);
    if (m.rows.length == 0 && designator == MentionCue.DISTRICT && adjective.find()) {
      // "Gravoronsk district", "Graivoronsky raion": the district named for its town
      Match town = lookupFolded(folded.substring(0, adjective.start()), begin, end, words, designator);
      return town.rows.length > 0 ? town : m;
    }
    return m;
  }

  private Match lookupFolded(String folded, int begin, int end, int words, MentionCue designator) {
    int consumed = words + (designator != null ? 1 : 0);
    if (designator == MentionCue.REGION || designator == MentionCue.DISTRICT) {
      int[] regions = gazetteer.lookupRegion(folded);
      if (regions.length > 0) {
        return new Match(begin, end, consumed, regions, designator, false);
      }
    }
    int[] rows = withoutLesserAliases(gazetteer.lookup(folded), folded);
    if (rows.length == 0 && designator == null) {
      String stripped = withoutDesignator(folded);
      rows = gazetteer.lookupRegion(stripped.isEmpty() ? folded : stripped);
    }
    if (rows.length > 0) {
      return new Match(begin, end, consumed, preferTowns(rows, designator, folded), designator, false);
    }
    if (words == 1 || designator != null) {
      int[] variants = gazetteer.lookupCloseVariant(folded);
      if (variants.length > 0) {
        return new Match(begin, end, consumed, preferTowns(variants, designator, null), designator, true);
      }
    }
    return new Match(begin, end, consumed, new int[0], designator, false);
  }

  /**
   * A given span the name index lacks may still be a region abbreviation ("W.Va.") or a country alluded to by
   * demonym; a gold standard marks "American" as a reference to the United States.
   */
  private int[] writtenRegionOrCountry(String written) {
    int abbreviation = gazetteer.abbreviationRow(written.replace(" ", ""));
    if (abbreviation >= 0) {
      return new int[] {abbreviation};
    }
    int country = gazetteer.countryRow(knowledge.countryOf(written).orElse(null));
    return country >= 0 ? new int[] {country} : new int[0];
  }

  private static MentionCue designator(String word) {
    return DESIGNATORS.get(word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""));
  }

  /** "belgorod oblast" → "belgorod", for names given with a designator the gazetteer spells differently. */
  private static String withoutDesignator(String folded) {
    int space = folded.lastIndexOf(' ');
    return space > 0 && designator(folded.substring(space + 1)) != null ? folded.substring(0, space) : "";
  }

  /**
   * Without a designator a bare name means the town rather than the same-named region or district containing it
   * ("Kharkiv", "Moscow") or, for a national capital, governed from it (GeoNames files Kyiv apart from the oblast
   * it names "Kiev"), so such towns move ahead of their region. Only a town whose own name is the name written
   * does: "Minnesota" is an old alternate name of Minneota and "Arizona" one of Yuma, and both mean the state.
   * Spelling variants ({@code folded} null: "Kharkov") match town and region alike, and the town goes first.
   */
  private int[] preferTowns(int[] rows, MentionCue designator, String folded) {
    if (designator == MentionCue.REGION || designator == MentionCue.DISTRICT) {
      return rows;
    }
    List<Integer> towns = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int row : rows) {
      rest.add(row);
    }
    for (int row : rows) {
      int rank = gazetteer.adminRank(row);
      if (rank == 2 || rank == 3) {
        for (int other : rows) {
          boolean capital = gazetteer.featureCode(other).equals("PPLC");
          if (gazetteer.featureClass(other).equals("P") && row != other
              && (capital || namedSo(other, folded) || seatOf(other, row))
              && gazetteer.countryCode(other).equals(gazetteer.countryCode(row))
              && (java.util.Objects.equals(gazetteer.admin1Code(other), gazetteer.admin1Code(row))
                  || gazetteer.featureCode(other).equals("PPLC"))
              && rest.indexOf(other) > rest.indexOf(row)) {
            rest.remove(Integer.valueOf(other));
            rest.add(rest.indexOf(row), other);
            towns.add(other);
          }
        }
      }
    }
    return towns.isEmpty() ? rows : rest.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Drops places that carry the name only as an alternate name and are smaller than the largest place whose own name
   * it is: "Athens" is an old name of Lemont, Illinois, and "Minnesota" one of Minneota, and neither is meant by it.
   * Countries stay (they are named by aliases: "U.S.", "Britain"), and so does a larger alias holder ("Kiev" is the
   * capital more than the oblast GeoNames spells so).
   */
  private int[] withoutLesserAliases(int[] rows, String folded) {
    long largestOwn = -1;
    for (int row : rows) {
      if (namedSo(row, folded)) {
        largestOwn = Math.max(largestOwn, gazetteer.population(row));
      }
    }
    // an own-named continent or macro-region outranks any town carrying its name ("Africa" is an old name of Mahdia)
    boolean worldRegion = IntStream.of(rows).anyMatch(row -> namedSo(row, folded) && gazetteer.countryCode(row) == null);
    long threshold = worldRegion ? Long.MAX_VALUE : largestOwn;
    return largestOwn < 0 ? rows : IntStream.of(rows).filter(row -> namedSo(row, folded)
        || gazetteer.adminRank(row) == 4 || gazetteer.population(row) > threshold
        || IntStream.of(rows).anyMatch(region -> namedSo(region, folded) && seatOf(row, region))).toArray();
  }

  /**
   * Whether the town is the seat of that first-level region: GeoNames spells some regions as written ("Mykolaiv") and
   * their capitals otherwise ("Mykolayiv", with the written form as an alternate name), and the name means the city.
   */
  private boolean seatOf(int town, int region) {
    return gazetteer.adminRank(region) == 3 && gazetteer.featureCode(town).equals("PPLA")
        && gazetteer.countryCode(town).equals(gazetteer.countryCode(region))
        && java.util.Objects.equals(gazetteer.admin1Code(town), gazetteer.admin1Code(region));
  }

  /** Whether the row's own name (not one of its alternate names) folds to {@code folded}. */
  private boolean namedSo(int row, String folded) {
    if (folded == null) {
      return true;
    }
    Place p = gazetteer.place(row);
    return NameFolding.fold(p.name()).equals(folded) || NameFolding.fold(p.asciiName()).equals(folded);
  }

  /**
   * A name whose own last word makes it a region or district ("Kharkiv Oblast") is one, even where it continues a
   * list of villages ("the village of Zlatopil, Kharkiv Oblast"); so is a region's name that continues such a list
   * ("the village of Maryanske, Dnipropetrovsk"): villages are not named after the region they lie in.
   */
  private MentionCue cueOf(String text, int begin, int end, List<PlaceMention> previous) {
    String name = text.substring(begin, end);
    MentionCue own = designator(name.substring(name.lastIndexOf(' ') + 1));
    if (own == MentionCue.REGION || own == MentionCue.DISTRICT) {
      return own;
    }
    MentionCue listed = listCue(text, begin, previous);
    if (listed == MentionCue.SETTLEMENT && namesRegion(NameFolding.fold(name))) {
      return MentionCue.REGION;
    }
    String before = text.substring(Math.max(0, begin - 20), begin);
    if (listed == null && (COMPASS_BEFORE.matcher(before).find() || DESIGNATOR_OF_BEFORE.matcher(before).find()
        || DESIGNATORS_OF_BEFORE.matcher(text.substring(Math.max(0, begin - 80), begin)).find()
        || SETTLEMENT_IN_BEFORE.matcher(before).find() || AREA_NOUN_AFTER.matcher(text).region(end, text.length())
        .lookingAt()) && namesRegion(NameFolding.fold(name))) {
      // "villages in western Donetsk", "the region of Kherson", "a town in Donetsk", "the Donetsk hamlet of Vuhledar":
      // a part of a region, or the region itself, is named by the region's bare name, not the city's
      return MentionCue.REGION;
    }
    return listed != null ? listed : cueInWordsBefore(text, begin);
  }

  /** The cue of the list a name continues ("the villages of Kozinka and Gora-Podol"), or null. */
  private static MentionCue listCue(String text, int begin, List<PlaceMention> previous) {
    if (!previous.isEmpty()) {
      PlaceMention last = previous.get(previous.size() - 1);
      if (last.end() <= begin && LIST_GAP.matcher(text.substring(last.end(), begin)).matches()
          && last.cue() != MentionCue.REGION && last.cue() != MentionCue.DISTRICT && last.cue() != MentionCue.NONE) {
        return last.cue();
      }
    }
    return null;
  }

  private MentionCue cueBefore(String text, int begin, List<PlaceMention> previous) {
    MentionCue listed = listCue(text, begin, previous);
    return listed != null ? listed : cueInWordsBefore(text, begin);
  }

  /** "near X", "the village of X", "in X": the cue the words right before a name give it. */
  private static MentionCue cueInWordsBefore(String text, int begin) {
    String before = text.substring(Math.max(0, begin - 40), begin);
    if (NEAR_BEFORE.matcher(before).find()) {
      return MentionCue.NEAR;
    }
    if (SETTLEMENT_BEFORE.matcher(before).find()) {
      return MentionCue.SETTLEMENT;
    }
    return LOCATIVE_BEFORE.matcher(before).find() ? MentionCue.LOCATIVE : MentionCue.NONE;
  }

  /**
   * "Air raids in Lviv, Kyiv and Odesa": a region's bare name followed by one more place of a list is a member of
   * the list, not the region of the name before it ("Kozinka, Belgorod Oblast, and Gora-Podol" keeps its designator).
   */
  private boolean continuesList(String text, List<PlaceMention> mentions, int k) {
    PlaceMention m = mentions.get(k);
    if (k + 1 >= mentions.size() || m.cue() == MentionCue.REGION || m.cue() == MentionCue.DISTRICT) {
      return false;
    }
    PlaceMention next = mentions.get(k + 1);
    if (isCountry(next) && !isCountry(m)) {
      // "Kramatorsk, Donetsk, Ukraine": a country closes a chain of qualifiers, it is no member of a list
      return false;
    }
    return m.end() <= next.begin() && LIST_GAP.matcher(text.substring(m.end(), next.begin())).matches();
  }

  /**
   * Links "X, Y" and "X in the Y region" when Y is a region or country; drops names the gazetteer lacks unless the
   * text calls them settlements or locates them.
   */
  private List<PlaceMention> linkQualifiers(String text, List<PlaceMention> mentions, boolean dropUnlocated) {
    List<PlaceMention> linked = new ArrayList<>(mentions);
    for (int k = 0; k + 1 < linked.size(); k++) {
      PlaceMention m = linked.get(k);
      PlaceMention next = linked.get(k + 1);
      if (m.end() <= next.begin() && isQualifierGap(text.substring(m.end(), next.begin()))
          && isRegionLike(next) && !isCountry(m) && !continuesList(text, linked, k + 1)
          && !POSSESSIVE_AFTER.matcher(text).region(next.end(), text.length()).lookingAt() && !cityElsewhere(m, next)) {
        linked.set(k, m.withQualifier(k + 1));
        if (next.cue() != MentionCue.REGION && next.cue() != MentionCue.DISTRICT && !isCountry(next)
            && namesFirstLevelRegion(NameFolding.fold(next.text()))) {
          // "Kramatorsk, Donetsk": a name that locates another is the region of that name, not its capital
          linked.set(k + 1, next.withCue(MentionCue.REGION));
        }
      }
    }
    keepOneSensePerArticle(linked);
    for (int k = 0; k < linked.size(); k++) {
      PlaceMention m = linked.get(k);
      // known or not: "the villages of Kozinka and Gora-Podol" after "the Belgorod region" lie there, and not in a
      // namesake elsewhere (Kozhanka, Ukraine)
      if (m.qualifier() < 0 && m.cue() == MentionCue.SETTLEMENT) {
        int region = precedingRegionInSentence(text, linked, k);
        if (region < 0 && k > 0 && LIST_GAP.matcher(between(text, linked.get(k - 1), m)).matches()) {
          // "Kozinka and Gora-Podol": an unknown village lies where the one listed with it does
          region = linked.get(k - 1).qualifier();
        }
        if (region >= 0) {
          linked.set(k, m.withQualifier(region));
        }
      }
    }
    for (int k = linked.size() - 2; k >= 0; k--) {
      PlaceMention m = linked.get(k);
      PlaceMention next = linked.get(k + 1);
      // "the villages of Kozinka, Gora-Podol and Zlatopil, Belgorod Oblast": the region closing the list locates all
      if (m.qualifier() < 0 && m.cue() == MentionCue.SETTLEMENT && next.cue() == MentionCue.SETTLEMENT
          && next.qualifier() > k + 1 && LIST_GAP.matcher(between(text, m, next)).matches()) {
        linked.set(k, m.withQualifier(next.qualifier()));
      }
    }
    if (!dropUnlocated) {
      return linked;
    }
    List<PlaceMention> kept = new ArrayList<>();
    int[] newIndex = new int[linked.size()];
    for (int k = 0; k < linked.size(); k++) {
      PlaceMention m = linked.get(k);
      boolean keep = m.known() || m.qualifier() >= 0 || m.cue() == MentionCue.SETTLEMENT
          || m.cue() == MentionCue.REGION || m.cue() == MentionCue.DISTRICT;
      newIndex[k] = keep ? kept.size() : -1;
      if (keep) {
        kept.add(m);
      }
    }
    List<PlaceMention> out = new ArrayList<>(kept.size());
    for (PlaceMention m : kept) {
      out.add(m.qualifier() >= 0 ? m.withQualifier(newIndex[m.qualifier()]) : m);
    }
    return out;
  }

  /**
   * One sense per article: a name the text located earlier ("Kozinka, Belgorod Oblast") is the same place when it
   * comes back without a locator ("liberated Kozinka and Gora-Podol"), unless the text locates it anew.
   */
  private static void keepOneSensePerArticle(List<PlaceMention> mentions) {
    Map<String, Integer> locatedBy = new java.util.HashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      PlaceMention m = mentions.get(k);
      String name = NameFolding.fold(m.text());
      if (m.qualifier() >= 0) {
        locatedBy.put(name, m.qualifier());
      } else if (locatedBy.containsKey(name) && m.cue() != MentionCue.REGION && m.cue() != MentionCue.DISTRICT) {
        mentions.set(k, m.withQualifier(locatedBy.get(name)));
      }
    }
  }

  private static String between(String text, PlaceMention a, PlaceMention b) {
    return a.end() <= b.begin() ? text.substring(a.end(), b.begin()) : "";
  }

  /** "entered the Belgorod region and took the village of X": the nearest region named earlier in the sentence. */
  private int precedingRegionInSentence(String text, List<PlaceMention> mentions, int k) {
    for (int j = k - 1; j >= 0; j--) {
      PlaceMention r = mentions.get(j);
      String between = text.substring(r.end(), mentions.get(k).begin());
      if (between.indexOf('.') >= 0 || between.indexOf('\n') >= 0) {
        return -1;
      }
      if (r.cue() == MentionCue.REGION && isRegionLike(r)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A region or country: "Belgorod Oblast", "Grayvoron district", "Idaho", or a first-level region written short ("X,
   * Kyiv" for Kyiv Oblast). A bare district name is not one: in "Polohy, Vasylivka, Tokmak" it is a town of a list.
   */
  /** Whether a first-level region carries this folded name. */
  private boolean namesFirstLevelRegion(String folded) {
    return areaRanks(folded).anyMatch(rank -> rank == 3);
  }

  /** Whether a first-level region or a country carries this folded name. */
  private boolean namesRegion(String folded) {
    return areaRanks(folded).anyMatch(rank -> rank >= 3);
  }

  private IntStream areaRanks(String folded) {
    return IntStream.of(gazetteer.lookupRegion(folded)).map(gazetteer::adminRank);
  }

  private boolean isRegionLike(PlaceMention m) {
    if (m.cue() == MentionCue.REGION || m.cue() == MentionCue.DISTRICT) {
      return true;
    }
    if (namesRegion(NameFolding.fold(m.text()))) {
      return true;
    }
    for (int row : m.candidates()) {
      if (gazetteer.adminRank(row) >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * "missile attacks on Kyiv, Kharkiv": a city of its own name and some size, in the country of the region named
   * after the comma but outside that region, with no namesake inside it, is listed with the region's name, not located
   * by it ("New York, Donetsk" is a village of Donetsk Oblast, not the American city).
   */
  private boolean cityElsewhere(PlaceMention m, PlaceMention region) {
    String folded = NameFolding.fold(m.text());
    int[] regions = gazetteer.lookupRegion(NameFolding.fold(region.text()));
    if (IntStream.of(m.candidates()).anyMatch(row -> IntStream.of(regions)
        .anyMatch(r -> Objects.equals(gazetteer.admin1Code(r), gazetteer.admin1Code(row))))) {
      // "Springfield, Illinois": a namesake in the region is the one meant
      return false;
    }
    for (int row : m.candidates()) {
      boolean sameCountry = IntStream.of(regions)
          .anyMatch(r -> Objects.equals(gazetteer.countryCode(r), gazetteer.countryCode(row)));
      if (gazetteer.population(row) >= LISTED_CITY_POPULATION && namedSo(row, folded) && sameCountry
          && IntStream.of(regions).noneMatch(r -> Objects.equals(gazetteer.admin1Code(r), gazetteer.admin1Code(row)))) {
        return true;
      }
    }
    return false;
  }

  private boolean isCountry(PlaceMention m) {
    return m.known() && gazetteer.adminRank(m.candidates()[0]) == 4;
  }

  /** Number of tokens from {@code i} that may form one name: capitalised words and inner connectors. */
  private static int runLength(String text, List<Token> tokens, int i) {
    int n = 1;
    while (i + n < tokens.size() && n < MAX_SPAN_WORDS + 1) {
      Token prev = tokens.get(i + n - 1);
      Token next = tokens.get(i + n);
      boolean joined = gapIsSpace(text, prev, next)
          || (ABBREVIATIONS.contains(prev.text(text)) && text.startsWith(". ", prev.end) && next.begin == prev.end + 2);
      if (!joined || !(next.capitalised() || CONNECTORS.contains(next.text(text)))) {
        break;
      }
      n++;
    }
    while (n > 1 && !tokens.get(i + n - 1).capitalised()) {
      n--;
    }
    return n;
  }

  /**
   * Whether the line from {@code lineBegin}, which holds token {@code inside}, is in title case (a headline), where
   * capitals mark no name.
   */
  private static boolean titleCaseLine(String text, List<Token> tokens, int inside, int lineBegin) {
    int lineEnd = text.indexOf('\n', lineBegin);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    int first = inside;
    while (first > 0 && tokens.get(first - 1).begin >= lineBegin) {
      first--;
    }
    long words = 0;
    long capitalised = 0;
    for (int k = first; k < tokens.size() && tokens.get(k).end <= end; k++) {
      Token t = tokens.get(k);
      if (t.end - t.begin > TitleCase.SHORT_WORD && Character.isLetter(text.charAt(t.begin))) {
        words++;
        capitalised += t.capitalised() ? 1 : 0;
      }
    }
    return TitleCase.of(words, capitalised);
  }

  private static boolean gapIsSpace(String text, Token a, Token b) {
    return b.begin == a.end + 1 && text.charAt(a.end) == ' ';
  }

  private static boolean sentenceStart(String text, int begin) {
    int k = begin - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < 0 || ".!?\"“”:;(\n".indexOf(text.charAt(k)) >= 0;
  }

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
            && (c == '-' || !isPossessive(text, i))) {
          i++;
        } else {
          break;
        }
      }
      // "Tu-22M3", "Mil Mi-8": a model designation and its maker's short name are never part of a place name
      boolean designation = i + 1 < n && text.charAt(i) == '-' && Character.isDigit(text.charAt(i + 1));
      if (designation && !tokens.isEmpty()) {
        Token maker = tokens.get(tokens.size() - 1);
        if (maker.capitalised() && maker.end() + 1 == start && maker.end() - maker.begin() <= 3) {
          tokens.set(tokens.size() - 1, new Token(maker.begin(), maker.end(), false));
        }
      }
      tokens.add(new Token(start, i, Character.isUpperCase(text.charAt(start)) && !designation));
    }
    return tokens;
  }

  /** "Ukraine's" ends the name at the apostrophe. */
  private static boolean isPossessive(String text, int apostrophe) {
    return text.charAt(apostrophe + 1) == 's'
        && (apostrophe + 2 == text.length() || !Character.isLetter(text.charAt(apostrophe + 2)));
  }

  private static Set<String> readWords(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PlaceMentionFinder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }

  record Token(int begin, int end, boolean capitalised) {
    String text(String s) {
      return s.substring(begin, end);
    }
  }

  private record Match(int begin, int end, int words, int[] rows, MentionCue designator, boolean variant) {}
}
