package org.borderwatch.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Integrity of the data bundled in the jar: the sample corpus, its gold annotation and the gazetteer.
 * Reads the files directly, independent of the loaders, so a broken file is reported here first.
 */
class SampleDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = "/borderwatch/sample/";
  private static final String GAZETTEER = "/borderwatch/gazetteer/";

  /** The malformed records deliberately placed at the end of the corpus. */
  private static final int MALFORMED_AT_END = 5;
  /** The id whose line appears twice, identically. */
  private static final String DUPLICATED_ID = "s10";
  /** The village the gazetteer leaves out on purpose, so resolution must fall back to its admin1 region. */
  private static final String UNKNOWN_VILLAGE = "Glotovo";

  private static final Map<String, Set<String>> ACLED = Map.of(
      "Battles", Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
      "Explosions/Remote violence", Set.of("Shelling/artillery/missile attack", "Air/drone strike",
          "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon"),
      "Violence against civilians", Set.of("Attack", "Abduction/forced disappearance", "Sexual violence"),
      "Strategic developments", Set.of("Agreement", "Arrests", "Change to group/activity",
          "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
          "Non-violent transfer of territory", "Other"),
      "Protests", Set.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
      "Riots", Set.of("Violent demonstration", "Mob violence"));
  private static final Set<String> ACTOR_TYPES =
      Set.of("STATE_FORCE", "NONSTATE_ARMED", "GOVERNMENT", "OFFICIAL", "CIVILIANS", "MEDIA", "UNKNOWN");
  private static final Set<String> ATTRIBUTIONS = Set.of("SELF_CLAIM", "ADVERSARY_CLAIM", "THIRD_PARTY", "MEDIA_REPORT");
  private static final Set<String> MODALITIES = Set.of("ASSERTED", "CLAIMED", "DENIED", "UNCONFIRMED", "THREATENED");
  private static final Set<String> CROSS_BORDER_KINDS = Set.of("INCURSION", "CROSS_BORDER_FIRE", "AIR_DRONE", "BORDER_AREA");
  private static final List<String> CLAIM_FIELDS = List.of("actor", "actor_side", "actor_nationality", "actor_type",
      "predicate", "event_type", "sub_event_type", "location", "admin1", "admin1_code", "country", "geo_precision",
      "claimant", "claimant_side", "attribution", "modality", "event_date", "time_precision", "cross_border",
      "cross_border_kind", "origin_country");

  @Test
  void usableCorpusRecordsParseWithTextAndDate() throws IOException {
    List<String> lines = usableCorpusLines();
    assertThat(lines).as("usable sample articles, s01 to s39").hasSize(39);
    for (String line : lines) {
      JsonNode article = JSON.readTree(line);
      String id = article.path("id").asText();
      assertThat(article.isObject()).as("record %s is an object", id).isTrue();
      assertThat(id).as("id").matches("s\\d{2}");
      assertThat(article.path("url").asText()).as("url of %s", id).startsWith("https://").contains(".example/");
      assertThat(article.path("title").asText()).as("title of %s", id).isNotBlank();
      assertThat(article.path("source").asText()).as("source of %s", id).isNotBlank();
      assertThat(words(article.path("text").asText())).as("words in %s", id).isBetween(150, 500);
      assertThat(isDate(article.path("published").asText())).as("published of %s parses", id).isTrue();
    }
  }

  @Test
  void corpusCoversEveryDateFormAndANonEnglishArticle() throws IOException {
    List<JsonNode> articles = usableArticles();
    Set<String> forms = articles.stream().map(a -> dateForm(a.path("published").asText())).collect(Collectors.toSet());
    assertThat(forms).as("published forms").contains("date", "utc", "offset");
    assertThat(articles).as("a Cyrillic article")
        .anyMatch(a -> a.path("text").asText().chars().filter(c -> Character.UnicodeBlock.of(c)
            == Character.UnicodeBlock.CYRILLIC).count() > 100);
  }

  @Test
  void onlyTheDeliberateDuplicateRepeatsAnId() throws IOException {
    List<String> lines = corpusLines();
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (String line : lines.subList(0, lines.size() - MALFORMED_AT_END)) {
      byId.computeIfAbsent(JSON.readTree(line).path("id").asText(), k -> new ArrayList<>()).add(line);
    }
    Map<String, List<String>> repeated = byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(repeated.keySet()).as("ids appearing twice").containsExactly(DUPLICATED_ID);
    assertThat(repeated.get(DUPLICATED_ID)).as("the duplicate is byte-identical").hasSize(2)
        .allMatch(l -> l.equals(repeated.get(DUPLICATED_ID).get(0)));
  }

  @Test
  void malformedRecordsAtTheEndAreEachBadInTheirOwnWay() throws IOException {
    List<String> lines = corpusLines();
    List<String> bad = lines.subList(lines.size() - MALFORMED_AT_END, lines.size());
    assertThatThrownBy(() -> JSON.readTree(bad.get(0))).as("truncated line").isInstanceOf(JsonProcessingException.class);
    assertThat(JSON.readTree(bad.get(1)).has("text")).as("record without text").isFalse();
    assertThat(JSON.readTree(bad.get(2)).path("text").asText()).as("record with empty text").isEmpty();
    JsonNode undated = JSON.readTree(bad.get(3));
    assertThat(undated.path("text").asText()).as("undated record has text").isNotBlank();
    assertThat(isDate(undated.path("published").asText())).as("unparseable published").isFalse();
    assertThat(JSON.readTree(bad.get(4)).isArray()).as("array line").isTrue();
  }

  @Test
  void goldCoversEveryUsableArticleOnceWithValidValues() throws IOException {
    Set<String> corpusIds = new HashSet<>();
    for (JsonNode a : usableArticles()) {
      corpusIds.add(a.path("id").asText());
    }
    Set<String> admin1 = admin1Codes().keySet();
    Set<String> countries = countryInfo().keySet();
    Map<String, Integer> seen = new HashMap<>();
    int claims = 0;
    int empty = 0;
    for (String line : lines(SAMPLE + "gold.jsonl")) {
      JsonNode gold = JSON.readTree(line);
      String article = gold.path("article").asText();
      seen.merge(article, 1, Integer::sum);
      assertThat(corpusIds).as("gold article %s is in the corpus", article).contains(article);
      if (gold.path("claims").isEmpty()) {
        empty++;
      }
      for (JsonNode claim : gold.path("claims")) {
        claims++;
        checkClaim(article, claim, admin1, countries);
      }
    }
    assertThat(seen.keySet()).as("gold articles").isEqualTo(corpusIds);
    assertThat(seen.values()).as("one gold line per article").allMatch(n -> n == 1);
    assertThat(empty).as("non-incident articles").isGreaterThanOrEqualTo(3);
    assertThat(claims).as("gold claims").isGreaterThan(100);
  }

  private static void checkClaim(String article, JsonNode c, Set<String> admin1, Set<String> countries) {
    String at = article + " " + c.path("actor").asText() + " @ " + c.path("location").asText();
    assertThat(fieldNames(c)).as("fields of %s", at).containsExactlyInAnyOrderElementsOf(CLAIM_FIELDS);
    assertThat(ACLED).as("event type of %s", at).containsKey(c.path("event_type").asText());
    assertThat(ACLED.get(c.path("event_type").asText())).as("sub-event of %s", at).contains(c.path("sub_event_type").asText());
    assertThat(ACTOR_TYPES).as("actor type of %s", at).contains(c.path("actor_type").asText());
    assertThat(ATTRIBUTIONS).as("attribution of %s", at).contains(c.path("attribution").asText());
    assertThat(MODALITIES).as("modality of %s", at).contains(c.path("modality").asText());
    for (String f : List.of("actor_side", "actor_nationality", "claimant_side", "origin_country")) {
      if (!c.path(f).isNull()) {
        assertThat(countries).as("%s of %s", f, at).contains(c.path(f).asText());
      }
    }
    assertThat(countries).as("country of %s", at).contains(c.path("country").asText());
    if (!c.path("admin1_code").isNull()) {
      assertThat(admin1).as("admin1 of %s", at).contains(c.path("admin1_code").asText());
      assertThat(c.path("admin1_code").asText()).as("admin1 country of %s", at).startsWith(c.path("country").asText() + ".");
    }
    assertThat(c.path("geo_precision").asInt()).as("geo precision of %s", at).isBetween(1, 4);
    assertThat(c.path("time_precision").asInt()).as("time precision of %s", at).isBetween(1, 3);
    assertThat(LocalDate.parse(c.path("event_date").asText()).getYear()).as("event year of %s", at).isBetween(2022, 2024);
    boolean crossBorder = c.path("cross_border").asBoolean();
    assertThat(c.path("cross_border_kind").isNull()).as("kind present iff cross-border: %s", at).isEqualTo(!crossBorder);
    if (crossBorder) {
      assertThat(CROSS_BORDER_KINDS).as("cross-border kind of %s", at).contains(c.path("cross_border_kind").asText());
    }
  }

  @Test
  void everyGoldLocationIsInTheGazetteerExceptTheUnknownVillage() throws IOException {
    Map<String, Set<String>> admin1ByName = new HashMap<>();
    for (String[] row : cities()) {
      Set<String> names = new HashSet<>(Arrays.asList(row[3].split(",")));
      names.add(row[1]);
      names.add(row[2]);
      for (String n : names) {
        admin1ByName.computeIfAbsent(n, k -> new HashSet<>()).add(row[8] + "." + row[10]);
      }
    }
    assertThat(admin1ByName).as("the deliberately missing village").doesNotContainKey(UNKNOWN_VILLAGE);
    Set<String> unresolved = new HashSet<>();
    for (String line : lines(SAMPLE + "gold.jsonl")) {
      for (JsonNode c : JSON.readTree(line).path("claims")) {
        String location = c.path("location").asText();
        if (!admin1ByName.containsKey(location)) {
          unresolved.add(location);
          assertThat(c.path("geo_precision").asInt()).as("unknown %s falls back to its region", location).isEqualTo(3);
        } else if (!c.path("admin1_code").isNull()) {
          assertThat(admin1ByName.get(location)).as("a %s in %s", location, c.path("admin1").asText())
              .contains(c.path("admin1_code").asText());
        }
      }
    }
    assertThat(unresolved).as("gold locations missing from the gazetteer").containsExactly(UNKNOWN_VILLAGE);
  }

  @Test
  void citiesRowsAreWellFormedAndReferenceKnownRegions() throws IOException {
    Set<String> admin1 = admin1Codes().keySet();
    Set<String> admin2 = new HashSet<>();
    for (String line : lines(GAZETTEER + "admin2Codes.txt")) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("admin2 row %s", line).hasSize(4);
      assertThat(admin1).as("admin1 of admin2 %s", f[0]).contains(f[0].substring(0, f[0].lastIndexOf('.')));
      admin2.add(f[0]);
    }
    Set<String> countries = countryInfo().keySet();
    Set<Long> ids = new HashSet<>();
    List<String[]> rows = cities();
    assertThat(rows).as("gazetteer rows").hasSizeBetween(250, 550);
    for (String[] f : rows) {
      String at = f[0] + " " + f[1];
      assertThat(f).as("columns of %s", at).hasSize(19);
      assertThat(ids.add(Long.parseLong(f[0]))).as("unique id %s", at).isTrue();
      assertThat(Double.parseDouble(f[4])).as("latitude of %s", at).isBetween(-90.0, 90.0);
      assertThat(Double.parseDouble(f[5])).as("longitude of %s", at).isBetween(-180.0, 180.0);
      assertThat(Long.parseLong(f[14])).as("population of %s", at).isNotNegative();
      assertThat(f[6]).as("feature class of %s", at).isIn("A", "P");
      assertThat(countries).as("country of %s", at).contains(f[8]);
      if (f[7].equals("PCLI")) {
        continue;
      }
      assertThat(admin1).as("admin1 of %s", at).contains(f[8] + "." + f[10]);
      if (f[7].equals("ADM2")) {
        assertThat(admin2).as("admin2 of %s", at).contains(f[8] + "." + f[10] + "." + f[11]);
      }
    }
  }

  @Test
  void borderRegionsReferenceKnownRegionsAndRealNeighbours() throws IOException {
    Map<String, String> admin1 = admin1Codes();
    Map<String, Set<String>> neighbours = countryInfo();
    List<String> lines = lines(GAZETTEER + "border-regions.tsv");
    assertThat(lines).as("border region lines").hasSizeGreaterThan(100);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("columns of %s", line).hasSize(3);
      assertThat(admin1).as("region of %s", line).containsEntry(f[0], f[2]);
      String country = f[0].substring(0, 2);
      assertThat(neighbours).as("neighbour of %s", line).containsKey(f[1]);
      assertThat(neighbours.get(country)).as("%s borders %s", country, f[1]).contains(f[1]);
    }
    assertThat(lines).as("Belgorod Oblast borders Ukraine").contains("RU.09\tUA\tBelgorod Oblast");
  }

  @Test
  void countryNeighboursAreSymmetric() throws IOException {
    Map<String, Set<String>> neighbours = countryInfo();
    for (Map.Entry<String, Set<String>> e : neighbours.entrySet()) {
      for (String other : e.getValue()) {
        if (neighbours.containsKey(other)) {
          assertThat(neighbours.get(other)).as("%s lists %s back", other, e.getKey()).contains(e.getKey());
        }
      }
    }
    for (String theatre : List.of("RU", "UA", "BY", "AM", "AZ", "IL", "LB", "IN", "PK", "SD", "TD", "CD", "RW")) {
      assertThat(neighbours.keySet()).as("every neighbour of %s is listed", theatre).containsAll(neighbours.get(theatre));
    }
  }

  private static Map<String, String> admin1Codes() throws IOException {
    Map<String, String> names = new HashMap<>();
    for (String line : lines(GAZETTEER + "admin1CodesASCII.txt")) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("admin1 row %s", line).hasSize(4);
      assertThat(f[0]).as("admin1 code").matches("[A-Z]{2}\\.[0-9A-Z]+");
      assertThat(f[3]).as("admin1 geonameid of %s", f[0]).matches("\\d+");
      names.put(f[0], f[1]);
    }
    return names;
  }

  private static Map<String, Set<String>> countryInfo() throws IOException {
    Map<String, Set<String>> neighbours = new HashMap<>();
    for (String line : lines(GAZETTEER + "countryInfo.txt")) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("countryInfo row %s", f[0]).hasSize(19);
      neighbours.put(f[0], f[17].isEmpty() ? Set.of() : Set.of(f[17].split(",")));
    }
    return neighbours;
  }

  private static List<String[]> cities() throws IOException {
    return lines(GAZETTEER + "cities.txt").stream().map(l -> l.split("\t", -1)).toList();
  }

  private static List<JsonNode> usableArticles() throws IOException {
    return usableCorpusLines().stream().map(SampleDataTest::readTree).toList();
  }

  /** Corpus lines without the malformed tail and without the second copy of the duplicate. */
  private static List<String> usableCorpusLines() throws IOException {
    List<String> lines = corpusLines();
    return lines.subList(0, lines.size() - MALFORMED_AT_END).stream().distinct().toList();
  }

  private static List<String> corpusLines() throws IOException {
    return lines(SAMPLE + "corpus.jsonl");
  }

  /** Non-blank lines that are not {@code #} comments. */
  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = SampleDataTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }

  private static boolean isDate(String value) {
    return !dateForm(value).equals("invalid");
  }

  private static String dateForm(String value) {
    try {
      LocalDate.parse(value);
      return "date";
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(value).getOffset().getTotalSeconds() == 0 && value.endsWith("Z") ? "utc" : "offset";
      } catch (DateTimeParseException notATimestamp) {
        return "invalid";
      }
    }
  }
}
