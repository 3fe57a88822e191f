package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The actor of an attack is who made it: not the city it hit, not the official who speaks about it, not a group
 * named in another clause. Sentences are the project's own.
 */
class WhoStruckIsNotWhoWasStruckTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Kyiv hit by Russian drone attack on Monday, officials say.",
      "Odesa struck by a Russian missile on Monday, the governor said.",
      "The mayor of Odesa has ordered shelters to stay open after three people were hurt by falling debris from a"
          + " Russian missile attack on Monday.",
      "Oleh Syniehubov, the governor, said a Russian missile strike hit Kharkiv on Monday."})
  void theStateBehindTheMeansIsTheActor(String sentence) {
    List<Claim> c = claims(sentence);
    assertThat(c).as(sentence).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor()).as(sentence).isNotNull())
        .allSatisfy(x -> assertThat(x.resolvedActor().side()).as(sentence).isEqualTo("RU"));
  }

  @Test
  void anOfficialRightBeforeTheEventIsItsSubject() {
    assertThat(claims("Vladimir Putin launched a missile attack on Kyiv on Monday."))
        .extracting(x -> x.resolvedActor() == null ? null : x.resolvedActor().side()).containsOnly("RU");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russian rebels behind the Belgorod raid say they will return; Kyiv repels drone strikes",
      "Ukrainian troops hold their positions near Bakhmut; drone strikes hit Kharkiv on Monday"})
  void anActorBeforeASemicolonDoesNotActAfterIt(String sentence) {
    assertThat(claims(sentence)).as(sentence).filteredOn(x -> x.predicate().startsWith("drone"))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor()).as(sentence).isNull());
  }

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(strings = {
      "Wagner head claims 20,000 fighters killed in Bakhmut",
      "Roughly 200,000 Russian soldiers have been wounded or killed in Ukraine, officials say.",
      "Three soldiers killed in Bakhmut on Monday, officials say.",
      "Ukrainian soldiers admit 'we are just getting killed' near Bakhmut"})
  void aTollIsNoEvent(String sentence) {
    assertThat(claims(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest(name = "event: {0}")
  @ValueSource(strings = {
      "Russian forces killed three civilians in Kherson on Monday.",
      "Russian shelling killed 12 people in Kherson on Monday.",
      "Three soldiers killed in Russian shelling of Kherson on Monday, officials say."})
  void aKillingOrTheAttackBehindATollStays(String sentence) {
    assertThat(claims(sentence)).as(sentence).singleElement()
        .satisfies(x -> assertThat(x.resolvedActor().side()).isEqualTo("RU"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Dozens of Russian soldiers died in a Ukrainian attack on Belgorod on Monday.",
      "Rescuers search the rubble after a deadly Ukrainian strike on Belgorod on Monday."})
  void aStateNamingTheAttackIsEvidenceAndItsActor(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor().side()).as(sentence).isEqualTo("UA"));
  }

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(strings = {
      "More than 30 Russian mothers arrived in Buenos Aires on Thursday.",
      "Nearly 1,500 Russians Killed in Last Two Days of War: Ukraine"})
  void aNationalityBeforeAVerbIsNoEvidence(String sentence) {
    assertThat(claims(sentence)).as(sentence).isEmpty();
  }

  @Test
  void whatWasShotDownIsNotWhoShotItDown() {
    assertThat(claims("Ukraine says Russian drones shot down over Kyiv on Monday."))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor() == null ? null : x.resolvedActor().side())
            .isNotEqualTo("RU"));
  }
}
