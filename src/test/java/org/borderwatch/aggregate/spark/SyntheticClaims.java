package org.borderwatch.aggregate.spark;

import static org.borderwatch.io.Columns.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.aggregate.FixtureClaims;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;

/**
 * Writes a synthetic {@code claims} table for measuring the aggregate job (a development tool, not a
 * test). Claims are generated in Spark from {@code range(n)}, never on the driver: each claim reports
 * one of n/3 underlying events (so incidents have about three claims), at one of 20 towns in one of
 * 40 border regions (RU, UA, BY), on one of 365 days, with random claimant sides and attributions.
 *
 * <pre>
 * java $(sed -n "s/^java17.opens=//p" target/classes/borderwatch/version.properties) \
 *   -cp target/test-classes:target/borderwatch.jar:$(cat target/local-classpath.txt) \
 *   org.borderwatch.aggregate.spark.SyntheticClaims OUT_DIR 1000000
 * java -cp ... org.borderwatch.aggregate.spark.SyntheticClaims OUT_DIR fixtures   # the hand-counted fixture claims
 * </pre>
 */
public final class SyntheticClaims {
  private SyntheticClaims() {}

  public static void main(String[] args) {
    String out = args[0];
    SparkSession spark = SparkSession.builder().master("local[2]").appName("borderwatch synthetic claims")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.session.timeZone", "UTC").getOrCreate();
    try {
      Dataset<Row> claims = "fixtures".equals(args[1])
          ? FixtureClaims.dataFrame(spark, FixtureClaims.all())
          : generate(spark, Long.parseLong(args[1]));
      new TableStore(spark, out, "zstd").replace(Schemas.CLAIMS, claims, CLAIM_ID);
    } finally {
      spark.stop();
    }
  }

  /** The country of a generated claim's region, and the side its actor fights for. */
  private static final String LOCATION_COUNTRY_SQL = "case when region < 20 then 'RU' when region < 35 then 'UA' else 'BY' end";
  private static final String SIDE_SQL = "element_at(array('RU','UA','UA','BY'), cast(side_roll as int) + 1)";
  private static final String CROSSES_SQL = SIDE_SQL + " <> " + LOCATION_COUNTRY_SQL;

