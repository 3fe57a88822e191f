package org.borderwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.eval.AcledEvaluator;
import org.borderwatch.eval.AcledGoldReader;
import org.borderwatch.eval.ActorCountries;
import org.borderwatch.eval.Admin1Names;
import org.borderwatch.eval.EvalReport;
import org.borderwatch.eval.EvalTable;
import org.borderwatch.eval.GoldCorpus;
import org.borderwatch.eval.GoldEvent;
import org.borderwatch.eval.GoldFile;
import org.borderwatch.eval.SampleEvaluator;
import org.borderwatch.eval.SampleGoldReader;
import org.borderwatch.eval.SampleReport;
import org.borderwatch.eval.spark.ClaimSummaries;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestMode;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunManifest;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code borderwatch eval}: extracted claims against a gold file. Claims come from an existing
 * output root ({@code --claims}), or from running the pipeline over {@code --input}, or over the gold
 * file itself turned into a corpus.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Compare extracted claims with human-coded gold: an ACLED export CSV (place within 25 km, admin1, "
        + "acting side, event and sub-event type, claims per event, worst misses) or the sample gold JSON Lines "
        + "(precision/recall/F1). Prints a table and writes a JSON report.")
final class EvalCommand implements Callable<Integer> {
  static final String SAMPLE_GOLD_RESOURCE = "/borderwatch/sample/gold.jsonl";

  enum GoldFormat { ACLED, SAMPLE }

  @Option(names = "--gold", paramLabel = "FILE",
      description = "gold file: an ACLED export CSV, or sample gold JSON Lines (see --gold-format)")
  String gold;

  @Option(names = "--gold-format", paramLabel = "FORMAT",
      description = "acled or sample; default: sample for .jsonl/.json files, else acled")
  String goldFormat;

  @Option(names = "--sample-gold",
      description = "use the sample gold bundled in the jar; without --claims or --input, runs the bundled sample corpus")
  boolean sampleGold;

  @Option(names = "--claims", paramLabel = "DIR",
      description = "output root holding the articles and claims tables to evaluate; default: run the pipeline into --out")
  String claims;

  @Option(names = "--to-corpus", paramLabel = "FILE",
      description = "only write the ACLED gold file as a JSON Lines corpus (id=event_id_cnty, text=notes, "
          + "published=event_date, source=source) and stop")
  String toCorpus;

  @Option(names = "--report-json", paramLabel = "FILE",
      description = "JSON report; default: <output root>/eval/eval.json")
  String reportJson;

  @Option(names = "--within-km", paramLabel = "KM",
      description = "distance within which a claim's place is the gold event's place; default: "
          + ConfKeys.EVAL_WITHIN_KM_DEFAULT + " (" + ConfKeys.EVAL_WITHIN_KM + ")")
  Double withinKm;

  @Option(names = "--worst", paramLabel = "N",
      description = "number of worst misses to list; default: " + ConfKeys.EVAL_WORST_MISSES_DEFAULT
          + " (" + ConfKeys.EVAL_WORST_MISSES + ")")
  Integer worst;

  @Option(names = "--actor-countries", paramLabel = "FILE",
      description = "ACLED actor name -> side country rules (<regex><TAB><country>); default: the bundled list")
  String actorCountries;

