package org.borderwatch.cli;

import java.util.concurrent.Callable;
import org.borderwatch.io.SchemaDocs;
import org.borderwatch.io.Schemas;
import picocli.CommandLine.Command;

/** {@code borderwatch schema}: prints the output tables' columns as Markdown. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print every output table's columns, types and meaning (Markdown).")
final class SchemaCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.print(SchemaDocs.markdown(Schemas.allTables()));
    return 0;
  }
}
