package org.borderwatch.ingest;

/**
 * One line of a line-based corpus file, decoded. {@code number} is the 1-based line number when the
 * reader knows it (whole-file reads), else null; {@code offset} is where the line starts, in bytes
 * (see {@link org.borderwatch.io.Columns#INPUT_OFFSET}). {@code valid} is false when the line's bytes
 * were not UTF-8 ({@code text} then holds replacement characters).
 */
public record InputLine(Long number, long offset, String text, boolean valid) {}
