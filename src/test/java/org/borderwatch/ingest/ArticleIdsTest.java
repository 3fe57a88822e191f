package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void syndicatedCopiesOfOneUrlShareAnId() {
    String a = ArticleIds.of("https://www.Example.org/news/belgorod/?utm_source=x&id=7#top", "one text");
    String b = ArticleIds.of("http://example.org/news/belgorod?id=7", "another text");
    assertThat(a).isEqualTo(b).hasSize(32);
  }

  @Test
  void differentQueriesAreDifferentArticles() {
    assertThat(ArticleIds.of("https://example.org/a?id=7", "t")).isNotEqualTo(ArticleIds.of("https://example.org/a?id=8", "t"));
  }

  @Test
  void withoutUrlTheTextDecides() {
    assertThat(ArticleIds.of(null, "same text")).isEqualTo(ArticleIds.of(" ", "same text"))
        .isNotEqualTo(ArticleIds.of(null, "other text"));
  }
}
