package org.borderwatch.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.testing.SampleRun;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every Spark SQL query of the notebooks in {@code notebooks/} against the output of a real
 * {@code borderwatch run} over the bundled sample, so that a schema change that breaks a notebook
 * fails the build. Tables the pipeline does not write yet are registered empty, with their exact
 * schema from {@link Schemas}, so their queries are still parsed, analysed and run.
 */
class NotebookQueriesTest extends SparkTestBase {
  private static final Path NOTEBOOKS = Path.of("notebooks");
  /** A query cell: {@code spark.sql("""...""")}, the one form the notebooks use. */
  private static final Pattern QUERY = Pattern.compile("spark\\.sql\\(\"\"\"(.*?)\"\"\"\\)", Pattern.DOTALL);
  private static final Pattern TABLES = Pattern.compile("^TABLES = \\[(.*)]$", Pattern.MULTILINE);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Tables registered from the pipeline's output rather than empty. */
  private static final Set<String> written = new TreeSet<>();

  @BeforeAll
  static void runPipelineOnTheSample() {
    Path out = SampleRun.output();
    for (TableSchema table : Schemas.allTables()) {
      Path folder = out.resolve(table.name());
      Dataset<Row> rows = Files.isDirectory(folder)
          ? spark.read().parquet(folder.toString())
          : spark.createDataFrame(List.of(), table.struct());
      if (Files.isDirectory(folder)) {
        written.add(table.name());
      }
      rows.createOrReplaceTempView(table.name());
    }
    assertThat(written).as("tables the pipeline wrote").contains("articles", "rejects");
  }

  static Stream<Arguments> queries() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (Path notebook : notebooks()) {
      List<String> sqls = queriesOf(notebook);
      for (int i = 0; i < sqls.size(); i++) {
        all.add(Arguments.of(notebook.getFileName() + " query " + (i + 1), sqls.get(i)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void queryRunsAgainstTheSampleOutput(String name, String sql) {
    Dataset<Row> result = spark.sql(sql);
    assertThat(result.columns()).as(name + " result columns").isNotEmpty();
    assertThat(result.collectAsList()).as(name + " rows").isNotNull();
  }

  @Test
  void everyQueryCellHasTheTestedForm() throws IOException {
    for (Path notebook : notebooks()) {
      String code = String.join("\n", codeCells(notebook));
      int calls = code.split("spark\\.sql\\(", -1).length - 1;
      assertThat(queriesOf(notebook)).as(notebook + ": spark.sql(\"\"\"…\"\"\") queries, one per spark.sql call")
          .hasSize(calls)
          .isNotEmpty();
    }
  }

  @Test
  void notebooksReadTablesTheSchemasDefine() throws IOException {
    Set<String> known = new TreeSet<>();
    Schemas.allTables().forEach(t -> known.add(t.name()));
    for (Path notebook : notebooks()) {
      List<String> cells = codeCells(notebook);
      assertThat(cells.get(0)).as(notebook + ": the first code cell is the OUT parameter")
          .contains("OUT = \"borderwatch-out\"");
      Matcher tables = TABLES.matcher(String.join("\n", cells));
      assertThat(tables.find()).as(notebook + ": a TABLES = [...] list of the views it registers").isTrue();
      for (String quoted : tables.group(1).split(",")) {
        assertThat(quoted.trim().replace("\"", "")).as(notebook + ": registered view").isIn(known);
      }
    }
  }

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
      assertThat(found).as("notebooks in " + NOTEBOOKS.toAbsolutePath()).isNotEmpty();
      return found;
    }
  }

  private static List<String> queriesOf(Path notebook) throws IOException {
    List<String> sqls = new ArrayList<>();
    for (String cell : codeCells(notebook)) {
      Matcher m = QUERY.matcher(cell);
      while (m.find()) {
        sqls.add(m.group(1).strip());
      }
    }
    return sqls;
  }

  private static List<String> codeCells(Path notebook) throws IOException {
    JsonNode root = JSON.readTree(notebook.toFile());
    List<String> cells = new ArrayList<>();
    for (JsonNode cell : root.path("cells")) {
      if ("code".equals(cell.path("cell_type").asText())) {
        JsonNode source = cell.path("source");
        StringBuilder text = new StringBuilder();
        if (source.isArray()) {
          source.forEach(line -> text.append(line.asText()));
        } else {
          text.append(source.asText());
        }
        cells.add(text.toString());
      }
    }
    return cells;
  }
}
