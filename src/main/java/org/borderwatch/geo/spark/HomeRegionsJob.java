package org.borderwatch.geo.spark;

import static org.apache.spark.sql.functions.col;
import static org.borderwatch.io.Columns.SOURCE;
import static org.borderwatch.io.Columns.TEXT;
import static org.borderwatch.io.Columns.URL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.geo.GeoParser;
import org.borderwatch.geo.HomeRegions;
import scala.Tuple2;

/**
 * Learns every source's {@link HomeRegions home region} from a corpus before extraction reads it: each article's
 * sure regions are found where the article lies, counted per source and region, and only the homes (one short row
 * per source that has one) reach the driver.
 */
public final class HomeRegionsJob {
  /** The region key that counts a source's articles placing anything for sure. */
  private static final String ANY = "";

  private HomeRegionsJob() {}

  /** {@code articles} needs the columns source, url and text. */
  public static HomeRegions learn(Dataset<Row> articles, GeoBroadcast geo, HomeRegions.Settings settings) {
    if (!settings.enabled()) {
      return HomeRegions.NONE;
    }
    Map<String, String> homes = articles.select(col(SOURCE), col(URL), col(TEXT)).toJavaRDD()
        .mapPartitions(new SureRegions(geo))
        .mapToPair(sourceRegion -> new Tuple2<>(sourceRegion, 1L))
        .reduceByKey(Long::sum)
        .mapToPair(counted -> new Tuple2<>(counted._1()._1(), new Tuple2<>(counted._1()._2(), counted._2())))
        .groupByKey()
        .flatMapToPair(source -> {
          long sure = 0;
          Map<String, Long> byRegion = new HashMap<>();
          for (Tuple2<String, Long> regionCount : source._2()) {
            if (regionCount._1().equals(ANY)) {
              sure = regionCount._2();
            } else {
              byRegion.put(regionCount._1(), regionCount._2());
            }
          }
          String home = settings.home(sure, byRegion);
          return (home == null ? List.<Tuple2<String, String>>of() : List.of(new Tuple2<>(source._1(), home)))
              .iterator();
        })
        .collectAsMap();
    return HomeRegions.of(homes);
  }

  /** (source key, region) for each region an article places something in for sure, and (source, "") once for it. */
  private static final class SureRegions implements FlatMapFunction<Iterator<Row>, Tuple2<String, String>> {
    private final GeoBroadcast geo;

    SureRegions(GeoBroadcast geo) {
      this.geo = geo;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<Row> articles) {
      GeoParser parser = geo.value().parser();
      List<Tuple2<String, String>> out = new ArrayList<>();
      while (articles.hasNext()) {
        Row a = articles.next();
        String source = HomeRegions.sourceKey(a.getString(0), a.getString(1));
        if (source == null) {
          continue;
        }
        java.util.Set<String> regions;
        try {
          regions = HomeRegions.sureRegions(parser.parse(a.getString(2)));
        } catch (RuntimeException e) {
          // extraction reads the article again and sends it to rejects with the reason; here it only teaches nothing
          continue;
        }
        if (!regions.isEmpty()) {
          out.add(new Tuple2<>(source, ANY));
          regions.forEach(r -> out.add(new Tuple2<>(source, r)));
        }
      }
      return out.iterator();
    }
  }
}
