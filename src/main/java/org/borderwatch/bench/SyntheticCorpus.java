package org.borderwatch.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of war-reporting articles of realistic length (about
 * {@value #TARGET_CHARS} characters): paragraphs of claim sentences (actor, trigger, place, claimant,
 * date, quotes) and background sentences drawn from a {@link Vocabulary}. Article {@code i} depends
 * only on the seed and {@code i}, so the first N articles of a 4N corpus are the N-article corpus.
 */
public final class SyntheticCorpus implements BenchCorpus {
  static final int TARGET_CHARS = 2_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 730;

  private final Vocabulary vocabulary;
  private final long seed;

  public SyntheticCorpus(Vocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  public SyntheticArticle article(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String[] lead = place(random);
    String source = pick(random, "source");
    String title = capitalise(fill(random, "{actor} {trigger} {place}", published, lead));
    // the length varies around the target like real reports: short bulletins to long features
    int target = TARGET_CHARS / 2 + random.nextInt(TARGET_CHARS);
    StringBuilder text = new StringBuilder();
    while (text.length() < target) {
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String[] place = random.nextInt(3) == 0 ? place(random) : lead;
        String section = random.nextInt(3) == 0 ? "filler" : "template";
        text.append(capitalise(fill(random, pick(random, section), published.minusDays(random.nextInt(3)), place)))
            .append(s + 1 < sentences ? " " : "");
      }
      text.append("\n\n");
    }
    String id = "syn-" + seed + "-" + index;
    return new SyntheticArticle(id, "https://bench.example/" + slug(source) + "/" + published + "/" + index,
        title, text.toString().strip(), published, source);
  }

  @Override
  public String line(int index) {
    return article(index).toJsonLine();
  }

  private String fill(SplittableRandom random, String template, LocalDate date, String[] place) {
    String actor = pick(random, "actor");
    String actor2 = pick(random, "actor");
    return template
        .replace("{actor2}", actor2)
        .replace("{actor}", actor)
        .replace("{trigger}", pick(random, "trigger"))
        .replace("{place}", place[0])
        .replace("{region}", place[1])
        .replace("{country}", pick(random, "country"))
        .replace("{claimant}", pick(random, "claimant"))
        .replace("{date}", date.getDayOfMonth() + " " + capitalise(date.getMonth().name().toLowerCase(java.util.Locale.ROOT)))
        .replace("{quote}", pick(random, "quote"))
        .replace("{weapon}", pick(random, "weapon"))
        .replace("{number}", Integer.toString(2 + random.nextInt(40)));
  }

  private String[] place(SplittableRandom random) {
    return pick(random, "place").split("\\|");
  }

  private String pick(SplittableRandom random, String section) {
    List<String> values = vocabulary.section(section);
    return values.get(random.nextInt(values.size()));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String slug(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
