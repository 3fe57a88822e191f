package org.borderwatch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.cli.Main;
import org.borderwatch.io.SchemaDocs;
import org.borderwatch.io.Schemas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Keeps the README honest: its table reference, its test command and its job list follow the code. */
class ReadmeTest {
  private static final Path README = Path.of("README.md");

  private static String readme() throws IOException {
    return Files.readString(README);
  }

  private static String between(String text, String begin, String end) {
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    assertThat(b).as(begin + " marker").isNotNegative();
    assertThat(e).as(end + " marker").isGreaterThan(b);
    return text.substring(b + begin.length(), e).strip();
  }

  @Test
  void tableReferenceIsTheGeneratedOne() throws IOException {
    assertThat(between(readme(), "<!-- tables:begin -->", "<!-- tables:end -->"))
        .as("README table reference; regenerate with: jobs/borderwatch schema")
        .isEqualTo(SchemaDocs.markdown(Schemas.allTables()).strip());
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws IOException {
    String ci = Files.readString(Path.of(".ci/run"));
    String command = ci.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ")
        && !l.startsWith("cd ") && !l.startsWith("if ") && !l.startsWith("fi") && !l.startsWith("  ")).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(readme()).as("README quick start").contains("\n" + command + " ");
  }

  @Test
  void everyJobIsDocumented() throws IOException {
    String readme = readme();
    for (String job : new CommandLine(new Main()).getSubcommands().keySet()) {
      if (!job.equals("help")) {
        assertThat(readme).as("README section for " + job).contains("### `" + job + "`");
      }
    }
  }
}
