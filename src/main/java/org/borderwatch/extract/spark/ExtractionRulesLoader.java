package org.borderwatch.extract.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.BorderwatchException;
import org.borderwatch.extract.lexicon.ActorDictionary;
import org.borderwatch.extract.lexicon.ClaimLexicon;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.io.TsvFile;

/**
 * Loads the actor dictionary and claim lexicon on the driver, from user files (local, HDFS, S3, via
 * Hadoop FileSystem) or the ones bundled in the jar when a path is null.
 */
public final class ExtractionRulesLoader {
  private ExtractionRulesLoader() {}

  public static ExtractionRules load(SparkSession spark, String actorsFile, String lexiconFile) {
    return ExtractionRules.parse(
        actorsFile == null ? "bundled " + ActorDictionary.BUNDLED : actorsFile,
        actorsFile == null ? TsvFile.bundledLines(ActorDictionary.BUNDLED, "the actor dictionary") : read(spark, actorsFile),
        lexiconFile == null ? "bundled " + ClaimLexicon.BUNDLED : lexiconFile,
        lexiconFile == null ? TsvFile.bundledLines(ClaimLexicon.BUNDLED, "the claim lexicon") : read(spark, lexiconFile));
  }

  private static List<String> read(SparkSession spark, String file) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new BorderwatchException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
