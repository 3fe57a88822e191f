package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.geo.TestPlaces;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * A news digest runs many stories in one text, each a headline line then its lead. What one story names (its place,
 * its day, its crossings, the context its names are resolved in) says nothing about the next, while a lead still takes
 * its own headline's place and a paragraph its own sentences'. Texts are the project's own; the gazetteer is the
 * bundled one, except where a namesake needs the test gazetteer's.
 */
class OneStoryDoesNotLocateTheNextTest {
  @Test
  void aHeadlineOpensAStoryThatTakesNoPlaceFromTheStoryBefore() {
    String digest = """
        Russian missiles hit Kharkiv overnight
        Two people were wounded when a missile struck a school in Kharkiv, the governor said.
        Drone attack reported at dawn
        Air defences shot down several drones, and a drone strike damaged a depot, officials said.""";
    List<Claim> second = claims(digest).stream().filter(c -> c.evidence().contains("depot")).toList();
    assertThat(second).extracting(c -> c.place() == null ? null : c.place().name()).doesNotContain("Kharkiv");
  }

  @Test
  void aLeadTakesThePlaceOfItsOwnHeadline() {
    String story = """
        Russian missiles hit Kharkiv overnight
        A drone strike damaged a depot and wounded two guards, officials said.""";
    assertThat(claims(story)).filteredOn(c -> c.evidence().contains("depot"))
        .extracting(c -> c.place().name()).containsOnly("Kharkiv");
  }

  @Test
  void aParagraphTakesNoPlaceFromTheParagraphBeforeUnlessItRefersBack() {
    String article = "Russian forces shelled Kharkiv on Monday. Russian troops attacked again in the evening.\n\n"
        + "Russian troops attacked again on Tuesday.\n\nRussian troops shelled the city again on Wednesday.";
    List<Claim> claims = claims(article);
    assertThat(claims).extracting(Claim::sentenceIndex).as("the paragraph's own sentences and 'the city'")
        .containsExactly(0, 1, 3);
    assertThat(claims).extracting(c -> c.place().name()).containsOnly("Kharkiv");
  }

  @Test
  void aStorysNamesAreResolvedWithoutTheStoryBefore() {
    String digest = """
        Fire at a fuel depot in Rostov region
        A fire broke out at a fuel depot in the Rostov region on Monday, officials said.
        Russia says its soldiers were killed in a HIMARS attack on Donetsk
        The Russian defence ministry said the strike hit a building in Donetsk on Monday.""";
    List<Claim> claims = new ArticleExtractor(BundledExtraction.RULES, TestPlaces.knowledge())
        .extract("t", digest, BundledExtraction.PUBLISHED, new RuleSentenceSplitter().split(digest)).claims();
    assertThat(claims).filteredOn(c -> c.evidence().contains("HIMARS"))
        .extracting(c -> c.place().place().geonameId()).containsOnly(TestPlaces.DONETSK);
  }

  @Test
  void aSectionHeadingEndsTheLastPlaceButNotTheArticlesTowns() {
    String article = """
        Russian troops shelled Izium on Monday.

        ## Fighting further south

        Russian troops shelled Kupiansk on Tuesday. Russian artillery then shelled the city again.

        ## The siege

        On Wednesday a drone strike damaged a depot, officials said.""";
    List<Claim> claims = claims(article);
    assertThat(claims).filteredOn(c -> c.evidence().contains("then shelled")).extracting(c -> c.place().name())
        .containsOnly("Kupiansk");
    assertThat(claims).filteredOn(c -> c.evidence().contains("depot")).isEmpty();
  }
}
