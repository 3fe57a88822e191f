package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LGL: "Moore" (Moore, Oklahoma) after "Tom Moore" was a place. A surname the article uses stays a person. */
class SurnameIsNotAPlaceTest {
  @Test
  void aSurnameUsedEarlierIsAPerson() {
    assertThat(mentionOf("Tom Moore opened the shelter in March. Moore said it would stay open.", "Moore"))
        .isEmpty();
  }

  @Test
  void theTownIsATownWithoutThePerson() {
    assertThat(place("A tornado struck Moore on Monday.", "Moore").countryCode()).isEqualTo("US");
  }
}
