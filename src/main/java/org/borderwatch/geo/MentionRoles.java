package org.borderwatch.geo;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, once a mention is resolved, whether a place name stands for more than a place: a capital or country
 * right before a speech verb is its government speaking ("Moscow said", "Kyiv has repeatedly denied"), and a
 * country right before a nationality noun is an adjective ("US officials", "a US journalist"). Words from
 * {@link NameContexts}.
 */
final class MentionRoles {
  private static final Set<String> GOVERNMENT_CODES = Set.of("PPLC", "PCLI");
  /** Up to two auxiliaries or adverbs, then the word that decides: "has said", "has repeatedly denied". */
  private static final Pattern NEXT_VERB = Pattern.compile(
      "^\\s+(?:(?:has|have|had|also|again|repeatedly|previously|later|then|quickly|officially|publicly|already|"
          + "swiftly|strongly|firmly|flatly)\\s+){0,2}([a-z]+)");
  /** The noun the name modifies, with at most one lower-case word between: "US military officials". */
  private static final Pattern NEXT_NOUN = Pattern.compile("^\\s+([a-z]+)(?:\\s+([a-z]+))?");
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
    Matcher verb = NEXT_VERB.matcher(after);
    if (verb.find() && contexts.speechVerbs().contains(verb.group(1))) {
      return PlaceRole.GOVERNMENT;
    }
    Matcher noun = NEXT_NOUN.matcher(after);
    if ("PCLI".equals(p.featureCode()) && noun.find() && (contexts.nationalityHeads().contains(noun.group(1))
        || noun.group(2) != null && !FUNCTION_WORDS.contains(noun.group(1))
            && contexts.nationalityHeads().contains(noun.group(2)))) {
      return PlaceRole.NATIONALITY;
    }
    return PlaceRole.PLACE;
  }
}
