package org.borderwatch.geo.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.BorderwatchException;
import org.borderwatch.geo.Boundaries;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.GeoSettings;

/**
 * Driver-side loading of {@link GeoNamesKnowledge} from the paths in {@link GeoSettings}, through Hadoop
 * FileSystem so that local, HDFS and S3 folders all work; a null gazetteer folder means the bundled one.
 * Broadcast the result with {@link GeoBroadcast#of}.
 */
public final class GeoKnowledgeLoader {
  private GeoKnowledgeLoader() {}

  public static GeoNamesKnowledge load(SparkSession spark, GeoSettings settings) {
    return load(spark, settings, GazetteerOptions.defaults());
  }

  public static GeoNamesKnowledge load(SparkSession spark, GeoSettings settings, GazetteerOptions options) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    GeoNamesKnowledge knowledge;
    if (settings.gazetteerDir() == null) {
      knowledge = settings.boundaries() == null && options.equals(GazetteerOptions.defaults())
          ? GeoNamesKnowledge.bundled() : GeoNamesKnowledge.load(GazetteerFiles.bundled(), options);
    } else {
      try {
        knowledge = GeoNamesKnowledge.load(new HadoopGazetteerFiles(settings.gazetteerDir(), conf), options);
      } catch (IOException e) {
        throw new BorderwatchException("cannot open gazetteer folder " + settings.gazetteerDir() + ": " + e.getMessage(), e);
      }
    }
    if (settings.boundaries() == null) {
      return knowledge;
    }
    Path path = new Path(settings.boundaries());
    try (InputStream in = FileSystem.get(path.toUri(), conf).open(path)) {
      return knowledge.withBoundaries(Boundaries.read(in, settings.boundaries()));
    } catch (IOException e) {
      throw new BorderwatchException("cannot read boundaries " + settings.boundaries() + ": " + e.getMessage(), e);
    }
  }
}
