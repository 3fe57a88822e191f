package org.borderwatch.geo;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, once a mention is resolved, whether a place name stands for more than a place. A capital or country is
 * its government when it speaks ("Moscow said", "Kyiv has repeatedly denied"), is spoken by or to ("dismissed by
 * Kyiv", "accusing Moscow of"), deals with another ("a settlement with Moscow"), is a passive's agent ("annexed by
 * Moscow"), speaks through officials placed in it ("Authorities in Moscow say") or acts through
 * its possessive ("Kyiv's strikes", "Russia's forces"); a country right before a nationality noun is an adjective
 * ("US officials", "a US journalist"). Words from {@link NameContexts}.
 */
final class MentionRoles {
  private static final Set<String> GOVERNMENT_CODES = Set.of("PPLC", "PCLI");
  /** How many modifiers may stand between a possessive and the noun that decides. */
  private static final int POSSESSED_MODIFIERS = 3;
  /** Up to two auxiliaries or adverbs, then the word that decides: "has said", "has repeatedly denied". */
  private static final Pattern NEXT_VERB = Pattern.compile(
      "^\\s+(?:(?:has|have|had|also|again|repeatedly|previously|later|then|quickly|officially|publicly|already|"
          + "swiftly|strongly|firmly|flatly)\\s+){0,2}([a-z]+)");
  /** The noun the name modifies, with at most one lower-case word between: "US military officials". */
  private static final Pattern NEXT_NOUN = Pattern.compile("^\\s+([a-z]+)(?:\\s+([a-z]+))?");
  /** A possessive, then the words that may name what it owns: "Moscow's second major missile attack". */
  private static final Pattern POSSESSED = Pattern.compile("^['’]s((?:\\s+[a-z-]+){1," + (1 + POSSESSED_MODIFIERS)
      + "})");
  /** A speech verb or a participle whose agent the name is: "denied by Moscow", "dismissed outright by Kyiv". */
  private static final Pattern SPOKEN_BY = Pattern.compile("\\b([a-z]+)\\s+(?:([a-z]+)\\s+)?by\\s+$");
  /** A verb the name is the addressee of: "accusing Moscow of", "urged Kyiv to". */
  private static final Pattern ADDRESSED = Pattern.compile("\\b([a-z]+)\\s+$");
  /**
   * What is blamed on a state, up to three words of it between: "blamed on Kyiv", "blames the attack on Moscow"; not
   * what someone is blamed for ("blamed for strikes on Kyiv": Kyiv was struck).
   */
  private static final Pattern BLAMED_ON = Pattern.compile("\\b(?:blamed|blames|blaming|pinned|pins|pinning)"
      + "\\s+(?:(?!for\\s|of\\s)[\\w'’-]+\\s+){0,3}on\\s+$");
  private static final Set<String> ADDRESSING = Set.of("accusing", "accused", "accuses", "blaming", "blamed",
      "blames", "urging", "urged", "urges", "condemning", "condemned", "condemns");
  /** Dealings a state is party to, before "with": "a settlement with Moscow", "talks with Kyiv". */
  private static final Pattern DEALT_WITH = Pattern.compile("\\b([a-z]+)\\s+with\\s+$");
  private static final Set<String> DEALINGS = Set.of("talks", "negotiate", "negotiating", "negotiations",
      "settlement", "deal", "agreement", "ties", "relations", "dialogue", "cooperation", "aligned", "associated",
      "alliance", "rapprochement", "truce", "ceasefire", "accord", "treaty");
  private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "to", "in", "on", "of", "the", "a", "an",
      "for", "with", "by", "at", "from", "as", "is", "was", "are", "were", "has", "have", "had", "will", "would");

  private final NameContexts contexts;

  MentionRoles(NameContexts contexts) {
    this.contexts = contexts;
  }

  /** The role of a resolved mention: its finder role unless a place's government speaks or it is an adjective. */
  PlaceRole roleOf(String text, ResolvedPlace p) {
    if (p.role() != PlaceRole.PLACE || p.featureCode() == null || !GOVERNMENT_CODES.contains(p.featureCode())) {
      return p.role();
    }
    String after = text.substring(p.end(), Math.min(text.length(), p.end() + 60));
    String before = text.substring(Math.max(0, p.begin() - 40), p.begin());
    Matcher verb = NEXT_VERB.matcher(after);
    Matcher noun = NEXT_NOUN.matcher(after);
    boolean nounAfter = noun.find();
    // "stopped by Kyiv police": a noun after the capital makes it that noun's place, not an agent
    boolean agent = "PPLC".equals(p.featureCode()) && !(nounAfter && !FUNCTION_WORDS.contains(noun.group(1)));
    boolean speaksOrActs = verb.find()
        && (contexts.speechVerbs().contains(verb.group(1)) || contexts.stateVerbs().contains(verb.group(1)));
    if (speaksOrActs || spokenOf(before, agent) || actsBy(after)) {
      return PlaceRole.GOVERNMENT;
    }
    if ("PCLI".equals(p.featureCode()) && nounAfter && (contexts.nationalityHeads().contains(noun.group(1))
        || noun.group(2) != null && !FUNCTION_WORDS.contains(noun.group(1))
            && contexts.nationalityHeads().contains(noun.group(2)))) {
      return PlaceRole.NATIONALITY;
    }
    return PlaceRole.PLACE;
  }

  /**
   * "denied by Moscow", "dismissed outright by Kyiv", "accusing Moscow of", "urged Kyiv to", "blamed on Kyiv", and
   * the agent of a passive, which a capital is as its state: "provinces annexed by Moscow", "officials installed by
   * Moscow".
   */
  private boolean spokenOf(String before, boolean agent) {
    Matcher by = SPOKEN_BY.matcher(before);
    if (by.find()) {
      String participle = by.group(2) != null ? by.group(2) : by.group(1);
      return holds(contexts.speechVerbs(), by.group(1)) || holds(contexts.speechVerbs(), by.group(2))
          || agent && participle.endsWith("ed");
    }
    Matcher addressed = ADDRESSED.matcher(before);
    Matcher dealt = DEALT_WITH.matcher(before);
    return addressed.find() && ADDRESSING.contains(addressed.group(1)) || BLAMED_ON.matcher(before).find()
        || dealt.find() && DEALINGS.contains(dealt.group(1));
  }

  /**
   * "Kyiv's strikes", "Russia's long-planned counter-offensive", "Moscow's defence ministry": the state acting,
   * through a noun the contexts name; a function word or a verb of speech ends the owned words ("Kyiv's mayor said
   * strikes").
   */
  private boolean actsBy(String after) {
    Matcher m = POSSESSED.matcher(after);
    if (!m.find()) {
      return false;
    }
    for (String word : m.group(1).strip().split("\\s+")) {
      if (contexts.stateActs().contains(word)) {
        return true;
      }
      if (FUNCTION_WORDS.contains(word) || contexts.speechVerbs().contains(word)) {
        return false;
      }
    }
    return false;
  }

  /** Immutable sets refuse to be asked about null: an optional group that matched nothing is in none. */
  private static boolean holds(Set<String> words, String word) {
    return word != null && words.contains(word);
  }
}
