package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Extraction;
import org.borderwatch.extract.model.Mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.ingest.TextNormalizer;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever shape real text takes, the extractor never throws and every offset it writes lies inside the
 * article. The texts are the bundled sample's, mutated the way feeds break them: cut mid-sentence, stray and unmatched
 * quotes and brackets, repeated punctuation, abbreviations after a dash, bullets, sentences run together without
 * full stops. Seeded, so a failure reproduces.
 */
class ExtractorRobustnessTest {
  private static final GeoKnowledge GEO = GeoNamesKnowledge.bundled();
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ExtractionRules.bundled(), GEO);
  private static final String[] DEBRIS = {"\"", "“", "”", "'", "(", ")", "[", "]", "«", "...", "!!", "??", " - ",
      " – ", "-St. ", "(Mt. ", " • ", "\n", ":", ";", ",,", "  ", "U.S.", "\u00a0"};
  private static final int MUTANTS_PER_TEXT = 8;

  @Test
  void mutatedRealShapedTextNeverBreaksTheExtractor() throws Exception {
    Random random = new Random(20230523L);
    int checked = 0;
    for (String original : sampleTexts()) {
      for (int m = 0; m < MUTANTS_PER_TEXT; m++) {
        String text = TextNormalizer.normalize(mutate(original, random));
        assertThatCode(() -> checkOffsets(text)).as("mutant %d of a sample text:%n%s", m, text)
            .doesNotThrowAnyException();
        checked++;
      }
    }
    assertThat(checked).as("texts checked").isGreaterThan(250);
  }

  private static void checkOffsets(String text) {
    Extraction e = EXTRACTOR.extract("fuzz", text, LocalDate.of(2023, 5, 23), new RuleSentenceSplitter().split(text));
    for (Mention m : e.mentions()) {
      assertThat(m.begin()).as("mention begin").isBetween(0, text.length());
      assertThat(m.end()).as("mention end").isBetween(m.begin(), text.length());
    }
    for (Claim c : e.claims()) {
      assertThat(c.evidenceBegin()).as("evidence begin").isBetween(0, text.length());
      assertThat(c.evidenceEnd()).as("evidence end").isBetween(c.evidenceBegin(), text.length());
      assertThat(text.substring(c.evidenceBegin(), c.evidenceEnd())).as("evidence is the text").isEqualTo(c.evidence());
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    switch (random.nextInt(4)) {
      case 0 -> out.setLength(random.nextInt(out.length() + 1));
      case 1 -> out.replace(0, out.length(), text.replace(". ", " "));
      case 2 -> out.delete(0, random.nextInt(Math.max(1, out.length() / 2)));
      default -> { }
    }
    int insertions = 1 + random.nextInt(12);
    for (int i = 0; i < insertions; i++) {
      out.insert(random.nextInt(out.length() + 1), DEBRIS[random.nextInt(DEBRIS.length)]);
    }
    return out.toString();
  }

  private static List<String> sampleTexts() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        ExtractorRobustnessTest.class.getResourceAsStream("/borderwatch/sample/corpus.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        try {
          JsonNode r = json.readTree(line);
          if (r.hasNonNull("text") && !r.get("text").asText().isBlank()) {
            texts.add(r.get("text").asText());
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
          // the sample holds malformed records on purpose: they test ingest, not the extractor
        }
      }
    }
    return texts;
  }
}
