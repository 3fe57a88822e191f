package org.borderwatch.geo.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.geo.GeoKnowledge;

/**
 * The geographic knowledge broadcast once and fetched lazily on executors. The value travels as Java-serialized
 * bytes (the index is a handful of large arrays, and this keeps it independent of the session's Kryo settings);
 * each executor JVM deserializes it once and caches it by broadcast id, so every partition and task shares one
 * copy. Capture this object (it is small) in the function passed to {@code mapPartitions}.
 */
public final class GeoBroadcast implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<Long, GeoKnowledge> CACHE = new ConcurrentHashMap<>();

  private final Broadcast<byte[]> bytes;
  private transient GeoKnowledge knowledge;

  private GeoBroadcast(Broadcast<byte[]> bytes) {
    this.bytes = bytes;
  }

  public static GeoBroadcast of(SparkSession spark, GeoKnowledge knowledge) {
    Broadcast<byte[]> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(serialize(knowledge));
    GeoBroadcast handle = new GeoBroadcast(b);
    handle.knowledge = knowledge;
    return handle;
  }

  /** The knowledge on this JVM, deserialized on first use. */
  public GeoKnowledge value() {
    if (knowledge == null) {
      knowledge = CACHE.computeIfAbsent(bytes.id(), id -> deserialize(bytes.value()));
    }
    return knowledge;
  }

  /** Frees the executors' copies; call when the stage that used it is done. */
  public void destroy() {
    CACHE.remove(bytes.id());
    bytes.destroy();
  }

  static byte[] serialize(GeoKnowledge knowledge) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(knowledge);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize geographic knowledge", e);
    }
    return buffer.toByteArray();
  }

  static GeoKnowledge deserialize(byte[] data) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
      return (GeoKnowledge) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read broadcast geographic knowledge", e);
    }
  }
}
