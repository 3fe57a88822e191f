package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.Claimant;
import org.borderwatch.extract.model.DateMention;
import org.borderwatch.extract.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.extract.model.Mention.Kind;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.nlp.PhraseMatch;

/** Every mention of one sentence, whether or not it ends up in a claim. */
final class MentionRows {
  private MentionRows() {}

  static List<Mention> of(String text, SentenceFacts f, List<Frame> frames) {
    int si = f.sentence().index();
    List<Mention> out = new ArrayList<>();
    for (ActorMention a : f.actors()) {
      out.add(Mention.of(si, a.begin(), a.end(), a.text(), Kind.ACTOR, a.actor().id(), a.actor().name()));
    }
    for (ResolvedPlace p : f.places()) {
      out.add(new Mention(si, p.begin(), p.end(), p.text(), Kind.LOCATION,
          p.geonameId() == null ? null : Long.toString(p.geonameId()), p.name(), p.featureCode(), p.countryCode(),
          p.admin1Code(), p.admin1Name(), p.latitude(), p.longitude(), p.isResolved() ? p.geoPrecision() : null,
          p.confidence(), p.candidates() == null ? List.of() : p.candidates()));
    }
    for (DateMention d : f.dates()) {
      out.add(Mention.of(si, d.begin(), d.end(), d.text(), Kind.DATE, d.date().toString(), precisionName(d.precision())));
    }
    for (PhraseMatch<Trigger> t : f.triggers()) {
      out.add(Mention.of(si, t.begin(), t.end(), t.text(text), Kind.CLAIM_TRIGGER, t.value().subEventType(),
          t.value().eventType()));
    }
    for (Frame fr : frames) {
      for (Claimant c : fr.claimants()) {
        out.add(Mention.of(si, c.begin(), c.end(), c.text(), Kind.QUOTE_SOURCE,
            c.actor() == null ? null : c.actor().id(), c.actor() == null ? null : c.actor().name()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::begin).thenComparing(m -> m.kind().ordinal()));
    return out;
  }

  private static String precisionName(int precision) {
    return switch (precision) {
      case DateMention.DAY -> "day";
      case DateMention.WEEK -> "week";
      default -> "month";
    };
  }
}
