package org.borderwatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.borderwatch.extract.model.Claim;

/**
 * The time an article is about, and the claims dated well before it: history it recalls ("the theatre bombed in
 * March 2022" in a 2023 report), not what it reports. The article's time is the upper median of its claims' dates
 * with the publication date counted once, so a news report is about its publication day while an encyclopedia
 * article about a 2022 battle is about 2022 and keeps its dated events. A report about its publication day keeps a
 * narrower window than an article about the past, whose events span a campaign; for such an article the window is
 * counted from the first quarter of its dates.
 */
final class StoryTime {
  /** A claim dated this many days before the first quarter of an article about the past's dates is history. */
  static final int RECALLED_DAYS = 270;
  /** An article whose time is at most this many days before its publication reports its own days. */
  static final int NEWS_DAYS = 7;
  /**
   * A claim dated this many days before the time of a report about its own days is history: a news report
   * that recalls last autumn's liberation of a city in a spring lead tells background, not news.
   */
  static final int RECALLED_BY_NEWS_DAYS = 90;

  private StoryTime() {}

  /** The claims without those the article recalls as history, in their order. */
  static List<Claim> reported(Collection<Claim> claims, LocalDate published) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(published);
    claims.stream().map(Claim::eventDate).filter(d -> d != null).forEach(dates::add);
    dates.sort(null);
    LocalDate time = dates.get(dates.size() / 2);
    boolean news = !time.isBefore(published.minusDays(NEWS_DAYS));
    // an article about a campaign spans it: what it recalls lies well before the first quarter of its dates, not
    // before their middle (a ten-month battle's first weeks are its story, not history)
    LocalDate recalled = news ? time.minusDays(RECALLED_BY_NEWS_DAYS)
        : dates.get(dates.size() / 4).minusDays(RECALLED_DAYS);
    return claims.stream().filter(c -> c.eventDate() == null || !c.eventDate().isBefore(recalled)).toList();
  }
}
