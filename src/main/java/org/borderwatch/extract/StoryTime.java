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
 * article about a 2022 battle is about 2022 and keeps its dated events.
 */
final class StoryTime {
  /** A claim dated this many days before the article's time is history. */
  static final int RECALLED_DAYS = 270;

  private StoryTime() {}

  /** The claims without those the article recalls as history, in their order. */
  static List<Claim> reported(Collection<Claim> claims, LocalDate published) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(published);
    claims.stream().map(Claim::eventDate).filter(d -> d != null).forEach(dates::add);
    dates.sort(null);
    LocalDate recalled = dates.get(dates.size() / 2).minusDays(RECALLED_DAYS);
    return claims.stream().filter(c -> c.eventDate() == null || !c.eventDate().isBefore(recalled)).toList();
  }
}
