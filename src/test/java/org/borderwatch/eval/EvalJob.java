package org.borderwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.cli.Main;

/** The {@code eval} job as a user runs it, and the JSON report it writes. */
final class EvalJob {
  private EvalJob() {}

  static JsonNode run(Path out, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("eval"));
    args.addAll(List.of(options));
    args.addAll(List.of("--out", out.toString(), "--master", "local[2]"));
    assertThat(Main.execute(args.toArray(String[]::new))).as("eval exit code").isZero();
    JsonNode report = new ObjectMapper().readTree(out.resolve("eval/eval.json").toFile());
    // the figures, for raising the floors (target/failsafe-reports/*-output.txt)
    System.out.println("eval " + String.join(" ", options) + ": " + report);
    return report;
  }
}
