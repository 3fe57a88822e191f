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

  /**
   * The id of one URL, pinned: an incremental run upserts by this id, so a change to the hashing would add every
   * article of existing output a second time under a new id instead of replacing it.
   */
  @Test
  void anArticlesIdStaysTheSameAcrossReleases() {
    assertThat(ArticleIds.of("https://www.example.org/news/belgorod/?id=7&utm_source=feed", "any text"))
        .as("sha-256 of 'url', U+001F and the canonical URL, first 32 hex digits")
        .isEqualTo("b1b29b7d43e12196316691bb37630a14");
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
