package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An encyclopedia article about a 2022 battle recalled the town's 2014 fighting ("clashes went on until July 2014",
 * "a series of battles in 2014 between separatists and the army") as claims, and the 2014 month then dated the 2022
 * events told after it, which were dropped as history. A month with a written year is a date after any word, a year
 * before "between" is a year, and a year of history neither dates nor sets the year of what follows. Sentences are
 * the project's own.
 */
class AYearOfHistoryDatesNoNewsTest {
  private static final LocalDate ENCYCLOPEDIA = LocalDate.of(2023, 7, 26);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Separatists were pushed to the outskirts of Kharkiv where clashes went on until July 2014.",
      "Kharkiv saw a string of battles in 2014 between separatist militias and the Ukrainian army.",
      "The fighting around Kharkiv lasted from March 2014 to the summer."})
  void aBattleOfTheYear2014IsHistory(String sentence) {
    assertThat(claims(sentence, ENCYCLOPEDIA)).as(sentence).isEmpty();
  }

  @Test
  void historyRecalledFirstDoesNotDateTheEventsAfterIt() {
    String text = "Separatists held parts of Kharkiv until July 2014, when they withdrew east. "
        + "On 17 May, Russian forces shelled Kharkiv, killing two residents.";
    List<Claim> claims = claims(text, ENCYCLOPEDIA);
    assertThat(claims).extracting(Claim::sentenceIndex).containsOnly(1);
    assertThat(claims).extracting(Claim::eventDate).containsOnly(LocalDate.of(2023, 5, 17));
  }

  @Test
  void aRecentMonthWithItsYearDatesTheClaim() {
    assertThat(claims("Russian forces shelled Kharkiv throughout June 2023, officials said.", ENCYCLOPEDIA))
        .extracting(Claim::eventDate).containsOnly(LocalDate.of(2023, 6, 1));
  }
}
