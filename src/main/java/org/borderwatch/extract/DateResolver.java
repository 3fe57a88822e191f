package org.borderwatch.extract;

import org.borderwatch.extract.model.DateMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them against the publication date: absolute dates ("22 May", "May 22, 2023",
 * "22.05.2023", "2023-05-22"; a missing year is the latest that is not after publication, unless this year's day
 * falls within two weeks after it: a day announced ahead), weekdays ("on Monday", "Sunday night": the latest such day
 * on or before publication), relative days ("yesterday", "overnight" and "last night" = the day before publication,
 * "today"), weeks ("last week", precision 2) and months ("in May", "last month", "last September": the latest before
 * the publication month; precision 3). Spark NLP's DateMatcher is not used: it misses weekdays and costs about half
 * of a rule pipeline's time.
 */
public final class DateResolver {
  private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|november"
      + "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:,?\\s+(\\d{4}))?";

  /** A day written without a year this soon after publication is a coming one ("will pull back on 10 May"). */
  private static final int UPCOMING_DAYS = 14;

  private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Resolved> resolve, boolean relative) {}

  /** @param yearInferred the text gave no year: it was chosen against publication */
  private record Resolved(LocalDate date, int precision, boolean yearInferred) {
    Resolved(LocalDate date, int precision) {
      this(date, precision, false);
    }
  }

  private static final List<Rule> RULES = List.of(
      rule("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", (m, p) -> day(ymd(m.group(1), m.group(2), m.group(3)))),
      rule("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b", (m, p) -> day(ymd(m.group(3), m.group(2), m.group(1)))),
      rule("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTHS + YEAR + "\\b",
          (m, p) -> inferred(day(dayMonth(p, m.group(1), m.group(2), m.group(3))), m.group(3))),
      rule("\\b" + MONTHS + "\\s+" + DAY + YEAR + "\\b(?!\\s*(?:km|kilomet|mile|people|civilians|soldiers))",
          (m, p) -> inferred(day(dayMonth(p, m.group(2), m.group(1), m.group(3))), m.group(3))),
      relative("\\b(last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?\\b",
          (m, p) -> day(weekday(p, m.group(2), m.group(1) != null))),
      relative("\\b(yesterday|overnight|last night|the previous day|the day before|early hours)\\b",
          (m, p) -> day(p.minusDays(1))),
      relative("\\b(today|this morning|tonight|this afternoon|this evening|earlier today)\\b", (m, p) -> day(p)),
      relative("\\b(last week|past week|previous week)\\b", (m, p) -> new Resolved(p.minusWeeks(1), DateMention.WEEK)),
      relative("\\b(this week|earlier this week)\\b", (m, p) -> new Resolved(p, DateMention.WEEK)),
      relative("\\b(last month|previous month)\\b", (m, p) -> new Resolved(p.minusMonths(1).withDayOfMonth(1),
          DateMention.MONTH)),
      relative("\\b(this month|earlier this month)\\b", (m, p) -> new Resolved(p.withDayOfMonth(1), DateMention.MONTH)),
      relative("\\blast\\s+" + MONTHS + "\\b", (m, p) -> lastMonth(p, m.group(1))),
      rule("\\bin\\s+" + MONTHS + "(?:\\s+(\\d{4}))?\\b", (m, p) -> inferred(month(p, m.group(1), m.group(2)), m.group(2))),
      // "until July 2014", "by March 2022": a written year makes a month after any word a date ("May" alone is a verb)
      rule("\\b" + MONTHS + "\\s+(\\d{4})\\b", (m, p) -> month(p, m.group(1), m.group(2))));

  private DateResolver() {}

  private static Rule rule(String regex, BiFunction<Matcher, LocalDate, Resolved> resolve) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolve, false);
  }

  /** An expression counted back from publication: "yesterday", "last week", "last September". */
  private static Rule relative(String regex, BiFunction<Matcher, LocalDate, Resolved> resolve) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolve, true);
  }

  /** Date expressions in {@code text[from, to)}, in text order, without overlaps; offsets index into {@code text}. */
  public static List<DateMention> find(String text, int from, int to, LocalDate published) {
    return find(text, from, to, published, null);
  }

  /**
   * As {@link #find(String, int, int, LocalDate)}, where {@code narrative} is the last date the text before named
   * (null when none): a date written without a year follows the narrative's year ("On 24 February 2022 … On 3
   * March" is 3 March 2022, not the March before publication), moving to the next year when it would fall more than
   * a month before the narrative, and never after publication.
   */
  public static List<DateMention> find(String text, int from, int to, LocalDate published, LocalDate narrative) {
    List<DateMention> out = new ArrayList<>();
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(text).region(from, to);
      while (m.find()) {
        int b = m.start();
        int e = m.end();
        if (out.stream().anyMatch(d -> d.begin() < e && b < d.end())) {
          continue;
        }
        Resolved res = safely(r, m, published);
        if (res != null && res.yearInferred() && narrative != null) {
          res = followingNarrative(res, narrative, published);
        }
        if (res != null) {
          out.add(new DateMention(b, e, text.substring(b, e), res.date(), res.precision(), r.relative()));
        }
      }
    }
    out.sort(Comparator.comparingInt(DateMention::begin));
    return out;
  }

  private static Resolved safely(Rule r, Matcher m, LocalDate published) {
    try {
      return r.resolve().apply(m, published);
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      // "31 February", "45.13.2023": not a date
      return null;
    }
  }

  /** A resolution whose year the text did not write ({@code year} null) is marked inferred. */
  private static Resolved inferred(Resolved res, String year) {
    return year != null ? res : new Resolved(res.date(), res.precision(), true);
  }

  private static Resolved followingNarrative(Resolved res, LocalDate narrative, LocalDate published) {
    LocalDate d = res.date().withYear(narrative.getYear());
    if (d.isBefore(narrative.minusMonths(1))) {
      d = d.plusYears(1);
    }
    return d.isAfter(published.plusDays(1)) ? res : new Resolved(d, res.precision(), true);
  }

  private static Resolved day(LocalDate d) {
    return new Resolved(d, DateMention.DAY);
  }

  private static LocalDate ymd(String y, String m, String d) {
    return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate dayMonth(LocalDate published, String day, String month, String year) {
    Month mo = month(month);
    int d = Integer.parseInt(day);
    if (year != null) {
      return LocalDate.of(Integer.parseInt(year), mo, d);
    }
    LocalDate candidate = LocalDate.of(published.getYear(), mo, d);
    boolean announced = !candidate.isAfter(published.plusDays(UPCOMING_DAYS));
    return candidate.isAfter(published.plusDays(1)) && !announced ? candidate.minusYears(1) : candidate;
  }

  private static Resolved month(LocalDate published, String month, String year) {
    Month mo = month(month);
    LocalDate first = year != null ? LocalDate.of(Integer.parseInt(year), mo, 1) : LocalDate.of(published.getYear(), mo, 1);
    if (year == null && first.isAfter(published)) {
      first = first.minusYears(1);
    }
    return new Resolved(first, DateMention.MONTH);
  }

  /** "last March" written in March 2023 is March 2022: the latest such month before the publication month. */
  private static Resolved lastMonth(LocalDate published, String month) {
    LocalDate first = LocalDate.of(published.getYear(), month(month), 1);
    return new Resolved(first.isBefore(published.withDayOfMonth(1)) ? first : first.minusYears(1), DateMention.MONTH);
  }

  private static LocalDate weekday(LocalDate published, String name, boolean strictlyBefore) {
    DayOfWeek target = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    LocalDate d = strictlyBefore ? published.minusDays(1) : published;
    while (d.getDayOfWeek() != target) {
      d = d.minusDays(1);
    }
    return d;
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.equals(n) || full.startsWith(n) && n.length() >= 3) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
