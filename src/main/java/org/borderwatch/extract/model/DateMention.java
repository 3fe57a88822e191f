package org.borderwatch.extract.model;

import java.io.Serializable;
import java.time.LocalDate;
import org.borderwatch.nlp.Span;

/**
 * A date expression and the date it resolves to against the publication date.
 *
 * @param precision 1 day, 2 week, 3 month (as {@code claims.time_precision})
 * @param relative whether the expression counts back from publication ("yesterday", "last September") rather than
 *     naming a date
 */
public record DateMention(int begin, int end, String text, LocalDate date, int precision, boolean relative)
    implements Span, Serializable {
  public static final int DAY = 1;
  public static final int WEEK = 2;
  public static final int MONTH = 3;
}
