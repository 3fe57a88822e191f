package org.borderwatch.extract.lexicon;

import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorType;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.io.TsvFile;
import org.borderwatch.nlp.PhraseMatcher;

/**
 * The actor dictionary (file format in {@code borderwatch/actors/actors.tsv} and docs/extract.md):
 * named actors with aliases, type, side and nationality, plus the nouns that make generic actors.
 */
public final class ActorDictionary implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String BUNDLED = "/borderwatch/actors/actors.tsv";

  private final PhraseMatcher<Actor> names = new PhraseMatcher<>();
  private final PhraseMatcher<GenericNoun> nouns = new PhraseMatcher<>();
  private int actors;

  private ActorDictionary() {}

  public static ActorDictionary bundled() {
    return parse("bundled " + BUNDLED, TsvFile.bundledLines(BUNDLED, "the bundled actor dictionary"));
  }


  public static ActorDictionary parse(String source, List<String> raw) {
    DictionaryLines file = DictionaryLines.parse(source, raw);
    ActorDictionary d = new ActorDictionary();
    for (DictionaryLines.Line line : file.lines()) {
      switch (line.field(0)) {
        case "actor" -> d.addActor(file, line);
        case "generic" -> d.addGeneric(file, line);
        default -> throw file.error(line, "first field must be 'actor' or 'generic', not '" + line.field(0) + "'");
      }
    }
    return d;
  }

  private void addActor(DictionaryLines file, DictionaryLines.Line line) {
    if (line.fields().length < 6) {
      throw file.error(line, "an actor line needs 6 fields: actor, id, type, side, nationality, names");
    }
    List<String> aliases = Arrays.stream(line.field(5).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (aliases.isEmpty()) {
      throw file.error(line, "actor " + line.field(1) + " has no names");
    }
    String side = DictionaryLines.country(line.field(3));
    String nationality = DictionaryLines.country(line.field(4));
    Actor actor = new Actor(line.field(1), aliases.get(0), type(file, line, line.field(2)), side,
        nationality == null ? side : nationality, false);
    aliases.forEach(a -> names.add(a, actor));
    actors++;
  }

  private void addGeneric(DictionaryLines file, DictionaryLines.Line line) {
    if (line.fields().length < 4) {
      throw file.error(line, "a generic line needs 4 fields: generic, type, side rule, nouns");
    }
    GenericNoun.SideRule rule;
    try {
      rule = GenericNoun.SideRule.valueOf(line.field(2));
    } catch (IllegalArgumentException e) {
      throw file.error(line, "side rule must be one of " + Arrays.toString(GenericNoun.SideRule.values()));
    }
    GenericNoun noun = new GenericNoun(type(file, line, line.field(1)), rule);
    for (String n : line.field(3).split("\\|")) {
      nouns.add(n.trim(), noun);
    }
  }

  private static ActorType type(DictionaryLines file, DictionaryLines.Line line, String value) {
    try {
      return ActorType.parse(value);
    } catch (IllegalArgumentException e) {
      throw file.error(line, e.getMessage());
    }
  }

  public PhraseMatcher<Actor> names() {
    return names;
  }

  public PhraseMatcher<GenericNoun> nouns() {
    return nouns;
  }

  public int size() {
    return actors;
  }
}
