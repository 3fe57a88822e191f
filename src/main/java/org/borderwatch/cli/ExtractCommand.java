package org.borderwatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.lexicon.RequiredPlace;
import org.borderwatch.extract.spark.ExtractJob;
import org.borderwatch.extract.spark.ExtractionRulesLoader;
import org.borderwatch.geo.borders.BoundaryOptions;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.spark.GeoKnowledgeLoader;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunManifest;
import org.borderwatch.io.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code borderwatch extract}: articles → mentions, claims, rejects. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract actor–location–claim tuples and every actor, place, date, trigger and quote-source "
        + "mention from the articles table; an article the extractor cannot handle goes to rejects.")
final class ExtractCommand implements Callable<Integer> {
  @Mixin OutputOptions output;
  @Mixin ModeOptions mode;
  @Mixin ExtractOptions extract;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    Console console = Console.stdout();
    try (JobSession session = JobSession.open("extract", sparkOptions, output.out)) {
      if (!session.store().exists(Schemas.ARTICLES)) {
        throw new Main.UsageException("no articles table under " + session.store().root() + " (run ingest first)");
      }
      String articles = session.store().pathOf(Schemas.ARTICLES);
      RunContext run = RunContext.create("extract", output.out, List.of(articles),
          List.of(articles, String.valueOf(extract.actors), String.valueOf(extract.lexicon),
              String.valueOf(extract.gazetteer), String.valueOf(extract.boundaries)), session.conf());
      RunManifest manifest = new RunManifest(run);
      extract(session, run, extract, mode.mode(), manifest, console);
      IngestCommand.finish(session, run, manifest, console);
      return 0;
    }
  }

  /** Under the output root: the built index of the last gazetteer folder used, read back by the next run. */
  static final String GAZETTEER_INDEX_CACHE = "_state/gazetteer-index";

  static ExtractJob.Result extract(JobSession session, RunContext run, ExtractOptions options, RunMode mode,
      RunManifest manifest, Console console) {
    ExtractionRules rules;
    GeoNamesKnowledge geo;
    try {
      rules = ExtractionRulesLoader.load(session.spark(), options.actors, options.lexicon)
          .requiring(RequiredPlace.parse(session.conf().get(ConfKeys.EXTRACT_CLAIM_PLACE,
              ConfKeys.EXTRACT_CLAIM_PLACE_DEFAULT)));
      geo = GeoKnowledgeLoader.load(session.spark(), options.geoSettings(), GazetteerOptions.from(session.conf()),
          BoundaryOptions.from(session.conf()), session.store().root() + "/" + GAZETTEER_INDEX_CACHE);
    } catch (BorderwatchException | IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    console.progress("extract", "gazetteer " + geo.version() + " (" + geo.loadReport().places() + " places, loaded in "
        + geo.loadReport().millis() + " ms), rules " + rules.version());
    manifest.putVersion("gazetteer", geo.version());
    manifest.putVersion("extractor", rules.version());
    manifest.put("border_area", geo.borderAreaBasis());
    ExtractJob.Result r = ExtractJob.run(session.spark(), session.store(), run, rules, geo, mode);
    manifest.addStage("extract", r.counts(), r.rejectsByReason(), r.seconds());
    console.counts("extract", r.counts(), r.seconds());
    return r;
  }
}
