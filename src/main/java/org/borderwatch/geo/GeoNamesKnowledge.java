package org.borderwatch.geo;

import org.borderwatch.geo.borders.BorderRegions;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.CrossBorderDistances;
import org.borderwatch.geo.borders.BoundaryOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link GeoKnowledge} over a GeoNames gazetteer: the compact {@link Gazetteer} index, {@link Countries},
 * {@link BorderRegions} and {@link Boundaries} (the bundled ones unless replaced). Immutable and serializable; build it once on the
 * driver ({@link #bundled()}, {@link #load(GazetteerFiles, GazetteerOptions)}, or
 * {@code geo.spark.GeoKnowledgeLoader} for HDFS/S3) and broadcast it.
 */
public final class GeoNamesKnowledge implements GeoKnowledge {
  private static final long serialVersionUID = 1L;
  private static final AtomicReference<GeoNamesKnowledge> BUNDLED = new AtomicReference<>();

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final BorderRegions borderRegions;
  private final NameContexts nameContexts;
  private final Boundaries boundaries;
  private final String boundariesSource;
  private final CrossBorderDistances distances;
  private final GazetteerOptions options;
  private final LoadReport report;

  GeoNamesKnowledge(Gazetteer gazetteer, Countries countries, BorderRegions borderRegions, NameContexts nameContexts,
      GazetteerOptions options, LoadReport report) {
    this(gazetteer, countries, borderRegions, nameContexts, null, null, CrossBorderDistances.defaults(), options,
        report);
  }

  private GeoNamesKnowledge(Gazetteer gazetteer, Countries countries, BorderRegions borderRegions,
      NameContexts nameContexts, Boundaries boundaries, String boundariesSource, CrossBorderDistances distances,
      GazetteerOptions options, LoadReport report) {
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.borderRegions = borderRegions;
    this.nameContexts = nameContexts;
    this.boundaries = boundaries;
    this.boundariesSource = boundariesSource;
    this.distances = distances;
    this.options = options;
    this.report = report;
  }

  /** The gazetteer and boundaries bundled in the jar with default options; loaded once per JVM. */
  public static GeoNamesKnowledge bundled() {
    GeoNamesKnowledge k = BUNDLED.get();
    if (k == null) {
      BoundaryOptions defaults = BoundaryOptions.defaults();
      k = load(GazetteerFiles.bundled(), GazetteerOptions.defaults())
          .withBoundaries(Boundaries.bundled(defaults.view()), Boundaries.describeBundled(defaults.view()), defaults);
      BUNDLED.compareAndSet(null, k);
    }
    return BUNDLED.get();
  }

  public static GeoNamesKnowledge load(GazetteerFiles files) {
    return load(files, GazetteerOptions.defaults());
  }

  public static GeoNamesKnowledge load(GazetteerFiles files, GazetteerOptions options) {
    return GazetteerLoader.load(files, options);
  }

  /** A local folder of GeoNames files. */
  public static GeoNamesKnowledge load(Path dir, GazetteerOptions options) {
    return load(GazetteerFiles.directory(dir), options);
  }

  /**
   * The same knowledge with country boundaries for {@link #borderDistanceKm} and border areas.
   *
   * @param source what the boundaries are, for the run manifest ("bundled Natural Earth …, de-jure")
   */
  public GeoNamesKnowledge withBoundaries(Boundaries countryBoundaries, String source, BoundaryOptions boundaryOptions) {
    return new GeoNamesKnowledge(gazetteer, countries, borderRegions, nameContexts, countryBoundaries, source,
        boundaryOptions.distances(), options, report);
  }

  /** The same knowledge with another load report (read back from {@link GazetteerCache} rather than built). */
  GeoNamesKnowledge withLoadReport(LoadReport loadReport) {
    return new GeoNamesKnowledge(gazetteer, countries, borderRegions, nameContexts, boundaries, boundariesSource,
        distances, options, loadReport);
  }

  /** The same knowledge without boundaries: border areas from the admin1 list only, no border distances. */
  public GeoNamesKnowledge withoutBoundaries() {
    return new GeoNamesKnowledge(gazetteer, countries, borderRegions, nameContexts, null, null, distances, options,
        report);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Countries countries() {
    return countries;
  }

  /** Words that make a capitalised name a publication, an institution, an adjective or a speaker. */
  public NameContexts nameContexts() {
    return nameContexts;
  }

  public GazetteerOptions options() {
    return options;
  }

  public LoadReport loadReport() {
    return report;
  }

  @Override
  public String version() {
    return report.version();
  }

  @Override
  public GeoNamesParser parser() {
    return new GeoNamesParser(this);
  }

  @Override
  public Optional<String> countryOf(String nameOrDemonym) {
    return nameOrDemonym == null ? Optional.empty() : countries.countryOf(nameOrDemonym);
  }

  @Override
  public Optional<String> countryName(String iso2) {
    return countries.name(iso2);
  }

  @Override
  public Optional<String> admin1Name(String admin1Code) {
    return Optional.ofNullable(admin1Code == null ? null : gazetteer.admin1Name(admin1Code));
  }

  @Override
  public boolean neighbours(String iso2a, String iso2b) {
    return countries.neighbours(iso2a, iso2b);
  }

  @Override
  public boolean isBorderRegion(String admin1Code, String otherIso2) {
    return borderRegions.isBorderRegion(admin1Code, otherIso2);
  }

  @Override
  public OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude) {
    return boundaries == null ? OptionalDouble.empty() : boundaries.borderDistanceKm(iso2, latitude, longitude);
  }

  @Override
  public OptionalDouble borderDistanceKm(String iso2, String otherIso2, double latitude, double longitude) {
    return boundaries == null ? OptionalDouble.empty()
        : boundaries.borderDistanceKm(iso2, otherIso2, latitude, longitude);
  }

  @Override
  public CrossBorderDistances crossBorderDistances() {
    return distances;
  }

  @Override
  public boolean hasBoundaries() {
    return boundaries != null;
  }

  @Override
  public boolean sharesBoundary(String iso2a, String iso2b) {
    return boundaries != null && boundaries.share(iso2a, iso2b);
  }

  @Override
  public String borderAreaBasis() {
    return boundaries == null ? GeoKnowledge.super.borderAreaBasis()
        : String.format(java.util.Locale.ROOT, "by distance to the border (incursion %s km, fire %s km, border area "
            + "%s km; %s); admin1 border regions only for pairs the boundaries give no shared border",
            distances.incursionKm(), distances.fireKm(), distances.borderAreaKm(), boundariesSource);
  }
}
