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
  void aDayAnnouncedAheadIsThisYears() {
    assertThat(one("will withdraw on 30 May").date()).as("a week ahead").isEqualTo(LocalDate.of(2023, 5, 30));
    assertThat(one("left on 30 June").date()).as("more than two weeks ahead").isEqualTo(LocalDate.of(2022, 6, 30));
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
  void aDateWithoutAYearFollowsTheNarrative() {
    LocalDate narrative = LocalDate.of(2022, 2, 24);
    assertThat(DateResolver.find("On 3 March troops entered", 0, 25, TUESDAY, narrative).get(0).date())
        .as("after 24 February 2022").isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(DateResolver.find("in June the town fell", 0, 21, TUESDAY, narrative).get(0).date())
        .isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(DateResolver.find("On 10 January they left", 0, 23, TUESDAY, LocalDate.of(2022, 11, 30)).get(0).date())
        .as("a narrative in November reaches January of the next year").isEqualTo(LocalDate.of(2023, 1, 10));
    assertThat(DateResolver.find("On 22 May 2021 they left", 0, 24, TUESDAY, narrative).get(0).date())
        .as("a written year stands").isEqualTo(LocalDate.of(2021, 5, 22));
    assertThat(DateResolver.find("on 30 June they left", 0, 20, TUESDAY, LocalDate.of(2023, 5, 1)).get(0).date())
        .as("never after publication").isEqualTo(LocalDate.of(2022, 6, 30));
  }

  @Test
  void lastMonthNamedIsBeforeThePublicationMonth() {
    assertThat(one("left last September").date()).isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(one("left last May").date()).as("published in May").isEqualTo(LocalDate.of(2022, 5, 1));
    assertThat(one("left last April").date()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(one("left last April").relative()).isTrue();
    assertThat(one("in April the town fell").relative()).isFalse();
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertThat(DateResolver.find("on 31.02.2023", 0, 13, TUESDAY)).as("31 February").isEmpty();
  }
}
