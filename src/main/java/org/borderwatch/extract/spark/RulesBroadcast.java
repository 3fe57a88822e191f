package org.borderwatch.extract.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.extract.lexicon.ExtractionRules;

/**
 * The extraction rules broadcast once as Java-serialized bytes (Kryo cannot write records, and the
 * rules are records inside tries) and deserialized once per executor task thread on first use.
 */
final class RulesBroadcast implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Broadcast<byte[]> bytes;
  private transient ExtractionRules rules;

  private RulesBroadcast(Broadcast<byte[]> bytes, ExtractionRules rules) {
    this.bytes = bytes;
    this.rules = rules;
  }

  static RulesBroadcast of(SparkSession spark, ExtractionRules rules) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(rules);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the extraction rules", e);
    }
    return new RulesBroadcast(JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(buffer.toByteArray()),
        rules);
  }

  ExtractionRules value() {
    if (rules == null) {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.value()))) {
        rules = (ExtractionRules) in.readObject();
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException("cannot read the broadcast extraction rules", e);
      }
    }
    return rules;
  }

  void destroy() {
    bytes.destroy();
  }
}