  @Option(names = "--admin1-aliases", paramLabel = "FILE",
      description = "admin1 spelling variants (<variant><TAB><canonical>); default: the bundled list")
  String admin1Aliases;

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws IOException {
    Console console = Console.stdout();
    if ((gold == null) == !sampleGold) {
      throw new Main.UsageException("give exactly one of --gold FILE and --sample-gold");
    }
    if (claims != null && input.input != null) {
      throw new Main.UsageException("--claims and --input exclude each other: evaluate existing tables or run a corpus");
    }
    Configuration hadoop = new Configuration();
    GoldFormat format = format();
    if (toCorpus != null) {
      if (format != GoldFormat.ACLED) {
        throw new Main.UsageException("--to-corpus needs an ACLED export CSV as --gold");
      }
      GoldFile file = readAcled(hadoop);
      String path = ReportFiles.writeLines(hadoop, toCorpus, file.events().stream().map(GoldCorpus::toJsonLine).toList());
      console.progress("eval", "wrote " + file.events().size() + " articles to " + path
          + (file.skipped().isEmpty() ? "" : "; skipped " + file.skipped().size() + " gold rows: " + file.skipped()));
      return 0;
    }
    String root = claims != null ? claims : output.out;
    try (JobSession session = JobSession.open("eval", sparkOptions, root)) {
      Configuration conf = session.spark().sparkContext().hadoopConfiguration();
      String report = reportJson != null ? reportJson : session.store().root() + "/eval/eval.json";
      if (format == GoldFormat.ACLED) {
        GoldFile file = readAcled(conf);
        console.progress("eval", "gold: " + file.events().size() + " ACLED events from " + gold
            + (file.skipped().isEmpty() ? "" : " (" + file.skipped().size() + " rows skipped)"));
        if (claims == null) {
          runPipeline(session, corpusForAcled(session, file), console);
        }
        return evaluateAcled(session, file, report, console);
      }
      SampleGoldReader.SampleGold sample = readSample(conf);
      console.progress("eval", "gold: " + sample.claims().size() + " claims in " + sample.articles().size()
          + " sample articles");
      if (claims == null) {
        runPipeline(session, CorpusInputs.resolve(input, session.conf(), session.spark(), root, sampleGold), console);
      }
      return evaluateSample(session, sample, report, console);
    }
  }

