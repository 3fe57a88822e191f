package org.borderwatch.geo;

import java.io.Serializable;

/**
 * Where the geographic knowledge comes from, as chosen on the command line ({@code --gazetteer},
 * {@code --boundaries}) and in configuration ({@code borderwatch.geo.*}).
 *
 * @param gazetteerDir folder of GeoNames dump files (local, HDFS, S3); null for the gazetteer bundled in the jar
 * @param boundaries GeoJSON file of country boundaries; null for the ones bundled in the jar
 */
public record GeoSettings(String gazetteerDir, String boundaries) implements Serializable {

  public static GeoSettings bundled() {
    return new GeoSettings(null, null);
  }
}
