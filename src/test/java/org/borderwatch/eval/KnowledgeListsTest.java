package org.borderwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.borderwatch.BorderwatchException;
import org.junit.jupiter.api.Test;

class KnowledgeListsTest {
  private static final ActorCountries ACTORS = ActorCountries.bundled();
  private static final Admin1Names ADMIN1 = Admin1Names.bundled();

  @Test
  void acledActorNamesMapToTheirSide() {
    assertThat(ACTORS.countryOf("Military Forces of Russia (2000-)")).as("state forces").hasValue("RU");
    assertThat(ACTORS.countryOf("Military Forces of Ukraine (2019-) Air Force")).as("branch").hasValue("UA");
    assertThat(ACTORS.countryOf("Police Forces of Ukraine (2019-) State Border Guard Service")).as("police").hasValue("UA");
    assertThat(ACTORS.countryOf("Civilians (Ukraine)")).as("civilians").hasValue("UA");
    assertThat(ACTORS.countryOf("Unidentified Armed Group (Ukraine)")).as("unidentified group").hasValue("UA");
    assertThat(ACTORS.countryOf("Protesters (Ukraine)")).as("protesters").hasValue("UA");
    assertThat(ACTORS.countryOf("NAF: United Armed Forces of Novorossiya")).as("Donbas separatists").hasValue("RU");
    assertThat(ACTORS.countryOf("Unidentified Military Forces")).as("no country named").isEmpty();
  }

  @Test
  void aReplacementListIsUsedAsWritten() throws Exception {
    ActorCountries own = ActorCountries.parse(stream("# mine\nKozak\tUA\n"), "own.tsv");
    assertThat(own.countryOf("Kozak Battalion")).as("own rule").hasValue("UA");
    assertThat(own.countryOf("Military Forces of Russia (2000-)")).as("bundled rules are not added").isEmpty();
    assertThatThrownBy(() -> ActorCountries.parse(stream("Kozak\tUkraine\n"), "bad.tsv"))
        .as("country must be a code").isInstanceOf(BorderwatchException.class).hasMessageContaining("bad.tsv line 1");
  }

  @Test
  void admin1NamesFoldAcrossCoders() {
    assertThat(ADMIN1.same("Donetsk", "Donetsk Oblast")).as("generic word dropped").isTrue();
    assertThat(ADMIN1.same("Zaporizhia", "Zaporizhzhia Oblast")).as("ACLED spelling alias").isTrue();
    assertThat(ADMIN1.same("Kirovograd", "Kirovohrad Oblast")).as("old name alias").isTrue();
    assertThat(ADMIN1.same("Luhansk", "Luhans'k Oblast")).as("apostrophe").isTrue();
    assertThat(ADMIN1.same("Kyiv City", "Kyiv Oblast")).as("city is not the oblast").isFalse();
    assertThat(ADMIN1.same("Kyiv", "Kyiv Oblast")).as("ACLED Kyiv is the oblast").isTrue();
    assertThat(ADMIN1.same(null, null)).as("unknown never matches").isFalse();
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
