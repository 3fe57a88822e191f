package org.borderwatch.nlp;

/** Shared span arithmetic for records carrying {@code begin}/{@code end} offsets (end exclusive). */
public interface Span {
  int begin();

  int end();

  default boolean overlaps(Span other) {
    return begin() < other.end() && other.begin() < end();
  }

  default boolean within(Span other) {
    return begin() >= other.begin() && end() <= other.end();
  }
}
