package org.borderwatch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.geo.eval.LglCorpus;
import org.borderwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The project's text is its own: no file under {@code src/} shares a run of {@value Shingles#LENGTH} words with
 * the third-party texts of the development data (the seed article, the ACLED notes, the news items, the Wikipedia
 * articles, the LGL articles), which must never be copied into the project, not even as a test sentence.
 */
class SharedTextIT {
  private static final Path SOURCES = Path.of("src");
  /**
   * Official names of eight words or more, which the actor dictionary must spell as everyone does; each counts as
   * one word. Only such names belong here: a shorter name needs no exception.
   */
  private static final List<String> OFFICIAL_NAMES = List.of(
      "General Staff of the Armed Forces of Ukraine", "General Staff of the Ukrainian Armed Forces");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noSourceFileSharesARunOfWordsWithTheDevelopmentData() throws IOException {
    Shingles shingles = new Shingles(OFFICIAL_NAMES);
    Shingles.Set shared = shingles.new Set();
    readSeed(SharedData.require("seed"), shared);
    readAcledNotes(SharedData.require("dev/acled/acled_dev.csv"), shared);
    readNews(SharedData.require("dev/news/rss_2023h1.jsonl"), shared);
    readWikipedia(SharedData.require("dev/wikipedia-war"), shared);
    readLgl(SharedData.require("dev/geoparsing/lgl.xml"), shared);
    assertThat(shared.size()).as("word runs read from the development data").isGreaterThan(1_000_000);

    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> hits.addAll(sharedRuns(f, shingles, shared)));
    }
    assertThat(hits).as("runs of %d or more words shared with %s (rewrite them in the project's own words)",
        Shingles.LENGTH, SharedData.root()).isEmpty();
  }

  /** Each maximal run of shared words in {@code file}, as {@code file:line: words}; none for a binary file. */
  private static List<String> sharedRuns(Path file, Shingles shingles, Shingles.Set shared) {
    byte[] bytes = read(file);
    for (byte b : bytes) {
      if (b == 0) {
        return List.of();
      }
    }
    Shingles.Words w = shingles.words(new String(bytes, StandardCharsets.UTF_8));
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < w.count()) {
      if (!shared.contains(w.at(i))) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < w.count() && shared.contains(w.at(last + 1))) {
        last++;
      }
      runs.add(file + ":" + w.lines()[i] + ": " + String.join(" ", w.words().subList(i, last + Shingles.LENGTH)));
      i = last + Shingles.LENGTH;
    }
    return runs;
  }

  private static void readSeed(Path dir, Shingles.Set shared) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(Files::isRegularFile).forEach(f -> shared.addAll(new String(read(f), StandardCharsets.UTF_8)));
    }
  }

  private static void readAcledNotes(Path csv, Shingles.Set shared) throws IOException {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setLineSeparatorDetectionEnabled(true);
    settings.selectFields("notes");
    CsvParser parser = new CsvParser(settings);
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      parser.parseAll(in).forEach(row -> shared.addAll(row[0] == null ? "" : row[0]));
    }
  }

  private static void readNews(Path jsonl, Shingles.Set shared) throws IOException {
    try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank()).forEach(l -> {
        JsonNode item = readJson(l);
        shared.addAll(item.path("title").asText() + "\n" + item.path("text").asText());
      });
    }
  }

  private static void readWikipedia(Path dir, Shingles.Set shared) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".md"))
          .forEach(f -> shared.addAll(new String(read(f), StandardCharsets.UTF_8)));
    }
  }

  private static void readLgl(Path xml, Shingles.Set shared) throws IOException {
    try (InputStream in = Files.newInputStream(xml)) {
      LglCorpus.read(in, xml.toString()).forEach(a -> shared.addAll(a.text()));
    }
  }

  private static JsonNode readJson(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
