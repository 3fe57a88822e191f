package org.borderwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.HomeRegions;
import org.borderwatch.geo.eval.GeoEvaluation;
import org.borderwatch.geo.eval.LglCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code borderwatch eval-geo}: geoparser figures on an LGL-format gold corpus, in plain Java (no Spark). */
@Command(name = "eval-geo", mixinStandardHelpOptions = true,
    description = "Evaluate place resolution on an LGL-format corpus: accuracy within 161 km, exact GeoNames id, "
        + "mean and median error given the gold names; precision and recall of place mentions from raw text.")
final class GeoEvalCommand implements Callable<Integer> {
  @Option(names = "--lgl", required = true, paramLabel = "FILE", description = "LGL-format XML gold corpus")
  Path lgl;

  @Option(names = "--gazetteer", paramLabel = "DIR",
      description = "local folder of GeoNames files; default: the gazetteer bundled in the jar")
  Path gazetteer;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a borderwatch.geo.* setting; repeatable")
  java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() {
    if (!Files.isRegularFile(lgl)) {
      throw new Main.UsageException("--lgl " + lgl + " is not a readable file");
    }
    if (gazetteer != null && !Files.isDirectory(gazetteer)) {
      throw new Main.UsageException("--gazetteer " + gazetteer + " is not a folder");
    }
    Console console = Console.stdout();
    BorderwatchConf settings = BorderwatchConf.load(null, conf);
    GazetteerOptions options = GazetteerOptions.from(settings);
    console.progress("eval-geo", "loading gazetteer " + (gazetteer == null ? "(bundled)" : gazetteer));
    GeoNamesKnowledge knowledge = GeoNamesKnowledge.load(
        gazetteer == null ? GazetteerFiles.bundled() : GazetteerFiles.directory(gazetteer), options);
    console.progress("eval-geo", knowledge.loadReport().toString());
    List<LglCorpus.Article> articles;
    try (InputStream in = Files.newInputStream(lgl)) {
      articles = LglCorpus.read(in, lgl.toString());
    } catch (IOException e) {
      throw new Main.UsageException("cannot read --lgl " + lgl + ": " + e.getMessage());
    }
    long start = System.nanoTime();
    GeoEvaluation.Report report = GeoEvaluation.evaluate(knowledge, articles, HomeRegions.Settings.from(settings));
    console.progress("eval-geo", String.format("evaluated %d articles in %.1fs", articles.size(),
        (System.nanoTime() - start) / 1e9));
    console.line(report.toString());
    return 0;
  }
}
