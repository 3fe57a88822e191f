package org.borderwatch.ingest.spark;

import java.io.Serializable;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;

/** What to ingest: a path or glob, its format and its column names. */
public record CorpusSpec(String input, InputFormat format, ColumnMapping columns) implements Serializable {
}
