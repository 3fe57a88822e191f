package org.borderwatch.extract;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.Token;

/**
 * What shows that a state's attack, named with no weapon ("a Russian attack on Kherson"), came from afar: what it
 * hit (an apartment block, a power station: a {@link Trigger.Evidence#REMOTE} word in its clause) or whom it killed
 * (civilians: ground fighting between armies is told by its soldiers' losses, a strike on a town by its residents').
 */
final class RemoteSigns {
  /** Nouns of people outside the fighting. */
  static final Set<String> CIVILIANS = Set.of("civilian", "civilians", "people", "person", "residents", "locals",
      "children", "child", "women", "woman", "men", "man", "passengers", "passenger", "journalist", "journalists",
      "volunteers", "evacuees", "family", "families", "pensioner", "pensioners", "boy", "girl");
  /** Nouns of people in the fighting. */
  static final Set<String> COMBATANTS = Set.of("soldier", "soldiers", "serviceman", "servicemen", "troops",
      "militants", "fighters", "rebels", "personnel", "occupiers", "invaders", "paratroopers", "marines",
      "mercenaries", "conscripts", "commander", "commanders", "pilots", "airmen", "sailors");
  /** Words that count the dead and wounded. */
  private static final Set<String> TOLL = Set.of("killed", "killing", "kills", "wounded", "wounding", "injured",
      "injuring", "dead", "died");
  /** Counts written as words before a toll: "five killed". */
  private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "dozens", "scores", "dozen");
  /** How many words after an attack its target may end: "an attack on a five-storey residential building". */
  private static final int OBJECT_REACH = 6;
  /** How many words around a toll word its victims may stand: "killed at least three people". */
  private static final int VICTIM_REACH = 4;

  private RemoteSigns() {}

  /** "an attack on an apartment block", "attacks on power stations": a target struck from afar as the object. */
  static boolean remoteTarget(SentenceFacts f, PhraseMatch<Trigger> trigger) {
    int after = f.tokenIndexAt(trigger.end());
    int reach = after < f.tokens().size() ? f.tokens().get(Math.min(f.tokens().size() - 1, after + OBJECT_REACH)).end()
        : trigger.end();
    return f.evidence().stream().anyMatch(e -> e.value() == Trigger.Evidence.REMOTE && e.begin() >= trigger.end()
        && e.end() <= reach);
  }

  /**
   * "killed three people", "At least five killed", "civilians were wounded": the sentence counts civilians among
   * the dead or wounded, and no combatants anywhere in it.
   */
  static boolean civilianToll(SentenceFacts f) {
    List<Token> tokens = f.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (!TOLL.contains(tokens.get(k).norm())) {
        continue;
      }
      List<Token> near = tokens.subList(Math.max(0, k - VICTIM_REACH), Math.min(tokens.size(), k + VICTIM_REACH + 1));
      String before = k >= 1 ? tokens.get(k - 1).norm() : "";
      boolean civilians = near.stream().anyMatch(t -> CIVILIANS.contains(t.norm()))
          || COUNTS.contains(before) || !before.isEmpty() && before.chars().allMatch(Character::isDigit);
      if (civilians) {
        return tokens.stream().noneMatch(t -> COMBATANTS.contains(t.norm()));
      }
    }
    return false;
  }
}
