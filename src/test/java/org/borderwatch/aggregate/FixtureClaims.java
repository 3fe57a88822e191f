package org.borderwatch.aggregate;

import static org.borderwatch.aggregate.ClaimFixture.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.io.Columns;

/**
 * Twelve claims from the Belgorod and Sumy border, March and December 2024, whose incidents and
 * statistics are counted by hand in the tests:
 * <pre>
 * I1 2024-03-12 Kozinka    c1 c2 c3  RVC self-claims + governor's "sabotage group"  contested WHO_ACTED, INCURSION
 *                                    basis STATED (each claim)
 * I2 2024-03-13 Belgorod   c4        drone shot down (governor, self)              AIR_DRONE, AIRSPACE
 * I5 2024-03-14 Gora-Podol c9        RVC self-claim, 2 days after I1: own incident INCURSION, DISTANCE
 * I3 2024-03-18 Khotin     c5 c6 c7  UA and RU blame each other; c7 region-level   contested MUTUAL_BLAME, CROSS_BORDER_FIRE
 *                          c11       bases DISTANCE, -, ORIGIN, DISTANCE → ORIGIN
 * I4 2024-03-19 Sumy       c8        protest (not cross-border)
 * I6 2024-12-30 Shebekino  c10       shelling, ISO week 2025-W01                   CROSS_BORDER_FIRE, DISTANCE
 * strict view: I1, I2, I3; the broad view adds I5 and I6
 * c12 has no event type: rejected
 * </pre>
 */
public final class FixtureClaims {
  public static final String NASTY_ACTOR = "sabotage group <script>alert(\"pwned\")</script> of the 'Ukrainian' \"Armed Forces\"";
  public static final String NASTY_CLAIMANT = "Gladkov & <b>office</b>";

  private FixtureClaims() {}

  private static LocalDate mar(int day) {
    return LocalDate.of(2024, 3, day);
  }

  public static List<ClaimFixture> all() {
    return List.of(
        claim("c01").at(KOZINKA).on(mar(12)).article("a1", "Meduza", mar(12))
            .actor("Russian Volunteer Corps", "rvc", "UA").claimant("RVC", "rvc", "UA", "SELF_CLAIM")
            .modality("CLAIMED").event("Battles", "Non-state actor overtakes territory").crossBorder("INCURSION", "STATED"),
        claim("c02").at(GRAIVORON).on(mar(12)).article("a2", "TASS", mar(12))
            .actor(NASTY_ACTOR, "generic:UA:STATE_FORCE", "UA").claimant(NASTY_CLAIMANT, "gov-belgorod", "RU", "ADVERSARY_CLAIM")
            .event("Battles", "Armed clash").crossBorder("INCURSION", "STATED"),
        claim("c03").at(KOZINKA).on(mar(12)).article("a3", "Reuters", mar(13))
            .actor("Russian Volunteer Corps", "rvc", "UA").claimant("Russian Volunteer Corps", "rvc", "UA", "SELF_CLAIM")
            .modality("CLAIMED").event("Battles", "Non-state actor overtakes territory").crossBorder("INCURSION", "STATED"),
        claim("c04").at(BELGOROD).on(mar(13)).article("a4", "TASS", mar(13))
            .actor("local air defence", "generic:RU:STATE_FORCE", "RU").claimant("Belgorod governor", "gov-belgorod", "RU", "SELF_CLAIM")
            .event("Strategic developments", "Disrupted weapons use").crossBorder("AIR_DRONE", "AIRSPACE"),
        claim("c05").at(KHOTIN).on(mar(18)).article("a5", "Ukrinform", mar(18))
            .actor("Russian forces", "generic:RU:STATE_FORCE", "RU").claimant("State Border Guard Service", "dpsu", "UA", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack").crossBorder("CROSS_BORDER_FIRE", "DISTANCE"),
        claim("c06").at(KHOTIN).on(mar(18)).article("a6", "TASS", mar(19))
            .actor("Ukrainian forces", "generic:UA:STATE_FORCE", "UA").claimant("Russian Ministry of Defence", "ru-mod", "RU", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        claim("c07").at(SUMY_OBLAST).on(mar(19)).article("a7", "Ukrainska Pravda", mar(19))
            .actor("Russian army", null, "RU")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack").crossBorder("CROSS_BORDER_FIRE", "ORIGIN"),
        claim("c08").at(SUMY).on(mar(19)).article("a8", "Suspilne", mar(19))
            .actor("residents", null, "UA").event("Protests", "Peaceful protest"),
        claim("c09").at(GORA_PODOL).on(mar(14)).article("a9", "Meduza", mar(14))
            .actor("Russian Volunteer Corps", "rvc", "UA").claimant("RVC", "rvc", "UA", "SELF_CLAIM")
            .modality("CLAIMED").event("Battles", "Armed clash").crossBorder("INCURSION", "DISTANCE"),
        claim("c10").at(SHEBEKINO).on(LocalDate.of(2024, 12, 30)).article("a10", "TASS", LocalDate.of(2024, 12, 30))
            .actor("Ukrainian forces", "generic:UA:STATE_FORCE", "UA").claimant("Belgorod governor", "gov-belgorod", "RU", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack").crossBorder("CROSS_BORDER_FIRE", "DISTANCE"),
        claim("c11").at(KHOTIN).on(mar(18)).article("a11", "Ukrinform", mar(18))
            .actor("Russian forces", "generic:RU:STATE_FORCE", "RU").claimant("State Border Guard Service", "dpsu", "UA", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack").crossBorder("CROSS_BORDER_FIRE", "DISTANCE"),
        claim("c12").at(KOZINKA).on(mar(12)).article("a12", "Meduza", mar(12)).event(null, null));
  }

  public static Dataset<Row> dataFrame(SparkSession spark, List<ClaimFixture> claims) {
    return spark.createDataFrame(claims.stream().map(ClaimFixture::row).toList(), ClaimFixture.lenientSchema())
        .orderBy(Columns.CLAIM_ID);
  }
}
