package org.borderwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.borderwatch.BorderwatchException;

/** Small files jobs read or write beside the tables (gold files, reports), on any Hadoop file system. */
final class ReportFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFiles() {}

  /** Writes {@code value} (maps, lists, scalars) as indented JSON; returns the qualified path. */
  static String writeJson(Configuration conf, String path, Object value) {
    try {
      return write(conf, path, JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BorderwatchException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  static String writeLines(Configuration conf, String path, List<String> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l).append('\n'));
    return write(conf, path, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String write(Configuration conf, String path, byte[] bytes) {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(conf);
      try (OutputStream out = fs.create(p, true)) {
        out.write(bytes);
      }
      return fs.makeQualified(p).toString();
    } catch (IOException e) {
      throw new BorderwatchException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** Opens a file for reading; an unreadable path is a usage error. */
  static InputStream open(Configuration conf, String path) {
    Path p = new Path(path);
    try {
      return p.getFileSystem(conf).open(p);
    } catch (IOException e) {
      throw new Main.UsageException("cannot read " + path + ": " + e.getMessage());
    }
  }
}
