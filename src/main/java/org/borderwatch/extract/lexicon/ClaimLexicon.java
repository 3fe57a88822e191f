package org.borderwatch.extract.lexicon;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.io.TsvFile;
import org.borderwatch.nlp.PhraseMatcher;

/**
 * The claim lexicon (format in {@code borderwatch/lexicon/claims.tsv} and docs/extract.md): trigger
 * phrases with their ACLED types, cross-border hint and the evidence they need, attribution, modality and
 * non-event cues, weapon classes, conflict and crowd words, and the phrases that state a border was crossed.
 */
public final class ClaimLexicon implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String BUNDLED = "/borderwatch/lexicon/claims.tsv";

  private final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
  private final PhraseMatcher<Cue> cues = new PhraseMatcher<>();
  private final PhraseMatcher<Weapon> weapons = new PhraseMatcher<>();
  private final PhraseMatcher<Trigger.Evidence> evidence = new PhraseMatcher<>();
  private final CrossingPhrases crossings = new CrossingPhrases();

  private ClaimLexicon() {}

  public static ClaimLexicon bundled() {
    return parse("bundled " + BUNDLED, TsvFile.bundledLines(BUNDLED, "the bundled claim lexicon"));
  }


  public static ClaimLexicon parse(String source, List<String> raw) {
    DictionaryLines file = DictionaryLines.parse(source, raw);
    ClaimLexicon lexicon = new ClaimLexicon();
    for (DictionaryLines.Line line : file.lines()) {
      String phrase = line.field(1);
      if (phrase.isEmpty()) {
        throw file.error(line, "missing phrase");
      }
      switch (line.field(0)) {
        case "trigger" -> {
          if (line.fields().length < 5) {
            throw file.error(line, "a trigger line needs 5 or 6 fields: trigger, phrase, event type, sub-event type, "
                + "hint[, evidence]");
          }
          Trigger.Evidence needs = line.field(5).isEmpty() ? Trigger.Evidence.NONE
              : enumValue(file, line, 5, Trigger.Evidence.class);
          lexicon.triggers.add(phrase, new Trigger(line.field(2), line.field(3), enumValue(file, line, 4,
              Trigger.CrossBorderHint.class), needs));
        }
        case "evidence" -> lexicon.evidence.add(phrase, enumValue(file, line, 2, Trigger.Evidence.class));
        case "ignore" -> lexicon.triggers.add(phrase, Trigger.IGNORE);
        case "cue" -> lexicon.cues.add(phrase, enumValue(file, line, 2, Cue.class));
        case "weapon" -> lexicon.weapons.add(phrase, enumValue(file, line, 2, Weapon.class));
        case "crossing" -> lexicon.crossings.add(phrase, enumValue(file, line, 2, Crossing.class));
        default -> throw file.error(line, "first field must be trigger, ignore, cue, weapon, evidence or crossing, not '"
            + line.field(0) + "'");
      }
    }
    return lexicon;
  }

  private static <E extends Enum<E>> E enumValue(DictionaryLines file, DictionaryLines.Line line, int field,
      Class<E> type) {
    try {
      return Enum.valueOf(type, line.field(field));
    } catch (IllegalArgumentException e) {
      throw file.error(line, "field " + (field + 1) + " must be one of " + Arrays.toString(type.getEnumConstants())
          + ", not '" + line.field(field) + "'");
    }
  }

  public PhraseMatcher<Trigger> triggers() {
    return triggers;
  }

  public PhraseMatcher<Cue> cues() {
    return cues;
  }

  public PhraseMatcher<Weapon> weapons() {
    return weapons;
  }

  public PhraseMatcher<Trigger.Evidence> evidence() {
    return evidence;
  }

  public CrossingPhrases crossings() {
    return crossings;
  }

  public int size() {
    return triggers.size() + cues.size() + weapons.size() + evidence.size() + crossings.size();
  }
}
