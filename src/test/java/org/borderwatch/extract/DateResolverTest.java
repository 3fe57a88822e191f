package org.borderwatch.extract;

import org.borderwatch.extract.model.DateMention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate TUESDAY = LocalDate.of(2023, 5, 23);

  private static DateMention one(String text) {
    List<DateMention> found = DateResolver.find(text, 0, text.length(), TUESDAY);
    assertThat(found).as("dates in '" + text + "'").hasSize(1);
    return found.get(0);
  }

  @Test
  void resolvesAgainstThePublicationDate() {
    assertThat(one("attacked on Monday").date()).as("on Monday").isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(one("shelled on Sunday night").date()).as("Sunday night").isEqualTo(LocalDate.of(2023, 5, 21));
    assertThat(one("on Tuesday it was quiet").date()).as("publication weekday").isEqualTo(TUESDAY);
    assertThat(one("struck overnight").date()).as("overnight").isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(one("clashed yesterday").date()).as("yesterday").isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(one("on 22 May").date()).as("22 May").isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(one("May 22, troops").date()).as("May 22").isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(one("on 22.05.2023").date()).as("dotted").isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(one("on 30 December").date()).as("last year's December").isEqualTo(LocalDate.of(2022, 12, 30));
  }

  @Test
  void weeksAndMonthsAreCoarser() {
    DateMention week = one("fighting last week");
    assertThat(week.precision()).as("week precision").isEqualTo(DateMention.WEEK);
    assertThat(week.date()).as("a week before").isEqualTo(LocalDate.of(2023, 5, 16));
    DateMention month = one("in April the town fell");
    assertThat(month.precision()).as("month precision").isEqualTo(DateMention.MONTH);
    assertThat(month.date()).as("first of April").isEqualTo(LocalDate.of(2023, 4, 1));
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertThat(DateResolver.find("on 31.02.2023", 0, 13, TUESDAY)).as("31 February").isEmpty();
  }
}
