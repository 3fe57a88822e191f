package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Token;

/**
 * Finds who says what in a sentence: the speaker before a reporting verb ("Gladkov said", "Andrey
 * Yusov, Ukraine's military intelligence representative, told"), after it ("said Gladkov",
 * "according to the OSCE"), a pronoun that points back to the last named speaker ("he added"), or
 * capitalised words the dictionary lacks ("Army tweeted").
 */
final class FrameFinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
  private static final Pattern COORDINATION = Pattern.compile("\\s*(,|and|&|, and|together with|along with)\\s*(the\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_GAP_TOKENS = 6;

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
    return frames;
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
    if (nearest != null && f.tokenIndexAt(cue.begin()) - f.tokenIndexAt(nearest.end()) <= MAX_GAP_TOKENS
        && !containsQuoteOrTrigger(text, f, nearest.end(), cue.begin())) {
      return coordinated(text, f.actors(), nearest);
    }
    return capitalisedBefore(text, f, ci);
  }

  private static boolean containsQuoteOrTrigger(String text, SentenceFacts f, int from, int to) {
    String gap = text.substring(from, to);
    return gap.matches(".*[\"“”«»].*") || f.triggers().stream().anyMatch(t -> t.begin() >= from && t.end() <= to);
  }

  /** "Army tweeted": a speaker the dictionary lacks, kept as written. */
  private static List<Claimant> capitalisedBefore(String text, SentenceFacts f, int cueIndex) {
    int j = cueIndex - 1;
    int end = -1;
    int begin = -1;
    while (j >= 0 && f.tokens().get(j).isWord()
        && Character.isUpperCase(text.charAt(f.tokens().get(j).begin())) && cueIndex - j <= 4) {
      if (end < 0) {
        end = f.tokens().get(j).end();
      }
      begin = f.tokens().get(j).begin();
      j--;
    }
    if (begin < 0) {
      return List.of();
    }
    return List.of(new Claimant(begin, end, text.substring(begin, end), null));
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
      String who = text.substring(cue.end(), end).strip();
      if (!who.isEmpty()) {
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

  static List<ActorMention> coordinatedActors(String text, List<ActorMention> actors, ActorMention last) {
    List<ActorMention> chain = new ArrayList<>();
    chain.add(last);
    int idx = actors.indexOf(last);
    for (int k = idx - 1; k >= 0; k--) {
      ActorMention prev = actors.get(k);
      String gap = text.substring(prev.end(), chain.get(0).begin());
      if (!COORDINATION.matcher(gap).matches()) {
        break;
      }
      chain.add(0, prev);
    }
    return chain;
  }
}
