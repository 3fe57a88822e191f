package org.borderwatch.extract;

/**
 * GeoNames ids (or the bundled gazetteer's local ids, from 900000001 up) of places in
 * {@code src/main/resources/borderwatch/gazetteer/} that extractor tests expect.
 */
public final class BundledPlaces {
  public static final long KOZINKA = 900000001;
  public static final long GORA_PODOL = 900000002;
  public static final long BELGOROD = 578072;
  public static final long BELGOROD_OBLAST = 578071;
  public static final long GRAIVORON_DISTRICT = 824990;
  public static final long SHEBEKINO = 495112;
  public static final long BAKHMUT = 713174;

  private BundledPlaces() {}
}
