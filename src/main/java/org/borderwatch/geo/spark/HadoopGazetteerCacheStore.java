package org.borderwatch.geo.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.borderwatch.geo.GazetteerCache;

/**
 * {@link GazetteerCache} entries as files {@code <key>.ser} of one folder on any Hadoop FileSystem. An entry is
 * written beside its final name and renamed, so a concurrent run reads a whole entry or none; the folder keeps
 * only the newest entry, since an output root is built from one gazetteer at a time.
 */
public final class HadoopGazetteerCacheStore implements GazetteerCache.Store {
  static final String SUFFIX = ".ser";
  private final Path dir;
  private final FileSystem fs;

  public HadoopGazetteerCacheStore(String dir, Configuration conf) throws IOException {
    this.dir = new Path(dir);
    this.fs = this.dir.getFileSystem(conf);
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    try {
      return Optional.of(fs.open(new Path(dir, key + SUFFIX)));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void write(String key, GazetteerCache.EntryWriter writer) throws IOException {
    fs.mkdirs(dir);
    Path target = new Path(dir, key + SUFFIX);
    Path staging = new Path(dir, "." + key + "-" + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = fs.create(staging, true)) {
        writer.writeTo(out);
      }
      fs.delete(target, false);
      if (!fs.rename(staging, target)) {
        throw new IOException("cannot rename " + staging + " to " + target);
      }
    } finally {
      fs.delete(staging, false);
    }
    for (FileStatus old : fs.listStatus(dir)) {
      if (!old.getPath().getName().equals(target.getName()) && old.getPath().getName().endsWith(SUFFIX)) {
        fs.delete(old.getPath(), false);
      }
    }
  }
}
