package org.borderwatch.geo.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.borderwatch.geo.GeoKnowledge;

/**
 * The geographic knowledge shipped once to each executor and fetched lazily there. The value travels as
 * Java-serialized bytes (the index is a handful of large arrays, and this keeps it independent of the session's
 * Kryo settings); each executor JVM deserializes it once and caches it, so every partition and task shares one
 * copy. Capture this object (it is small) in the function passed to {@code mapPartitions}.
 *
 * <p>Up to {@code maxBroadcastBytes} serialized the bytes are a Spark broadcast. Beyond that a broadcast stops
 * paying: the driver would hold the bytes beside the index, and each executor keeps the broadcast's blocks in its
 * storage memory beside the index it deserializes, roughly doubling the heap the index needs. A larger knowledge
 * is written once to a file in {@code spillDir} (a folder every executor can read: the output root's
 * {@code _state}) and each executor JVM streams it from there, holding only the index.
 */
public final class GeoBroadcast implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final Map<String, GeoKnowledge> CACHE = new ConcurrentHashMap<>();

  private final Broadcast<byte[]> bytes;
  private final String file;
  private final Broadcast<SerializableConfiguration> hadoopConf;
  private transient GeoKnowledge knowledge;

  private GeoBroadcast(Broadcast<byte[]> bytes, String file, Broadcast<SerializableConfiguration> hadoopConf) {
    this.bytes = bytes;
    this.file = file;
    this.hadoopConf = hadoopConf;
  }

  /** Always a Spark broadcast, for a knowledge known to be small. */
  public static GeoBroadcast of(SparkSession spark, GeoKnowledge knowledge) {
    return of(spark, knowledge, null, Long.MAX_VALUE);
  }

  /**
   * A Spark broadcast while the serialized knowledge fits {@code maxBroadcastBytes}, else a file under
   * {@code spillDir} (required then).
   */
  public static GeoBroadcast of(SparkSession spark, GeoKnowledge knowledge, String spillDir, long maxBroadcastBytes) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path target = spillDir == null ? null : new Path(spillDir, "geo-knowledge-" + UUID.randomUUID() + ".ser");
    SpillingOutputStream out = new SpillingOutputStream(maxBroadcastBytes, () -> {
      if (target == null) {
        throw new IllegalStateException("geographic knowledge above " + maxBroadcastBytes
            + " bytes serialized and no folder to write it to");
      }
      return target.getFileSystem(conf).create(target, true);
    });
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(knowledge);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize geographic knowledge", e);
    }
    GeoBroadcast handle = out.spilled()
        ? new GeoBroadcast(null, target.toString(), jsc.broadcast(new SerializableConfiguration(conf)))
        : new GeoBroadcast(jsc.broadcast(out.buffered()), null, null);
    handle.knowledge = knowledge;
    return handle;
  }

  /** True when executors read the knowledge from a file rather than a broadcast. */
  public boolean spilled() {
    return file != null;
  }

  /** The knowledge on this JVM, deserialized on first use. */
  public GeoKnowledge value() {
    if (knowledge == null) {
      knowledge = CACHE.computeIfAbsent(cacheKey(), k -> file != null ? readFile() : deserialize(bytes.value()));
    }
    return knowledge;
  }

  /** Frees the executors' copies (and the file); call when the stage that used it is done. */
  public void destroy() {
    CACHE.remove(cacheKey());
    if (file != null) {
      Path path = new Path(file);
      try {
        path.getFileSystem(hadoopConf.value().value()).delete(path, false);
      } catch (IOException e) {
        // a file left behind costs disk in _state, not this run its result
      }
      hadoopConf.destroy();
    } else {
      bytes.destroy();
    }
  }

  private String cacheKey() {
    return file != null ? file : "broadcast-" + bytes.id();
  }

  private GeoKnowledge readFile() {
    Path path = new Path(file);
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(
        path.getFileSystem(hadoopConf.value().value()).open(path), 1 << 16))) {
      return (GeoKnowledge) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read geographic knowledge from " + file, e);
    }
  }

  static GeoKnowledge deserialize(byte[] data) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
      return (GeoKnowledge) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read broadcast geographic knowledge", e);
    }
  }
}
