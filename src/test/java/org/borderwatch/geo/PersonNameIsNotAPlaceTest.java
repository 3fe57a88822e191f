package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.found;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LGL: "Tyrise M. Bell", "Clark said", "said Lemons." and "Capt. Roy A. Nelson said" made places of Bell, Clark,
 * Lemons and Nelson (a New Zealand regional seat) through whole articles. A middle initial or a speech verb marks a
 * surname; a country, region or large capital before a speech verb is still its government speaking.
 */
class PersonNameIsNotAPlaceTest {
  private GeoNamesKnowledge k;

  @BeforeEach
  void load(@TempDir Path dir) {
    k = new SmallGazetteer()
        .place(1, "Turner", 44.1, -70.2, "PPL", "US", "ME", "", 6_000)
        .place(2, "Nelson", -41.27, 173.28, "PPLA", "NZ", "F5", "", 54_700)
        .place(3, "Gainesville", 29.65, -82.32, "PPLA2", "US", "FL", "", 130_000)
        .place(4, "Moscow", 55.75, 37.62, "PPLC", "RU", "48", "", 10_000_000)
        .admin1("US.ME", "Maine", 101).admin1("NZ.F5", "Nelson Region", 102).admin1("US.FL", "Florida", 103)
        .admin1("RU.48", "Moscow City", 104)
        .country("US", "United States", 6252001, "CA,MX").country("NZ", "New Zealand", 2186224, "")
        .country("RU", "Russia", 2017370, "UA")
        .load(dir);
  }

  @Test
  void aNameAfterAMiddleInitialIsASurnameThroughTheArticle() {
    String text = "Deputies found Dana R. Turner at a friend's flat. Turner was released on bond later that day.";
    assertThat(found(k, text, "Turner")).isFalse();
    assertThat(SmallGazetteer.fired(k, text, PersonCues.MIDDLE_INITIAL)).isPositive();
  }

  @Test
  void aLoneNameBeforeASpeechVerbIsASurnameEvenWhenASmallSeatHasIt() {
    String text = "\"We expect the road to reopen by Friday,\" Nelson said. The crews worked through the night, "
        + "and Nelson thanked them.";
    assertThat(found(k, text, "Nelson")).isFalse();
    assertThat(SmallGazetteer.fired(k, text, PersonCues.SPEECH_VERB)).isPositive();
  }

  @Test
  void aLoneNameThatWhoRefersToIsAPerson() {
    String text = "A neighbour held the hand of her cousin, Turner, who was inside when the roof fell.";
    assertThat(found(k, text, "Turner")).isFalse();
    assertThat(SmallGazetteer.fired(k, text, PersonCues.RELATIVE_WHO)).isPositive();
    assertThat(found(k, "Residents of Gainesville, who lost power, waited for crews.", "Gainesville"))
        .as("after 'of' the people are the town's").isTrue();
  }

  @Test
  void aNameAfterSaidClosingItsClauseIsASurname() {
    assertThat(found(k, "The tickets go on sale Monday, said Turner. Turner runs the club.", "Turner")).isFalse();
  }

  @Test
  void aTownTheArticleAlsoWritesAsAPlaceStaysAPlace() {
    String text = "About forty Gainesville residents marched on Friday. The organisers said Gainesville says no "
        + "to the plan.";
    assertThat(found(k, text, "Gainesville")).isTrue();
  }

  @Test
  void aCapitalBeforeASpeechVerbIsStillAPlaceMention() {
    assertThat(found(k, "Moscow said the talks would resume next month.", "Moscow")).isTrue();
  }
}
