package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * Shelling of towns named as the subject of a passive ("the X and Y communities were shelled") was put at a town
 * of the next clause, and all but the last name of the list were lost; a town described in an apposition ("X, a town
 * in the Y region, was shelled") gave way to the region. Sentences are the project's own.
 */
class EveryCommunityShelledIsWhereTest {
  @Test
  void theCommunitiesOfAPassiveAreWhereTheShellingWas() {
    String text = "The Yunakivka, Khotin and Krasnopillia communities were shelled with mortars overnight, and a "
        + "drone dropped a grenade on a shop in Bilopillia, regional officials said.";
    assertThat(placesOf(claims(text), "shelled")).containsExactlyInAnyOrder("Yunakivka", "Khotin", "Krasnopillia");
    assertThat(placesOf(claims(text), "dropped")).as("the drone's own clause").containsOnly("Bilopillia");
  }

  @Test
  void aTownInAnAppositionIsTheSubjectNotItsRegion() {
    String text = "Graivoron, a town in the Belgorod region, was shelled overnight, the governor said.";
    assertThat(placesOf(claims(text), "shelled")).containsExactly("Graivoron");
  }

  @Test
  void aPlaceAfterThePassiveStillWins() {
    String text = "The Yunakivka community was shelled again on Monday, in the village of Khotin, officials said.";
    assertThat(placesOf(claims(text), "shelled")).containsExactly("Khotin");
  }

  private static List<String> placesOf(List<Claim> claims, String predicate) {
    return claims.stream().filter(c -> c.predicate().startsWith(predicate) && c.place() != null)
        .map(c -> c.place().name()).toList();
  }
}
