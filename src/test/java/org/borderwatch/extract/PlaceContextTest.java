package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Claim.Attribution;
import org.borderwatch.extract.model.Extraction;
import org.borderwatch.extract.model.Mention;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.TestPlaces;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Claims over places the gazetteer finds hard: a name two places share resolves by what the sentence says around it,
 * and the claim's country and attribution follow that choice; a name the gazetteer lacks stays unresolved, kept at
 * the region the text gives, and with no region it is no place and makes no claim.
 */
class PlaceContextTest {
  /** Two Donetsks (Ukraine's city, a Rostov Oblast town) and two Dmytrivkas (Kyiv and Odesa oblasts). */
  private static final GeoKnowledge NAMESAKES = TestPlaces.knowledge();
  /** Lacks Glotovo on purpose (its README says so). */
  private static final GeoKnowledge BUNDLED = GeoNamesKnowledge.bundled();
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 23);

  private static Extraction extract(GeoKnowledge geo, String text) {
    return new ArticleExtractor(ExtractionRules.bundled(), geo)
        .extract("a1", text, PUBLISHED, new RuleSentenceSplitter().split(text));
  }

  private static Claim onlyClaim(Extraction e) {
    assertThat(e.claims()).as("claims").hasSize(1);
    return e.claims().get(0);
  }

  private static List<Mention> places(Extraction e) {
    return e.mentions().stream().filter(m -> m.kind() == Mention.Kind.LOCATION).toList();
  }

  @Test
  void aNamesakeInTheRegionNamedBesideItIsWhereAndItsCountrySaysWhoSpeaks() {
    Claim plain = onlyClaim(extract(NAMESAKES,
        "Ukrainian drones struck Donetsk on Sunday, the regional governor said."));
    assertThat(plain.place().geonameId()).as("no context: the far bigger city").isEqualTo(TestPlaces.DONETSK);
    assertThat(plain.place().countryCode()).isEqualTo("UA");
    assertThat(plain.attribution()).as("a governor of the drones' own side").isEqualTo(Attribution.SELF_CLAIM);

    Claim rostov = onlyClaim(extract(NAMESAKES,
        "Ukrainian drones struck Donetsk in the Rostov region on Sunday, the regional governor said."));
    assertThat(rostov.place().geonameId()).as("the town in the region named").isEqualTo(TestPlaces.DONETSK_ROSTOV);
    assertThat(rostov.place().admin1Code()).isEqualTo("RU.61");
    assertThat(rostov.place().candidates()).as("the city was a candidate").extracting(c -> c.geonameId())
        .contains(TestPlaces.DONETSK);
    assertThat(rostov.claimant().side()).as("the governor of a Russian region").isEqualTo("RU");
    assertThat(rostov.attribution()).as("about the other side's drones").isEqualTo(Attribution.ADVERSARY_CLAIM);
  }

  @Test
  void twoVillagesOfOneNameAreToldApartByTheirRegion() {
    Claim kyiv = onlyClaim(extract(NAMESAKES, "Russian forces shelled Dmytrivka in the Kiev region on Sunday."));
    Claim odesa = onlyClaim(extract(NAMESAKES, "Russian forces shelled Dmytrivka in the Odessa region on Sunday."));
    assertThat(kyiv.place().geonameId()).as("Kyiv Oblast").isEqualTo(TestPlaces.DMYTRIVKA_KYIV);
    assertThat(odesa.place().geonameId()).as("Odesa Oblast").isEqualTo(TestPlaces.DMYTRIVKA_ODESA);
    Claim bare = onlyClaim(extract(NAMESAKES, "Russian forces shelled Dmytrivka on Sunday."));
    assertThat(bare.place().candidates()).as("both stay candidates").hasSize(2);
    assertThat(bare.place().confidence()).as("a guess between namesakes is less sure than a located name")
        .isLessThan(kyiv.place().confidence());
  }

  @Test
  void aVillageTheGazetteerLacksKeepsTheRegionTheTextGives() {
    for (String text : List.of("On Sunday Ukrainian forces shelled the village of Glotovo in the Belgorod region.",
        "On Sunday Ukrainian forces shelled the village of Glotovo, Belgorod Oblast.")) {
      Claim c = onlyClaim(extract(BUNDLED, text));
      assertThat(c.place().text()).as(text).isEqualTo("Glotovo");
      assertThat(c.place().geonameId()).as("unresolved: " + text).isNull();
      assertThat(c.place().candidates()).as("nothing of that name").isEmpty();
      assertThat(c.place().admin1Code()).as("the region given: " + text).isEqualTo("RU.09");
      assertThat(c.place().geoPrecision()).as("region precision").isEqualTo(3);
    }
  }

  @Test
  void aBareNameTheGazetteerLacksIsNoPlaceAndMakesNoClaim() {
    Extraction unknown = extract(BUNDLED, "Ukrainian forces shelled Glotovo on Sunday.");
    assertThat(places(unknown)).as("an unknown capitalised word alone is no place").isEmpty();
    assertThat(unknown.claims()).as("a claim needs a town or region").isEmpty();
    Extraction known = extract(BUNDLED, "Ukrainian forces shelled Shebekino on Sunday.");
    assertThat(onlyClaim(known).place().geonameId()).as("the same sentence over a town it holds")
        .isEqualTo(BundledPlaces.SHEBEKINO);
  }
}
