package org.borderwatch.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import org.borderwatch.BorderwatchException;
import org.borderwatch.io.Versions;

/**
 * Built gazetteer indexes kept between runs. Building cities500 folds and sorts a few hundred thousand names
 * (about ten seconds of CPU); reading the built index back is a deserialisation. An entry is keyed by a
 * fingerprint of every file's contents in the folder, the options that shape the index and the pipeline version
 * (the entry is this build's serialised classes), so a changed file, option or build misses. An entry that
 * cannot be read (a truncated file, another build's classes under the same version) is rebuilt and replaced.
 */
public final class GazetteerCache {
  /** Where entries live: one blob per key, written whole or not at all. */
  public interface Store {
    Optional<InputStream> open(String key) throws IOException;

    void write(String key, EntryWriter writer) throws IOException;
  }

  public interface EntryWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The knowledge and whether it came from the cache, for the job's progress line. */
  public record Loaded(GeoNamesKnowledge knowledge, String key, boolean fromCache) {}

  private final Store store;

  public GazetteerCache(Store store) {
    this.store = store;
  }

  public Loaded load(GazetteerFiles files, GazetteerOptions options) {
    long start = System.nanoTime();
    String key = fingerprint(files, options);
    Optional<GeoNamesKnowledge> cached = read(key).filter(k -> k.options().equals(options));
    if (cached.isPresent()) {
      GeoNamesKnowledge k = cached.get();
      LoadReport built = k.loadReport();
      // the report speaks of this load: where the files are now and how long fingerprint and read took
      LoadReport report = new LoadReport(files.location(), built.version(), built.places(), built.names(),
          built.filtered(), built.malformedByFile(), (System.nanoTime() - start) / 1_000_000);
      return new Loaded(k.withLoadReport(report), key, true);
    }
    GeoNamesKnowledge built = GazetteerLoader.load(files, options);
    try {
      store.write(key, out -> {
        try (ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(out, 1 << 16))) {
          o.writeObject(built);
        }
      });
    } catch (IOException e) {
      // a cache that cannot be written costs the next run a rebuild, not this run its result
    }
    return new Loaded(built, key, false);
  }

  private Optional<GeoNamesKnowledge> read(String key) {
    try {
      Optional<InputStream> in = store.open(key);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (ObjectInputStream o = new ObjectInputStream(new BufferedInputStream(in.get(), 1 << 16))) {
        return Optional.of((GeoNamesKnowledge) o.readObject());
      }
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      return Optional.empty();
    }
  }

  /** SHA-256 over the pipeline version, the options and each file's name and contents, in name order. */
  public static String fingerprint(GazetteerFiles files, GazetteerOptions options) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
    update(digest, Versions.pipeline());
    // every option, since the knowledge carries them; the classes sorted, as a Set's order differs between JVMs
    update(digest, new TreeSet<>(options.featureClasses()) + " " + options.minPopulation() + " "
        + options.maxCandidates() + " " + options.bareNameMinPopulation() + " " + options.focusOverrideRatio() + " "
        + options.acronymMinPopulation());
    byte[] buffer = new byte[1 << 16];
    for (String name : files.names()) {
      update(digest, name);
      try (InputStream in = files.open(name).orElseThrow(() -> new IOException("listed but not found"))) {
        DigestInputStream d = new DigestInputStream(in, digest);
        while (d.read(buffer) >= 0) {
          // the digest sees every byte read
        }
      } catch (IOException e) {
        throw new BorderwatchException("cannot read gazetteer file " + name + " in " + files.location() + ": "
            + e.getMessage(), e);
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  private static void update(MessageDigest digest, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }
}
