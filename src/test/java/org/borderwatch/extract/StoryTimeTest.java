package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A report recalls history by date; an encyclopedia article is about its dates. The article's own time decides
 * which is which (the bundled texts are published on 23 May 2023). Sentences are the project's own.
 */
class StoryTimeTest {
  @Test
  void aReportDropsTheEventsItRecallsFromLongBefore() {
    String report = "Russian forces shelled Kharkiv on Monday, the governor said. Russian drones hit Sumy overnight. "
        + "Russian troops had captured Kupiansk in March 2022 before they were driven out.";
    assertThat(claims(report)).extracting(c -> c.place().name()).contains("Kharkiv", "Sumy")
        .doesNotContain("Kupiansk");
  }

  @Test
  void aReportDropsWhatItRecallsFromTheSeasonBefore() {
    String report = "Russian drones hit Sumy overnight, officials said. Ukrainian forces recaptured Kupiansk in "
        + "February.";
    assertThat(claims(report)).extracting(c -> c.place().name()).contains("Sumy").doesNotContain("Kupiansk");
  }

  @Test
  void aSpansStartDatesNoEventAfterIt() {
    String report = "Shelling has hit Sumy almost daily since the offensive began in March. Russian drones struck "
        + "a school in Sumy, the governor said.";
    assertThat(claims(report)).filteredOn(c -> c.sentenceIndex() == 1).isNotEmpty()
        .allSatisfy(c -> assertThat(c.eventDate()).isEqualTo(BundledExtraction.PUBLISHED));
  }

  @Test
  void aComingDayDatesNoEventAfterIt() {
    String report = "Wagner said its fighters would leave Bakhmut on 30 May. Russian shelling killed two people in "
        + "Kharkiv, officials said.";
    assertThat(claims(report)).filteredOn(c -> c.sentenceIndex() == 1).isNotEmpty()
        .allSatisfy(c -> assertThat(c.eventDate()).isEqualTo(BundledExtraction.PUBLISHED));
  }

  @Test
  void anArticleAboutALongCampaignKeepsItsFirstWeeks() {
    String history = "On 1 August 2022 Russian troops attacked Kupiansk. On 1 September 2022 Russian forces shelled "
        + "Kharkiv. On 1 October 2022 Russian jets bombed Sumy. On 1 May 2023 Russian forces shelled Sumy. On 5 May "
        + "2023 Russian troops attacked Vovchansk. On 10 May 2023 Russian forces shelled Kharkiv. On 15 May 2023 "
        + "Russian jets bombed Kupiansk.";
    assertThat(claims(history)).extracting(c -> c.eventDate()).as("nine months before the middle of its dates")
        .contains(LocalDate.of(2022, 8, 1), LocalDate.of(2023, 5, 15));
  }

  @Test
  void anArticleAboutTheThenKeepsItsDatedEvents() {
    String history = "On 24 February 2022 Russian troops attacked Kharkiv. On 27 February Russian forces shelled "
        + "Kharkiv again. On 1 March Russian jets bombed Sumy. On 3 March Russian troops captured Kupiansk.";
    assertThat(claims(history)).extracting(c -> c.place().name()).contains("Kharkiv", "Sumy", "Kupiansk");
    assertThat(claims(history)).extracting(c -> c.eventDate()).as("each in 2022, by the narrative's year")
        .allMatch(d -> d.getYear() == 2022).contains(LocalDate.of(2022, 3, 3));
  }
}
