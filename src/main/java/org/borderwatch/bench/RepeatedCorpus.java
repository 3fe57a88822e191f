package org.borderwatch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.BorderwatchException;
import org.borderwatch.ingest.ColumnMapping;

/**
 * A real JSON Lines corpus, repeated: record {@code i} is line {@code i mod size} of the input, and
 * from the second copy on its id and URL carry the copy number, so that ingest sees new articles
 * rather than duplicates of the first copy and every copy costs what the first did. Lines that are
 * not JSON objects are repeated as they are, to be rejected again.
 */
public final class RepeatedCorpus implements BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String COPY_PARAMETER = "bench-copy";

  private final List<String> lines;
  private final ColumnMapping columns;

  private RepeatedCorpus(List<String> lines, ColumnMapping columns) {
    this.lines = List.copyOf(lines);
    this.columns = columns;
  }

  /** Reads a JSON Lines file, or every {@code *.jsonl} file of a folder in name order; blank lines are skipped. */
  public static RepeatedCorpus read(Path input, ColumnMapping columns) {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.isDirectory(input)
        ? Files.list(input).filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted()
        : Stream.of(input)) {
      for (Path file : files.toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
      }
    } catch (IOException e) {
      throw new BorderwatchException("cannot read the benchmark corpus " + input + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new BorderwatchException("the benchmark corpus " + input + " has no records (a JSON Lines file or a folder of *.jsonl)");
    }
    return new RepeatedCorpus(lines, columns);
  }

  public int size() {
    return lines.size();
  }

  @Override
  public String line(int index) {
    String line = lines.get(index % lines.size());
    int copy = index / lines.size();
    return copy == 0 ? line : relabel(line, copy, index);
  }

  private String relabel(String line, int copy, int index) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return line;
    }
    if (!(node instanceof ObjectNode record)) {
      return line;
    }
    JsonNode id = record.get(columns.id());
    if (id != null && id.isValueNode()) {
      record.put(columns.id(), id.asText() + "~" + copy);
    }
    // the article id hashes the canonical URL (or the text when there is none): a new query
    // parameter survives canonicalisation, and a URL-less copy gets a URN of its own
    JsonNode url = record.get(columns.url());
    String u = url != null && url.isValueNode() ? url.asText().strip() : "";
    String parameter = COPY_PARAMETER + "=" + copy;
    int fragment = u.indexOf('#') < 0 ? u.length() : u.indexOf('#');
    String base = u.substring(0, fragment);
    record.put(columns.url(), u.isEmpty() ? "urn:" + parameter + ":" + index
        : base + (base.contains("?") ? "&" : "?") + parameter + u.substring(fragment));
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON object always serialises", e);
    }
  }
}
