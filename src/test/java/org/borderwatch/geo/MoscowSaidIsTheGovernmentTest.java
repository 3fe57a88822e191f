package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Moscow said" was taken as an event in Moscow; "a US journalist" as an event in the United States. */
class MoscowSaidIsTheGovernmentTest {
  @Test
  void aCapitalBeforeASpeechVerbIsItsGovernment() {
    ResolvedPlace moscow = place("Moscow said the drones were shot down.", "Moscow");
    assertThat(moscow.role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(moscow.featureCode()).as("still the capital, so the speaker is its government").isEqualTo("PPLC");
    assertThat(place("Kyiv has repeatedly denied the claim.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
  }

  @Test
  void aCapitalBeforeAVerbOfForceIsItsState() {
    assertThat(place("The general spoke of hard weeks, with Moscow launching fresh offensives.", "Moscow").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Kyiv sent more brigades to the east.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Kyiv strikes: three dead in a night of drones.", "Kyiv").role())
        .as("a verb that is also a noun of an event at the place").isEqualTo(PlaceRole.PLACE);
  }

  @Test
  void aCapitalSpokenByOrToIsItsGovernment() {
    assertThat(place("The report was flatly rejected by Kyiv on Friday.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("The figure was denied by Moscow.", "Moscow").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Officials keep accusing Moscow of lying.", "Moscow").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("The allies urged Kyiv to hold the line.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
  }

  @Test
  void aCapitalSomethingIsBlamedOnIsItsGovernment() {
    assertThat(place("The raids, which were blamed on Kyiv, hit two towns.", "Kyiv").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Officials blamed the night's blasts on Moscow.", "Moscow").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Russia was blamed for new strikes on Kyiv.", "Kyiv").role()).as("what it is blamed for")
        .isEqualTo(PlaceRole.PLACE);
  }

  @Test
  void aCapitalAsAPassivesAgentIsItsState() {
    assertThat(place("Fighting went on in provinces annexed by Moscow.", "Moscow").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Two mayors were installed by Moscow, and one fled.", "Moscow").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("The lorries were searched by Kyiv customs officers.", "Kyiv").role())
        .as("a noun after the capital makes it the noun's place").isEqualTo(PlaceRole.PLACE);
    assertThat(place("The region was annexed by Russia.", "Russia").role())
        .as("only a capital: a country after 'by' is left to the other rules").isEqualTo(PlaceRole.PLACE);
  }

  @Test
  void aCapitalsPossessiveBeforeAnActIsItsState() {
    assertThat(place("Kyiv's strikes on depots go on.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Moscow’s forces pulled back.", "Moscow").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Kyiv's long-awaited counter-offensive began.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Russia's invasion went on.", "Russia").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Moscow's defence ministry denied it.", "Moscow").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Saboteurs worked for Kyiv's intelligence services.", "Kyiv").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Russia's air force lost a jet.", "Russia").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Homes burned after Moscow's third big missile attack.", "Moscow").role())
        .as("up to three modifiers before the act").isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Shelling went on despite Moscow's unilateral declaration of a truce.", "Moscow").role())
        .as("what a state declares, decides or claims").isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Fighting went on, despite Moscow's claims to have repelled the raid.", "Moscow").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
  }

  @Test
  void aCapitalThatAgreesOrDecidesIsItsGovernment() {
    assertThat(place("Allies will send jets as Kyiv agrees to their terms.", "Kyiv").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Officials said Moscow decided to pull its troops back.", "Moscow").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
  }

  @Test
  void aCapitalOrCountryDealtWithIsItsState() {
    assertThat(place("Beijing urged Kyiv to seek a settlement with Moscow.", "Moscow").role())
        .isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("The party wants closer ties with Russia.", "Russia").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Envoys held talks with Kyiv on grain.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(place("Talks were held in Moscow on Friday.", "Moscow").role()).as("talks held there")
        .isEqualTo(PlaceRole.PLACE);
    assertThat(place("Trains run again with Kyiv trams.", "Kyiv").role()).as("no dealing before 'with'")
        .isEqualTo(PlaceRole.PLACE);
  }

  @Test
  void aCapitalWhereSomethingHappensIsAPlace() {
    assertThat(place("Explosions were heard in Moscow overnight.", "Moscow").role()).isEqualTo(PlaceRole.PLACE);
    assertThat(place("Drones struck Kyiv's outskirts at night.", "Kyiv").role()).isEqualTo(PlaceRole.PLACE);
    assertThat(place("The convoy was stopped by Kyiv police.", "Kyiv").role()).as("by, but after no speech verb")
        .isEqualTo(PlaceRole.PLACE);
    assertThat(place("Officials said Kyiv was hit again.", "Kyiv").role()).isEqualTo(PlaceRole.PLACE);
    assertThat(place("Kyiv's mayor said strikes hit the city.", "Kyiv").role()).as("a speech verb ends the owned words")
        .isEqualTo(PlaceRole.PLACE);
  }

  @Test
  void aCountryBeforeANationalityNounIsAnAdjective() {
    assertThat(place("A US journalist was detained.", "US").role()).isEqualTo(PlaceRole.NATIONALITY);
    assertThat(place("Russia and Ukraine officials met.", "Ukraine").role()).isEqualTo(PlaceRole.NATIONALITY);
    assertThat(place("The troops withdrew to Ukraine and regrouped.", "Ukraine").role()).isEqualTo(PlaceRole.PLACE);
  }
}
