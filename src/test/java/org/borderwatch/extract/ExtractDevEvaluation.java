package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.Claim;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.univocity.parsers.common.record.Record;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.nlp.RuleSentenceSplitter;

/**
 * Development-only quality check of the extractor on an ACLED export (each row's {@code notes} is an
 * article published on {@code event_date}), with the GeoNames folder given: the first claim of each
 * note is compared with the gold event. Not a test: it needs data the repository does not ship.
 *
 * <pre>java -cp … org.borderwatch.extract.ExtractDevEvaluation ACLED_CSV GEONAMES_DIR</pre>
 */
public final class ExtractDevEvaluation {
  private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** {@code -Dshow=misses} prints each note whose first claim is in the wrong admin1, for error analysis. */
  private static final boolean SHOW = "misses".equals(System.getProperty("show"));

  private ExtractDevEvaluation() {}

  public static void main(String[] args) throws IOException {
    GeoKnowledge geo = GeoNamesKnowledge.load(Path.of(args[1]), GazetteerOptions.defaults());
    ArticleExtractor extractor = new ArticleExtractor(ExtractionRules.bundled(), geo);
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    int n = 0, withClaim = 0, place = 0, admin1 = 0, side = 0, event = 0, sub = 0;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      CsvParserSettings settings = new CsvParserSettings();
      settings.setHeaderExtractionEnabled(true);
      settings.setMaxCharsPerColumn(100_000);
      for (Record r : new CsvParser(settings).parseAllRecords(in)) {
        n++;
        String text = r.getString("notes");
        LocalDate published = LocalDate.parse(r.getString("event_date"), ACLED_DATE);
        List<Claim> claims = extractor.extract("acled-" + r.getString("event_id_cnty"), text, published, splitter.split(text))
            .claims();
        if (claims.isEmpty()) {
          continue;
        }
        withClaim++;
        Claim c = claims.get(0);
        double lat = Double.parseDouble(r.getString("latitude"));
        double lon = Double.parseDouble(r.getString("longitude"));
        String goldAdmin1 = r.getString("admin1");
        boolean sameAdmin1 = c.place() != null && c.place().admin1Name() != null
            && fold(c.place().admin1Name()).startsWith(fold(goldAdmin1).substring(0, Math.min(4, fold(goldAdmin1).length())));
        boolean near = claims.stream().anyMatch(x -> x.place() != null && x.place().latitude() != null
            && km(lat, lon, x.place().latitude(), x.place().longitude()) <= 25);
        if (r.getString("geo_precision").equals("3") ? sameAdmin1 : near) {
          place++;
        }
        admin1 += sameAdmin1 ? 1 : 0;
        String goldSide = sideOf(r.getString("actor1"));
        if (SHOW && !sameAdmin1) {
          System.err.println("admin1 " + r.getString("location") + "/" + goldAdmin1 + " <> " + (c.place() == null ? null
              : c.place().text() + "/" + c.place().admin1Name() + "/" + c.place().countryCode()) + " | " + text);
        }
        if (SHOW && (goldSide == null || c.resolvedActor() == null || !goldSide.equals(c.resolvedActor().side()))) {
          System.err.println("side " + r.getString("actor1") + " <> " + (c.actor() == null ? null : c.actor().text())
              + " | " + c.predicate() + " | " + text);
        }
        side += goldSide != null && c.resolvedActor() != null && goldSide.equals(c.resolvedActor().side()) ? 1 : 0;
        event += r.getString("event_type").equals(c.eventType()) ? 1 : 0;
        sub += r.getString("sub_event_type").equals(c.subEventType()) ? 1 : 0;
      }
    }
    System.out.printf("events %d, with a claim %d (%.1f%%)%n", n, withClaim, 100.0 * withClaim / n);
    Map<String, Integer> figures = new java.util.LinkedHashMap<>();
    figures.put("place within 25 km (admin1 when gold precision 3)", place);
    figures.put("admin1 match", admin1);
    figures.put("acting side = actor1's country", side);
    figures.put("event type", event);
    figures.put("sub-event type", sub);
    int total = n;
    figures.forEach((k, v) -> System.out.printf("%-50s %5.1f%%  (%d/%d)%n", k, 100.0 * v / total, v, total));
  }

  /**
   * The country of ACLED's actor1: state forces by their country, Donbas separatist forces as Russia's side,
   * other actors by the country in brackets ("Civilians (Ukraine)").
   */
  static String sideOf(String actor1) {
    String a = actor1.toLowerCase(Locale.ROOT);
    if (a.contains("of russia") || a.startsWith("naf") || a.contains("novorossiya") || a.contains("dpr")
        || a.contains("lpr") || a.contains("wagner")) {
      return "RU";
    }
    if (a.contains("of ukraine")) {
      return "UA";
    }
    if (a.contains("belarus")) {
      return "BY";
    }
    if (a.endsWith("(ukraine)")) {
      return "UA";
    }
    if (a.endsWith("(russia)")) {
      return "RU";
    }
    return null;
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace("kiev", "kyiv").replace("zz", "z");
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
}
