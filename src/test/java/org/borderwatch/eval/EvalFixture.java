package org.borderwatch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The hand-checkable evaluation fixture: eight ACLED-format gold events (plus one row with an
 * unreadable date) in {@code eval/acled-fixture.csv}, and the claims of each event's article below.
 * Distances from the gold points (haversine): UKR1002 claim 2.1 km, UKR1003 56.9 km, UKR1005 17.7 km
 * (region-level gold), UKR1006 6.0 km and 56.7 km, UKR1008 130.4 km, UKR1001's second claim 14.3 km.
 */
public final class EvalFixture {
  public static final String GOLD_RESOURCE = "/eval/acled-fixture.csv";

  private EvalFixture() {}

  public static GoldFile gold() {
    try (InputStream in = EvalFixture.class.getResourceAsStream(GOLD_RESOURCE)) {
      return AcledGoldReader.read(in, GOLD_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClaimSummary claim(String id, String event, String type, String sub, String place, String admin1,
      Double lat, Double lon, String side, double confidence) {
    return new ClaimSummary(id, "article-" + event, type, sub, place, null, admin1, "UA", lat, lon,
        lat == null ? null : 1, side == null ? null : "forces of " + side, side, "MEDIA_REPORT", "ASSERTED", null,
        confidence);
  }

  static final String BATTLES = "Battles";
  static final String EXPLOSIONS = "Explosions/Remote violence";
  static final String SHELLING = "Shelling/artillery/missile attack";

  /** Claims by gold event id; UKR1004 has none. */
  public static final Map<String, List<ClaimSummary>> CLAIMS = Map.of(
      "UKR1001", List.of(
          claim("c1a", "UKR1001", BATTLES, "Armed clash", "Avdiivka", "Donetsk Oblast", 48.1394, 37.7497, "RU", 0.9),
          claim("c1b", "UKR1001", EXPLOSIONS, SHELLING, "Donetsk", "Donetsk Oblast", 48.0159, 37.8028, "UA", 0.5)),
      "UKR1002", List.of(
          claim("c2", "UKR1002", EXPLOSIONS, SHELLING, "Kharkiv", "Kharkiv Oblast", 49.9935, 36.2304, "UA", 0.8)),
      "UKR1003", List.of(
          claim("c3", "UKR1003", EXPLOSIONS, SHELLING, "Zaporizhzhia", "Zaporizhzhia Oblast", 47.8388, 35.1396, "UA", 0.6)),
      "UKR1005", List.of(
          claim("c5", "UKR1005", "Violence against civilians", "Attack", "Bilozerka", "Kherson Oblast", 46.6365, 32.3847,
              null, 0.5)),
      "UKR1006", List.of(
          claim("c6a", "UKR1006", BATTLES, "Armed clash", "Lysychansk", "Luhansk Oblast", 48.9048, 38.4424, "RU", 0.4),
          claim("c6b", "UKR1006", BATTLES, "Government regains territory", "Svatove", "Luhansk Oblast", 49.4094, 38.1583,
              "UA", 0.9),
          claim("c6c", "UKR1006", "Protests", "Peaceful protest", "Kyiv", "Kyiv City", 50.4501, 30.5234, "UA", 0.7)),
      "UKR1007", List.of(
          claim("c7", "UKR1007", "Strategic developments", "Disrupted weapons use", "Odesa", "Odesa Oblast", null, null,
              "UA", 0.7)),
      "UKR1008", List.of(
          claim("c8", "UKR1008", EXPLOSIONS, SHELLING, "Belgorod", "Belgorod Oblast", 50.5977, 36.5858, "RU", 0.8)));

  public static List<ClaimSummary> allClaims() {
    return CLAIMS.values().stream().flatMap(List::stream).toList();
  }
}
