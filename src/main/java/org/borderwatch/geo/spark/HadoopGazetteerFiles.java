package org.borderwatch.geo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.borderwatch.geo.GazetteerFiles;

/** A gazetteer folder on any Hadoop FileSystem: local, HDFS, S3 ({@code s3a://}). Used on the driver only. */
final class HadoopGazetteerFiles implements GazetteerFiles {
  private final Path dir;
  private final FileSystem fs;

  HadoopGazetteerFiles(String dir, Configuration conf) throws IOException {
    this.dir = new Path(dir);
    this.fs = this.dir.getFileSystem(conf);
  }

  @Override
  public String location() {
    return dir.toString();
  }

  @Override
  public List<String> names() {
    try {
      List<String> names = new ArrayList<>();
      for (FileStatus status : fs.listStatus(dir)) {
        if (status.isFile()) {
          names.add(status.getPath().getName());
        }
      }
      names.sort(null);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list gazetteer folder " + dir, e);
    }
  }

  @Override
  public Optional<InputStream> open(String name) throws IOException {
    Path file = new Path(dir, name);
    return fs.isFile(file) ? Optional.of(fs.open(file)) : Optional.empty();
  }
}
