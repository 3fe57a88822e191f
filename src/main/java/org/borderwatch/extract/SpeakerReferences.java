package org.borderwatch.extract;

import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claimant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.ResolvedPlace;

/**
 * Ties a definite generic speaker ("the governor", "the defence ministry", "the military") back to the
 * most recent speaker, else actor, named in an earlier sentence whose type fits the noun ("Belgorod governor Vyacheslav
 * Gladkov said …" then "the governor reported …" → Gladkov). A country in the phrase ("the Russian
 * defence ministry", "Armenia's defence ministry", a place: "the Sumy regional administration") must match the
 * actor's side; with no such actor the speaker is that country's generic actor. Else it stays as written.
 */
final class SpeakerReferences {
  private static final List<ActorType> OFFICIALS = List.of(ActorType.OFFICIAL, ActorType.GOVERNMENT);
  private static final List<ActorType> MINISTRIES = List.of(ActorType.GOVERNMENT, ActorType.STATE_FORCE);
  private static final List<ActorType> FORCES = List.of(ActorType.STATE_FORCE);
  /** Head noun → the actor types it can refer to, the first being the type of an actor made from a country. */
  private static final Map<String, List<ActorType>> FITTING = Map.ofEntries(
      Map.entry("governor", List.of(ActorType.OFFICIAL)), Map.entry("mayor", List.of(ActorType.OFFICIAL)),
      Map.entry("official", OFFICIALS), Map.entry("officials", OFFICIALS), Map.entry("spokesman", OFFICIALS),
      Map.entry("spokeswoman", OFFICIALS), Map.entry("spokesperson", OFFICIALS),
      Map.entry("administration", OFFICIALS), Map.entry("authorities", OFFICIALS),
      Map.entry("ministry", MINISTRIES), Map.entry("government", List.of(ActorType.GOVERNMENT)),
      Map.entry("military", FORCES), Map.entry("army", FORCES), Map.entry("forces", FORCES),
      Map.entry("command", FORCES));
  /**
   * "the" or a possessive ("Armenia's") + up to three modifiers ("regional", "Russian", "defence") + a head noun,
   * ending at the speaker's end.
   */
  private static final Pattern DEFINITE = Pattern.compile("(?:\\b(?i:the)|\\b(\\p{Lu}[\\p{L}-]*)['’]s)\\s+"
      + "((?:(?!(?i:the)\\s)[\\p{L}'’-]+\\s+){0,3}?)((?i:" + String.join("|", FITTING.keySet()) + "))$");

  private final GeoKnowledge geo;
  private final List<Actor> speakers = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();

  /** Whether a word is a head noun a definite speaker can be tied back by ("governor", "military"). */
  static boolean isSpeakerNoun(String norm) {
    return FITTING.containsKey(norm);
  }

  SpeakerReferences(GeoKnowledge geo) {
    this.geo = geo;
  }

  /**
   * The frames with their definite generic speakers resolved against the speakers and actors remembered so far;
   * {@code places} (the sentence's) give the country of a place in the phrase ("the Sumy regional administration").
   */
  List<Frame> resolve(String text, List<Frame> frames, List<ResolvedPlace> places) {
    return frames.stream().map(fr -> new Frame(fr.cue(), fr.cueBegin(), fr.cueEnd(),
        fr.claimants().stream().map(c -> resolve(text, c, places)).toList())).toList();
  }

  /** Remembers a sentence's speakers and actors that have a side, in the order they were written. */
  void remember(SentenceFacts f, List<Frame> frames) {
    frames.stream().flatMap(fr -> fr.claimants().stream()).sorted(Comparator.comparingInt(Claimant::begin))
        .map(Claimant::actor).filter(a -> a != null && a.side() != null).forEach(speakers::add);
    f.actors().stream().map(ActorMention::actor).filter(a -> a.side() != null).forEach(actors::add);
  }

  private Claimant resolve(String text, Claimant c, List<ResolvedPlace> places) {
    if (c.side() != null) {
      return c;
    }
    int from = Math.max(0, c.end() - 80);
    Matcher m = DEFINITE.matcher(text.substring(from, c.end()));
    if (!m.find() || from + m.start() > c.begin()) {
      return c;
    }
    List<ActorType> fitting = FITTING.get(m.group(3).toLowerCase(Locale.ROOT));
    Optional<String> country = countryIn(m.group(1) == null ? m.group(2) : m.group(1) + " " + m.group(2))
        .or(() -> places.stream()
            .filter(p -> p.countryCode() != null && p.begin() >= from + m.start() && p.end() <= c.end())
            .map(ResolvedPlace::countryCode).findFirst());
    Optional<Actor> known = latestFitting(speakers, fitting, country).or(() -> latestFitting(actors, fitting, country));
    Optional<Actor> resolved = known.or(() -> country.map(iso -> Actor.generic(
        geo.countryName(iso).orElse(iso) + " " + fitting.get(0).name().toLowerCase(Locale.ROOT).replace('_', ' '),
        fitting.get(0), iso, iso)));
    return resolved.map(a -> new Claimant(c.begin(), c.end(), c.text(), a)).orElse(c);
  }

  /** Earlier speakers are searched before the other actors: "the ministry also said" goes back to a speaker. */
  private static Optional<Actor> latestFitting(List<Actor> seen, List<ActorType> fitting, Optional<String> country) {
    for (int k = seen.size() - 1; k >= 0; k--) {
      Actor a = seen.get(k);
      if (fitting.contains(a.type()) && country.map(a.side()::equals).orElse(true)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private Optional<String> countryIn(String words) {
    for (String word : words.strip().split("\\s+")) {
      String bare = word.replaceAll("['’]s?$", "");
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
        Optional<String> iso = geo.countryOf(bare.toLowerCase(Locale.ROOT));
        if (iso.isPresent()) {
          return iso;
        }
      }
    }
    return Optional.empty();
  }
}
