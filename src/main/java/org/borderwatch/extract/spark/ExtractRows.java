package org.borderwatch.extract.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Mention;
import org.borderwatch.geo.Candidate;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.Versions;

/** {@link Mention}s and {@link Claim}s to rows in {@link Schemas#MENTIONS} / {@link Schemas#CLAIMS} column order. */
final class ExtractRows {
  private ExtractRows() {}

  /** Article columns that every output row repeats. */
  record ArticleKey(String articleId, String source, String url, Timestamp publishedAt, Date publishedDate) {}

  /** Run columns that every output row repeats. */
  record Stamp(String runId, String gazetteerVersion, String extractorVersion) implements java.io.Serializable {}

  static Row mention(ArticleKey a, Mention m, Stamp stamp) {
    return RowFactory.create(a.articleId(), a.publishedDate(), m.sentenceIndex(), m.begin(), m.end(), m.text(),
        m.kind().name(), m.resolvedId(), m.resolvedName(), m.featureCode(), m.countryCode(), m.admin1Code(),
        m.admin1Name(), m.latitude(), m.longitude(), m.geoPrecision(), m.confidence(), candidates(m.candidates()),
        stamp.runId(), Versions.pipeline(), stamp.gazetteerVersion());
  }

  private static Row[] candidates(List<Candidate> candidates) {
    return candidates.stream()
        .map(c -> RowFactory.create(c.geonameId(), c.name(), c.featureCode(), c.countryCode(), c.admin1Code(), c.score()))
        .toArray(Row[]::new);
  }

  static Row claim(ArticleKey a, Claim c, Stamp stamp) {
    Actor actor = c.resolvedActor();
    ResolvedPlace p = c.place();
    Actor claimant = c.claimant() == null ? null : c.claimant().actor();
    return RowFactory.create(c.claimId(), a.articleId(), a.source(), a.url(), a.publishedAt(), a.publishedDate(),
        c.sentenceIndex(), c.evidence(), c.evidenceBegin(), c.evidenceEnd(),
        c.actor() == null ? null : c.actor().text(), actor == null ? null : actor.id(),
        (actor == null ? ActorType.UNKNOWN : actor.type()).name(), actor == null ? null : actor.side(),
        actor == null ? null : actor.nationality(),
        c.predicate(), c.eventType(), c.subEventType(),
        p == null ? null : p.text(), p == null ? null : p.geonameId(), p == null ? null : p.name() != null ? p.name() : p.text(),
        p == null ? null : p.admin1Code(), p == null ? null : p.admin1Name(), p == null ? null : p.countryCode(),
        p == null ? null : p.latitude(), p == null ? null : p.longitude(),
        p == null || !p.isResolved() ? null : p.geoPrecision(), c.originCountry(),
        c.claimant() == null ? null : c.claimant().text(), claimant == null ? null : claimant.id(),
        claimant == null ? null : claimant.type().name(), claimant == null ? null : claimant.side(),
        c.attribution().name(), c.modality().name(), Date.valueOf(c.eventDate()), c.timePrecision(),
        c.crossBorder(), c.crossBorderKind() == null ? null : c.crossBorderKind().name(),
        c.crossBorderBasis() == null ? null : c.crossBorderBasis().name(), c.borderDistanceKm(),
        c.confidence(), stamp.extractorVersion(), stamp.runId(), Versions.pipeline(), stamp.gazetteerVersion());
  }
}
