package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * A place named earlier, in another clause or sentence, stood in for where the event was, though the event's own
 * clause pointed elsewhere: to a town the gazetteer lacks ("around Zorianivka"), to a town it leaves unnamed ("a
 * small town further west"), or past a speaker's "saying" to what the speaker talks about. Sentences are the project's own.
 */
class TheEventIsWhereItsOwnClauseSaysTest {
  @Test
  void aTownTheGazetteerLacksIsNotTheTownNamedBefore() {
    String text = "Russian forces shelled Bakhmut on Monday. Ukraine's army said it killed 40 Russian soldiers in "
        + "fighting around Zorianivka.";
    assertThat(placesOf(claims(text), 1)).as("the second sentence's claims").doesNotContain("Bakhmut");
    assertThat(placesOf(claims("Russian forces shelled Bakhmut on Monday. Ukraine's army said it killed 40 Russian "
        + "soldiers in fighting there."), 1)).as("a reference back still takes it").contains("Bakhmut");
  }

  @Test
  void aTownLeftUnnamedIsNotTheTownNamedInAnotherClause() {
    String text = "As the worst fighting goes on near Bakhmut, the Russian army pressed its assaults on a small "
        + "town further west.";
    assertThat(claims(text)).filteredOn(c -> c.predicate().equals("assaults"))
        .allSatisfy(c -> assertThat(c.place()).as("no place rather than Bakhmut").isNull());
  }

  @Test
  void whatASpeakerSaysAfterSayingIsNotWhereTheEventWas() {
    String text = "Russian forces shelled towns in the east on Sunday, with officials saying that Kharkiv expects a "
        + "new offensive.";
    assertThat(claims(text)).filteredOn(c -> c.place() != null).extracting(c -> c.place().text())
        .doesNotContain("Kharkiv");
  }

  @Test
  void aClauseOfTimeHasItsOwnPlaces() {
    assertThat(claims("Kharkiv was hit by Russian missiles before the president arrived in Kyiv."))
        .singleElement().satisfies(c -> assertThat(c.place().text()).isEqualTo("Kharkiv"));
    assertThat(claims("Police arrested four protesters after they painted a flag outside the embassy in Kyiv."))
        .as("when its own clause names none, the clause of time's place is still where")
        .singleElement().satisfies(c -> assertThat(c.place().text()).isEqualTo("Kyiv"));
  }

  @Test
  void aClauseThatWhereOpensIsAtTheTownItRefersTo() {
    assertThat(claims("Smoke rises over Kupiansk, a town where heavy fighting between Ukrainian and Russian forces "
        + "went on, in the Kharkiv region on Monday.")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.place().text()).as("not the region named after").isEqualTo("Kupiansk"));
    assertThat(claims("Officials met in Kupiansk, where Russian forces shelled Kharkiv on Monday."))
        .as("a town the clause names itself").singleElement()
        .satisfies(c -> assertThat(c.place().text()).isEqualTo("Kharkiv"));
  }

  private static List<String> placesOf(List<Claim> claims, int sentence) {
    return claims.stream().filter(c -> c.sentenceIndex() == sentence && c.place() != null)
        .map(c -> c.place().text()).toList();
  }
}
