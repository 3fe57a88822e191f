package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name can stand for something other than where an event was: a state acting or spoken to through its capital,
 * a plant or dam named after a town far from it, a town referred back to as "the city". Sentences are the project's
 * own; the gazetteer, dictionaries and lexicon are the bundled ones.
 */
class WhatTheTextMeansByAPlaceTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Kyiv's strikes on Russian depots in Crimea are part of its plan, analysts said.",
      "A Russian claim that its forces shelled a Ukrainian base was dismissed outright by Kyiv.",
      "Russian strikes hit Kharkiv, the governor said, accusing Moscow of using cluster munitions.",
      "Russian shelling hit Kharkiv overnight, officials said, as allies urged Kyiv to hold.",
      "The assault near Bakhmut on Monday was the first armoured attack of Kyiv's summer push.",
      "Smoke rose over the fields near Bakhmut on Monday as Kyiv launches its counteroffensive on Russian forces."})
  void aCapitalStandingForItsStateIsNotWhere(String sentence) {
    assertThat(claims(sentence)).as(sentence).extracting(c -> c.place() == null ? null : c.place().text())
        .doesNotContain("Kyiv", "Moscow");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Shelling cut power to the Zaporizhzhia nuclear power plant on Monday.",
      "Russian forces shelled the area around the Zaporizhzhia nuclear plant overnight.",
      "Russian forces blew up the Kakhovka dam on Tuesday, Ukraine said.",
      "A drone struck near the Kharkiv power station on Sunday."})
  void aPlantOrDamNamedAfterATownIsNotTheTown(String sentence) {
    assertThat(claims(sentence)).as(sentence).extracting(c -> c.place() == null ? null : c.place().name())
        .doesNotContain("Zaporizhzhia", "Kakhovka", "Kharkiv");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Heavy fighting went on around Bakhmut on Monday. Later in the day Russian jets bombed Kramatorsk. "
          + "Residents said the shelling of Bakhmut had not stopped. On Tuesday Russian artillery shelled the town.",
      "Russian troops advanced on Izium. Russian forces shelled Kharkiv. Aid convoys were heading towards "
          + "Izium on Sunday. On Monday Russian artillery shelled the city.",
      "Ukrainian troops held Derhachi on Monday. Russian drones attacked Kyiv overnight. "
          + "On Tuesday Russian forces shelled the village.",
      "Fighting went on near Bakhmut on Monday. Russian forces shelled the town on Tuesday."})
  void theCityIsTheLastTownOfItsKindTheArticleNamed(String text) {
    List<Claim> claims = claims(text);
    Claim last = claims.get(claims.size() - 1);
    assertThat(last.evidence()).contains("shelled the");
    assertThat(last.place().name()).as("a capital is no village, a city named last is the city").isIn("Bakhmut", "Izium",
        "Derhachi");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Later Russian troops attacked Zorianivka near the river, the army said.",
      "Russian troops later advanced towards Zorianivka, the army said."})
  void aSentenceNamingAPlaceTheGazetteerLacksTakesNoPlaceFromBefore(String second) {
    String text = "Russian forces shelled Kharkiv on Monday, the governor said. " + second;
    assertThat(claims(text)).filteredOn(c -> c.sentenceIndex() == 1).as(second)
        .allSatisfy(c -> assertThat(c.place().name()).isNotEqualTo("Kharkiv"));
    assertThat(claims("Russian forces shelled Kharkiv on Monday, the governor said. Russian troops later attacked the "
        + "city again, the army said.")).filteredOn(c -> c.sentenceIndex() == 1).as("the city refers back")
        .isNotEmpty().allSatisfy(c -> assertThat(c.place().name()).isEqualTo("Kharkiv"));
  }
  @Test
  void aLandmarkFarFromTheEventIsNotWhere() {
    String far = "In the city of Sumy, about 200 miles east of Kyiv, firefighters fought a blaze at a school struck by "
        + "a Russian drone.";
    assertThat(claims(far)).as(far).isNotEmpty().extracting(c -> c.place().name()).doesNotContain("Kyiv");
    String near = "Russian troops attacked a village 10 km north of Kharkiv on Monday.";
    assertThat(claims(near)).as(near).isNotEmpty().extracting(c -> c.place().name()).containsOnly("Kharkiv");
  }
}