  static Dataset<Row> generate(SparkSession spark, long n) {
    long events = Math.max(1, n / 3);
    Dataset<Row> base = spark.range(n).selectExpr("id",
        "pmod(xxhash64(id, 7), " + events + ") as e",
        "pmod(xxhash64(id, 11), 4) as side_roll",
        "pmod(xxhash64(id, 13), 6) as claimant_roll");
    Dataset<Row> place = base.selectExpr("*",
        "cast(pmod(xxhash64(e, 1), 40) as int) as region",
        "cast(pmod(xxhash64(e, 2), 20) as int) as town",
        "date_add(date'2024-01-01', cast(pmod(xxhash64(e, 3), 365) as int)) as day",
        "cast(pmod(xxhash64(e, 4), 4) as int) as type_ix");
    Dataset<Row> generated = place.selectExpr(
        "substr(sha2(cast(id as string), 256), 1, 32) as " + CLAIM_ID,
        "concat('art-', cast(floor(id / 2) as string)) as " + ARTICLE_ID,
        "element_at(array('TASS','Meduza','Reuters','Ukrinform','Suspilne','RIA'), cast(pmod(id, 6) as int) + 1) as " + SOURCE,
        "concat('https://example.org/', cast(floor(id / 2) as string)) as " + URL,
        "cast(date_add(day, cast(pmod(id, 2) as int)) as timestamp) as " + PUBLISHED_AT,
        "date_add(day, cast(pmod(id, 2) as int)) as " + PUBLISHED_DATE,
        "0 as " + SENTENCE_INDEX, "'synthetic evidence' as " + EVIDENCE, "0 as " + EVIDENCE_BEGIN, "18 as " + EVIDENCE_END,
        "element_at(array('Russian forces','Ukrainian forces','Russian Volunteer Corps','Belarusian forces'), cast(side_roll as int) + 1) as " + ACTOR_TEXT,
        "element_at(array('generic:RU:STATE_FORCE','generic:UA:STATE_FORCE','rvc','generic:BY:STATE_FORCE'), cast(side_roll as int) + 1) as " + ACTOR_ID,
        "'STATE_FORCE' as " + ACTOR_TYPE,
        SIDE_SQL + " as " + ACTOR_COUNTRY,
        "element_at(array('RU','UA','RU','BY'), cast(side_roll as int) + 1) as " + ACTOR_NATIONALITY,
        "'attacked' as " + PREDICATE,
        "element_at(array('Battles','Explosions/Remote violence','Explosions/Remote violence','Strategic developments'), type_ix + 1) as " + EVENT_TYPE,
        "element_at(array('Armed clash','Shelling/artillery/missile attack','Air/drone strike','Disrupted weapons use'), type_ix + 1) as " + SUB_EVENT_TYPE,
        "concat('town ', region, '-', town) as " + LOCATION_TEXT,
        "cast(1000000 + region * 100 + town as long) as " + LOCATION_ID,
        "concat('town ', region, '-', town) as " + LOCATION_NAME,
        "concat(" + LOCATION_COUNTRY_SQL + ", '.', region) as " + ADMIN1_CODE,
        "concat('Region ', region) as " + ADMIN1_NAME,
        LOCATION_COUNTRY_SQL + " as " + COUNTRY_CODE,
        "50.0 + region * 0.05 + town * 0.013 as " + LATITUDE,
        "30.0 + region * 0.2 + town * 0.011 as " + LONGITUDE,
        "case when pmod(id, 10) = 0 then 3 else 1 end as " + GEO_PRECISION,
        "cast(null as string) as " + ORIGIN_COUNTRY,
        "element_at(array('Belgorod governor','Russian MoD','Ukrainian General Staff','RVC',null,'UN monitors'), cast(claimant_roll as int) + 1) as " + CLAIMANT_TEXT,
        "element_at(array('gov-belgorod','ru-mod','ua-gs','rvc',null,'un'), cast(claimant_roll as int) + 1) as " + CLAIMANT_ID,
        "'OFFICIAL' as " + CLAIMANT_TYPE,
        "element_at(array('RU','RU','UA','UA',null,null), cast(claimant_roll as int) + 1) as " + CLAIMANT_COUNTRY,
        "case when claimant_roll = 4 then 'MEDIA_REPORT' when claimant_roll = 5 then 'THIRD_PARTY' "
            + "when element_at(array('RU','RU','UA','UA'), cast(claimant_roll as int) + 1) = " + SIDE_SQL + " "
            + "then 'SELF_CLAIM' else 'ADVERSARY_CLAIM' end as " + ATTRIBUTION,
        "case when pmod(id, 17) = 0 then 'DENIED' else 'ASSERTED' end as " + MODALITY,
        "day as " + EVENT_DATE, "1 as " + TIME_PRECISION,
        CROSSES_SQL + " as " + CROSS_BORDER,
        "case when " + CROSSES_SQL + " "
            + "then element_at(array('INCURSION','CROSS_BORDER_FIRE','AIR_DRONE','BORDER_AREA'), type_ix + 1) end as " + CROSS_BORDER_KIND,
        "case when " + CROSSES_SQL + " "
            + "then element_at(array('STATED','DISTANCE','AIRSPACE','DISTANCE'), type_ix + 1) end as " + CROSS_BORDER_BASIS,
        "cast(null as double) as " + BORDER_DISTANCE_KM,
        "0.8 as " + CONFIDENCE, "'synthetic' as " + EXTRACTOR_VERSION, "'synthetic' as " + RUN_ID,
        "'synthetic' as " + PIPELINE_VERSION, "'synthetic' as " + GAZETTEER_VERSION);
    // literals like 50.0 are decimals in Spark SQL: cast every column to the declared type
    return generated.select(Schemas.CLAIMS.columns().stream()
        .map(c -> org.apache.spark.sql.functions.col(c.name()).cast(c.type()).as(c.name()))
        .toArray(org.apache.spark.sql.Column[]::new));
  }
}
