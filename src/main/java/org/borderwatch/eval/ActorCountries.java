package org.borderwatch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.borderwatch.BorderwatchException;
import org.borderwatch.io.TsvFile;

/**
 * The side (ISO 3166-1 alpha-2 country) an ACLED actor name stands for, from an ordered list of
 * rules: {@code <Java regex><TAB><country>}, matched case-insensitively anywhere in the name, first
 * match wins. Blank lines and lines starting with {@code #} are comments. The bundled list
 * ({@value #BUNDLED}) covers the state forces, police, civilians, protesters and unidentified groups
 * ACLED names after a country, plus the Russian-backed formations of the Donbas.
 */
public final class ActorCountries implements Serializable {
  public static final String BUNDLED = "/borderwatch/eval/acled-actor-countries.tsv";

  private record Rule(Pattern pattern, String country) implements Serializable {}

  private final List<Rule> rules;

  private ActorCountries(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static ActorCountries bundled() {
    return TsvFile.parseBundled(BUNDLED, "the actor country list", ActorCountries::parse);
  }

  public static ActorCountries parse(InputStream in, String name) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (TsvFile.Line l : TsvFile.read(in, 0)) {
      String line = l.text();
      int n = l.number();
      String[] parts = l.fields();
      if (parts.length != 2 || !parts[1].trim().matches("[A-Z]{2}")) {
        throw new BorderwatchException(name + " line " + n
            + ": expected '<regex><TAB><two-letter country code>', got '" + line + "'");
      }
      try {
        rules.add(new Rule(Pattern.compile(parts[0].trim(), Pattern.CASE_INSENSITIVE), parts[1].trim()));
      } catch (PatternSyntaxException e) {
        throw new BorderwatchException(name + " line " + n + ": bad pattern: " + e.getDescription(), e);
      }
    }
    return new ActorCountries(rules);
  }

  /** The country of the first rule matching the actor name; empty for an unknown or absent name. */
  public Optional<String> countryOf(String actor) {
    if (actor == null) {
      return Optional.empty();
    }
    return rules.stream().filter(r -> r.pattern().matcher(actor).find()).map(Rule::country).findFirst();
  }
}