  private GoldFormat format() {
    if (sampleGold) {
      return GoldFormat.SAMPLE;
    }
    if (goldFormat == null) {
      String lower = gold.toLowerCase(Locale.ROOT);
      return lower.endsWith(".jsonl") || lower.endsWith(".json") ? GoldFormat.SAMPLE : GoldFormat.ACLED;
    }
    try {
      return GoldFormat.valueOf(goldFormat.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("unknown --gold-format '" + goldFormat + "'; expected acled or sample");
    }
  }

  private GoldFile readAcled(Configuration conf) throws IOException {
    try (InputStream in = ReportFiles.open(conf, gold)) {
      return AcledGoldReader.read(in, gold);
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  private SampleGoldReader.SampleGold readSample(Configuration conf) throws IOException {
    try (InputStream in = sampleGold ? EvalCommand.class.getResourceAsStream(SAMPLE_GOLD_RESOURCE)
        : ReportFiles.open(conf, gold)) {
      if (in == null) {
        throw new Main.UsageException("this build bundles no sample gold (" + SAMPLE_GOLD_RESOURCE + ")");
      }
      return SampleGoldReader.read(in, sampleGold ? SAMPLE_GOLD_RESOURCE : gold);
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /** The corpus to run for ACLED gold: --input when given, else the gold events written as JSON Lines under the output root. */
  private CorpusSpec corpusForAcled(JobSession session, GoldFile file) {
    if (input.input != null) {
      return CorpusInputs.resolve(input, session.conf(), session.spark(), output.out, false);
    }
    String path = session.store().root() + "/eval/gold-corpus.jsonl";
    ReportFiles.writeLines(session.spark().sparkContext().hadoopConfiguration(), path,
        file.events().stream().map(GoldCorpus::toJsonLine).toList());
    return new CorpusSpec(path, InputFormat.JSONL, ColumnMapping.defaults());
  }

  private static void runPipeline(JobSession session, CorpusSpec corpus, Console console) {
    console.progress("eval", "running " + String.join(", ", PipelineStages.names()) + " over " + corpus.input());
    RunContext run = IngestCommand.newRun(session, "eval", corpus, session.store().root());
    RunManifest manifest = new RunManifest(run);
    PipelineStages.runAll(session, run, corpus, IngestMode.FULL, manifest, console);
    session.store().writeManifest(run.runId(), manifest.finish());
  }

  private int evaluateAcled(JobSession session, GoldFile file, String report, Console console) throws IOException {
    BorderwatchConf conf = session.conf();
    AcledEvaluator.Settings settings = new AcledEvaluator.Settings(
        withinKm != null ? withinKm : conf.getDouble(ConfKeys.EVAL_WITHIN_KM, ConfKeys.EVAL_WITHIN_KM_DEFAULT),
        worst != null ? worst : conf.getInt(ConfKeys.EVAL_WORST_MISSES, ConfKeys.EVAL_WORST_MISSES_DEFAULT));
    AcledEvaluator evaluator = new AcledEvaluator(loadActorCountries(session), loadAdmin1Names(session), settings);
    ClaimSummaries.Collected collected = collect(session, file.events().stream().map(GoldEvent::eventId).toList(), console);
    EvalReport result = evaluator.evaluate(file.events(), collected.byItem(), file.skipped());
    EvalTable.render(result).forEach(console::line);
    Map<String, Object> json = result.toMap();
    json.put("gold", gold);
    json.put("tables", session.store().root());
    console.line("");
    console.line("report: " + ReportFiles.writeJson(session.spark().sparkContext().hadoopConfiguration(), report, json));
    return 0;
  }

  private int evaluateSample(JobSession session, SampleGoldReader.SampleGold sample, String report, Console console) {
    ClaimSummaries.Collected collected = collect(session, List.copyOf(sample.articles()), console);
    SampleReport result = SampleEvaluator.evaluate(sample, collected.byItem());
    EvalTable.render(result).forEach(console::line);
    Map<String, Object> json = result.toMap();
    json.put("gold", sampleGold ? "bundled:" + SAMPLE_GOLD_RESOURCE : gold);
    json.put("tables", session.store().root());
    console.line("");
    console.line("report: " + ReportFiles.writeJson(session.spark().sparkContext().hadoopConfiguration(), report, json));
    return 0;
  }

  private ClaimSummaries.Collected collect(JobSession session, List<String> itemIds, Console console) {
    TableStore store = session.store();
    if (!store.exists(Schemas.CLAIMS)) {
      throw new BorderwatchException("no claims table at " + store.pathOf(Schemas.CLAIMS) + " (stages run by this build: "
          + String.join(", ", PipelineStages.names()) + "); run extract first or point --claims at an output root that has one");
    }
    int cap = session.conf().getInt(ConfKeys.EVAL_MAX_CLAIMS_PER_ITEM, ConfKeys.EVAL_MAX_CLAIMS_PER_ITEM_DEFAULT);
    ClaimSummaries.Collected collected = ClaimSummaries.collect(session.spark(), store.read(Schemas.ARTICLES),
        store.read(Schemas.CLAIMS), itemIds, cap);
    console.progress("eval", collected.itemsWithArticle() + " of " + itemIds.size() + " gold items have an article, "
        + collected.byItem().size() + " have claims");
    if (collected.itemsWithArticle() == 0) {
      throw new BorderwatchException("no article in " + store.pathOf(Schemas.ARTICLES) + " has a gold id as input_id; "
          + "ingest the gold corpus with its ids (eval --to-corpus writes them as `id`)");
    }
    return collected;
  }

  private ActorCountries loadActorCountries(JobSession session) throws IOException {
    if (actorCountries == null) {
      return ActorCountries.bundled();
    }
    try (InputStream in = ReportFiles.open(session.spark().sparkContext().hadoopConfiguration(), actorCountries)) {
      return ActorCountries.parse(in, actorCountries);
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  private Admin1Names loadAdmin1Names(JobSession session) throws IOException {
    if (admin1Aliases == null) {
      return Admin1Names.bundled();
    }
    try (InputStream in = ReportFiles.open(session.spark().sparkContext().hadoopConfiguration(), admin1Aliases)) {
      return Admin1Names.parse(in, admin1Aliases);
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }
}
