package org.borderwatch.geo;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** GeoNames ids of the test gazetteer under {@code src/test/resources/geo/gazetteer/}, and loading it. */
public final class TestPlaces {
  public static final long MOSCOW_RU = 524901;
  public static final long MOSCOW_ID = 5601538;
  public static final long SPRINGFIELD_IL = 4250542;
  public static final long SPRINGFIELD_MA = 4951788;
  public static final long SPRINGFIELD_MO = 4409896;
  public static final long BELGOROD = 578072;
  public static final long BELGOROD_OBLAST = 578071;
  public static final long GRAYVORON = 559034;
  public static final long KRASNOHORIVKA = 704393;
  public static final long DONETSK_OBLAST = 709716;
  public static final long KHARKIV = 706483;
  public static final long DONETSK = 709717;
  public static final long VUHLEHIRSK = 690822;
  public static final long KYIV = 703448;
  public static final long LVIV = 702550;
  public static final long DMYTRIVKA_KYIV = 710001;
  public static final long DMYTRIVKA_ODESA = 710002;
  public static final long UKRAINE = 690791;
  public static final long RUSSIA = 2017370;
  public static final int FIXTURE_PLACE_ROWS = 27;

  private static GeoNamesKnowledge knowledge;

  private TestPlaces() {}

  public static Path gazetteerDir() {
    try {
      return Path.of(TestPlaces.class.getClassLoader().getResource("geo/gazetteer/cities.txt").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static synchronized GeoNamesKnowledge knowledge() {
    if (knowledge == null) {
      knowledge = GeoNamesKnowledge.load(GazetteerFiles.directory(gazetteerDir()), GazetteerOptions.defaults());
    }
    return knowledge;
  }
}
