package org.borderwatch.cli;

import java.util.List;
import java.util.Map;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunManifest;

/**
 * The stages that turn a corpus into tables, in order, as {@code eval} and {@code bench} run them.
 * A new stage is one more line in {@link #ALL}.
 */
final class PipelineStages {
  /** What a pipeline run works on: the corpus, how to ingest it, and the extraction knowledge. */
  record Request(CorpusSpec corpus, RunMode mode, ExtractOptions extract) {}

  /** Runs one stage of a run over the output root of {@code session}; returns its counts. */
  interface Action {
    Map<String, Long> run(JobSession session, RunContext run, Request request, RunManifest manifest, Console console);
  }

  record Stage(String name, Action action) {}

  static final List<Stage> ALL = List.of(
      new Stage("ingest", (session, run, request, manifest, console) ->
          IngestCommand.ingest(session, run, request.corpus(), request.mode(), manifest, console).counts()),
      new Stage("extract", (session, run, request, manifest, console) ->
          ExtractCommand.extract(session, run, request.extract(), request.mode(), manifest, console).counts()),
      new Stage("aggregate", (session, run, request, manifest, console) ->
          AggregateCommand.aggregate(session, run, request.mode(), manifest, console).counts()));

  private PipelineStages() {}

  static List<String> names() {
    return ALL.stream().map(Stage::name).toList();
  }

  /** Runs every stage in order, recording each in the manifest. */
  static void runAll(JobSession session, RunContext run, Request request, RunManifest manifest, Console console) {
    for (Stage s : ALL) {
      s.action().run(session, run, request, manifest, console);
    }
  }
}
