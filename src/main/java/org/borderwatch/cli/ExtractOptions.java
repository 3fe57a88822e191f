package org.borderwatch.cli;

import org.borderwatch.geo.GeoSettings;
import picocli.CommandLine.Option;

/** The knowledge the extract stage uses: gazetteer, boundaries, actor dictionary, claim lexicon. */
public final class ExtractOptions {
  @Option(names = "--gazetteer", paramLabel = "DIR",
      description = "folder of GeoNames files (allCountries.txt or cities500.txt, admin1CodesASCII.txt, countryInfo.txt); default: the small gazetteer bundled in the jar")
  String gazetteer;

  @Option(names = "--boundaries", paramLabel = "FILE",
      description = "GeoJSON country boundaries for border distances and border areas; default: the simplified Natural Earth boundaries bundled in the jar")
  String boundaries;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "actor dictionary (TSV, format in docs/extract.md); default: the one bundled in the jar")
  String actors;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "claim lexicon: triggers, cues, weapons (TSV, format in docs/extract.md); default: the one bundled in the jar")
  String lexicon;

  GeoSettings geoSettings() {
    return new GeoSettings(gazetteer, boundaries);
  }
}
