package org.borderwatch.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A validated, normalised article; one row of the {@code articles} table before de-duplication. */
public record Article(String articleId, String inputId, String url, String source, String title, String text,
    Instant publishedAt, LocalDate publishedDate, boolean publishedInferred, String language, String contentHash,
    String inputFile, Long inputOffset, Long inputLine) implements Serializable {
}
