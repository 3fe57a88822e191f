package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Near Kupiansk, …" lost the town: the capitalised preposition made "Near Kupiansk" look like a person's name, so
 * Kupiansk was taken for a surname. A preposition opening a sentence starts neither a place nor a person.
 */
class PrepositionOpeningASentenceTest {
  private static final GeoKnowledge GEO = GeoNamesKnowledge.bundled();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Near Kupiansk, troops dug in before dawn.|Kupiansk",
      "Outside Vovchansk the shelling went on.|Vovchansk",
      "Around Bilopillia, fields were mined.|Bilopillia",
      "Kupiansk Ivanenko, a farmer, spoke to reporters.|"})
  void thePlaceAfterTheOpeningPrepositionIsFound(String text, String place) {
    List<String> found = GEO.parser().parse(text).stream().filter(p -> p.isResolved()).map(ResolvedPlace::text)
        .toList();
    if (place == null) {
      assertThat(found).as("a person's first name, not the town").isEmpty();
    } else {
      assertThat(found).containsExactly(place);
    }
  }
}
