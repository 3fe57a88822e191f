package org.borderwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
  private static final Vocabulary VOCABULARY = Vocabulary.bundled();

  @Test
  void sameSeedSameArticlesOtherSeedOtherArticles() {
    SyntheticCorpus a = new SyntheticCorpus(VOCABULARY, 7);
    SyntheticCorpus b = new SyntheticCorpus(VOCABULARY, 7);
    SyntheticCorpus c = new SyntheticCorpus(VOCABULARY, 8);
    assertThat(IntStream.range(0, 20).mapToObj(a::article).toList()).as("same seed")
        .isEqualTo(IntStream.range(0, 20).mapToObj(b::article).toList());
    assertThat(c.article(3).text()).as("other seed").isNotEqualTo(a.article(3).text());
  }

  @Test
  void articlesHaveRealisticLengthAndVariety() {
    SyntheticCorpus corpus = new SyntheticCorpus(VOCABULARY, 42);
    List<SyntheticArticle> articles = IntStream.range(0, 200).mapToObj(corpus::article).toList();
    double meanChars = articles.stream().mapToInt(x -> x.text().length()).average().orElse(0);
    assertThat(meanChars).as("mean length around 2 KB").isBetween(1_700.0, 2_600.0);
    assertThat(articles.stream().map(SyntheticArticle::text).distinct().count()).as("no two texts alike").isEqualTo(200);
    assertThat(articles.stream().map(SyntheticArticle::source).distinct().count()).as("publishers").isGreaterThan(5);
    List<String> places = VOCABULARY.section("place").stream().map(p -> p.split("\\|")[0]).toList();
    assertThat(places.stream().filter(p -> articles.stream().anyMatch(x -> x.text().contains(p))).count())
        .as("places of the vocabulary in use").isEqualTo(places.size());
  }

  @Test
  void corpusFilesAreIdenticalAcrossWritesAndSplitIntoParts() throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(VOCABULARY, 42);
    Path one = Files.createTempDirectory("bw-syn-a");
    Path two = Files.createTempDirectory("bw-syn-b");
    long bytes = corpus.writeJsonl(20, one, 3);
    corpus.writeJsonl(20, two, 3);
    List<Path> parts = Files.list(one).sorted().toList();
    assertThat(parts).as("three part files").extracting(p -> p.getFileName().toString())
        .containsExactly("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl");
    long lines = 0;
    long total = 0;
    for (Path p : parts) {
      assertThat(Files.readAllBytes(p)).as("byte-identical " + p.getFileName())
          .isEqualTo(Files.readAllBytes(two.resolve(p.getFileName())));
      lines += Files.readAllLines(p).size();
      total += Files.size(p);
    }
    assertThat(lines).as("articles written").isEqualTo(20);
    assertThat(bytes).as("reported size").isEqualTo(total);
    assertThat(Files.readAllLines(parts.get(0)).get(0)).as("first record is article 0")
        .isEqualTo(corpus.article(0).toJsonLine());
  }
}
