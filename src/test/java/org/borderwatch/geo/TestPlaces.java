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
  public static final long DONETSK_ROSTOV = 565348;
  public static final long VUHLEHIRSK = 690822;
  public static final long KYIV = 703448;
  public static final long LVIV = 702550;
  public static final long DMYTRIVKA_KYIV = 710001;
  public static final long DMYTRIVKA_ODESA = 710002;
  public static final long UKRAINE = 690791;
  public static final long RUSSIA = 2017370;
  public static final long EU_FRANCE = 900201;
  public static final long GLOBE_AZ = 900202;
  public static final long MAHDIA = 900203;
  public static final long CASABLANCA = 900204;
  public static final long MINNEOTA = 900205;
  public static final long KOZHANKA = 900206;
  public static final long MINNESOTA = 5037779;
  public static final long UNITED_STATES = 6252001;
  public static final long AFRICA = 6255146;
  public static final long EUROPEAN_UNION = 6695072;
  public static final int FIXTURE_PLACE_ROWS = 36;

  private static GeoNamesKnowledge knowledge;

  private TestPlaces() {}

  public static Path gazetteerDir() {
    try {
      return Path.of(TestPlaces.class.getClassLoader().getResource("geo/gazetteer/cities.txt").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mention of {@code name} in {@code text} as the test gazetteer resolves it; fails when there is none. */
  public static ResolvedPlace place(String text, String name) {
    return mentionOf(text, name).orElseThrow(() -> new AssertionError("no mention '" + name + "' in: "
        + knowledge().parser().parse(text)));
  }

  /** The mention of {@code name} in {@code text}, if the parser finds one. */
  public static java.util.Optional<ResolvedPlace> mentionOf(String text, String name) {
    return knowledge().parser().parse(text).stream().filter(p -> p.text().equals(name)).findFirst();
  }

  public static synchronized GeoNamesKnowledge knowledge() {
    if (knowledge == null) {
      knowledge = GeoNamesKnowledge.load(GazetteerFiles.directory(gazetteerDir()), GazetteerOptions.defaults());
    }
    return knowledge;
  }
}
