package org.borderwatch.geo.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.BorderwatchException;
import org.borderwatch.geo.borders.AreaReassignments;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.BoundaryOptions;
import org.borderwatch.geo.borders.CountryPolygons;
import org.borderwatch.geo.GazetteerCache;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.GeoSettings;

/**
 * Driver-side loading of {@link GeoNamesKnowledge} from the paths in {@link GeoSettings}, through Hadoop
 * FileSystem so that local, HDFS and S3 folders all work; a null gazetteer folder means the bundled one, null
 * boundaries the bundled Natural Earth ones, drawn in the view of {@link BoundaryOptions}. Broadcast the result with
 * {@link GeoBroadcast#of}.
 */
public final class GeoKnowledgeLoader {
  private GeoKnowledgeLoader() {}

  public static GeoNamesKnowledge load(SparkSession spark, GeoSettings settings) {
    return load(spark, settings, GazetteerOptions.defaults(), BoundaryOptions.defaults(), null);
  }

  /**
   * @param indexCacheDir folder of {@link GazetteerCache} entries for a gazetteer folder's built index (the output
   *     root's {@code _state}); null builds it afresh
   */
  public static GeoNamesKnowledge load(SparkSession spark, GeoSettings settings, GazetteerOptions options,
      BoundaryOptions boundaryOptions, String indexCacheDir) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    boolean bundledBoundaries = settings.boundaries() == null && boundaryOptions.deJureAreas() == null;
    GeoNamesKnowledge knowledge;
    if (settings.gazetteerDir() == null) {
      if (boundaryOptions.equals(BoundaryOptions.defaults()) && bundledBoundaries
          && options.equals(GazetteerOptions.defaults())) {
        return GeoNamesKnowledge.bundled();
      }
      knowledge = GeoNamesKnowledge.load(GazetteerFiles.bundled(), options);
    } else {
      try {
        GazetteerFiles files = new HadoopGazetteerFiles(settings.gazetteerDir(), conf);
        knowledge = indexCacheDir == null ? GeoNamesKnowledge.load(files, options)
            : new GazetteerCache(new HadoopGazetteerCacheStore(indexCacheDir, conf)).load(files, options).knowledge();
      } catch (IOException e) {
        throw new BorderwatchException("cannot open gazetteer folder " + settings.gazetteerDir() + ": " + e.getMessage(), e);
      }
    }
    if (bundledBoundaries) {
      return knowledge.withBoundaries(Boundaries.bundled(boundaryOptions.view()),
          Boundaries.describeBundled(boundaryOptions.view()), boundaryOptions);
    }
    AreaReassignments areas = boundaryOptions.deJureAreas() == null ? AreaReassignments.bundled()
        : read(conf, boundaryOptions.deJureAreas(), "de-jure areas", AreaReassignments::read);
    CountryPolygons polygons = settings.boundaries() == null ? CountryPolygons.bundled()
        : read(conf, settings.boundaries(), "boundaries", CountryPolygons::read);
    String source = (settings.boundaries() == null ? Boundaries.describeBundled(boundaryOptions.view())
        : settings.boundaries() + ", " + boundaryOptions.view().key() + " view")
        + (boundaryOptions.deJureAreas() == null ? "" : ", areas of " + boundaryOptions.deJureAreas());
    return knowledge.withBoundaries(Boundaries.of(boundaryOptions.view().draw(polygons, areas)), source,
        boundaryOptions);
  }

  private interface Reader<T> {
    T read(InputStream in, String location) throws IOException;
  }

  private static <T> T read(Configuration conf, String location, String what, Reader<T> reader) {
    Path path = new Path(location);
    try (InputStream in = FileSystem.get(path.toUri(), conf).open(path)) {
      return reader.read(in, location);
    } catch (IOException e) {
      throw new BorderwatchException("cannot read " + what + " " + location + ": " + e.getMessage(), e);
    }
  }
}
