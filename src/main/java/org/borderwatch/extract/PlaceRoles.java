package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.ResolvedPlace;

/**
 * Decides what each place in a sentence is to the events in it: where something happened, where fire
 * came from ("fired from Belarus", "from Russian territory"), or neither — a qualifier of another
 * place ("Kozinka, Belgorod Oblast", "Russia's Belgorod region"), part of an actor's name ("Belgorod
 * governor"), a dateline ("KYIV –"), or a direction ("the region bordering Ukraine").
 */
final class PlaceRoles {
  private static final Pattern ORIGIN_BEFORE = Pattern.compile(
      "(?i)\\bfrom\\s+(?:the\\s+)?(?:territory\\s+of\\s+|direction\\s+of\\s+|side\\s+of\\s+|airspace\\s+of\\s+)?(?:the\\s+)?$");
  private static final Pattern NOT_WHERE_BEFORE = Pattern.compile(
      "(?i)(\\bbordering|\\bborder\\s+with|\\btowards|\\btoward|\\bto|\\bfled\\s+to|\\bdeported\\s+to|\\bcitizens\\s+of|\\bsides?\\s+of|\\bagainst)\\s+(?:the\\s+)?$");
  private static final Pattern DEMONYM_ORIGIN = Pattern.compile(
      "(?i)\\bfrom\\s+(?:the\\s+)?(\\p{L}+)\\s+(?:territory|side|soil|airspace)\\b");
  private static final Pattern COORDINATION = Pattern.compile("\\s*(,|and|or|, and|as well as)\\s*(the\\s+)?",
      Pattern.CASE_INSENSITIVE);

  private final List<ResolvedPlace> where = new ArrayList<>();
  private String origin;

  private PlaceRoles() {}

  static PlaceRoles of(String text, SentenceFacts f, GeoKnowledge geo) {
    PlaceRoles r = new PlaceRoles();
    List<ResolvedPlace> places = f.places();
    for (int i = 0; i < places.size(); i++) {
      ResolvedPlace p = places.get(i);
      String before = text.substring(Math.max(f.sentence().begin(), p.begin() - 40), p.begin());
      if (ORIGIN_BEFORE.matcher(before).find()) {
        if (p.countryCode() != null && r.origin == null) {
          r.origin = p.countryCode();
        }
        continue;
      }
      if (NOT_WHERE_BEFORE.matcher(before).find() || insideActor(f, p) || isDateline(text, f, p)
          || qualifiesPrevious(text, places, i) || qualifiesNext(text, places, i)) {
        continue;
      }
      r.where.add(p);
    }
    if (r.origin == null) {
      Matcher m = DEMONYM_ORIGIN.matcher(text).region(f.sentence().begin(), f.sentence().end());
      if (m.find()) {
        r.origin = geo.countryOf(m.group(1)).orElse(null);
      }
    }
    return r;
  }

  String origin() {
    return origin;
  }

  List<ResolvedPlace> where() {
    return where;
  }

  /**
   * Where an event triggered at {@code [begin, end)} happened: the first place after the trigger and
   * before {@code nextTrigger}, with the places coordinated with it; else the nearest place before it.
   */
  List<ResolvedPlace> forTrigger(String text, int begin, int end, int nextTrigger) {
    ResolvedPlace first = null;
    for (ResolvedPlace p : where) {
      if (p.begin() >= end && p.begin() < nextTrigger) {
        first = p;
        break;
      }
    }
    if (first == null) {
      for (ResolvedPlace p : where) {
        if (p.end() <= begin) {
          first = p;
        }
      }
    }
    if (first == null) {
      return List.of();
    }
    List<ResolvedPlace> out = new ArrayList<>();
    out.add(first);
    for (int i = where.indexOf(first) + 1; i < where.size(); i++) {
      ResolvedPlace prev = out.get(out.size() - 1);
      ResolvedPlace next = where.get(i);
      if (!COORDINATION.matcher(text.substring(prev.end(), next.begin())).matches()) {
        break;
      }
      out.add(next);
    }
    return out;
  }

  private static boolean insideActor(SentenceFacts f, ResolvedPlace p) {
    return f.actors().stream().anyMatch(a -> a.begin() <= p.begin() && p.end() <= a.end());
  }

  /** "KYIV – …" or "Kyiv, May 23 (Reuters) –": the place the report was filed from. */
  private static boolean isDateline(String text, SentenceFacts f, ResolvedPlace p) {
    if (p.begin() - f.sentence().begin() > 2) {
      return false;
    }
    String after = text.substring(p.end(), Math.min(f.sentence().end(), p.end() + 30));
    return after.matches("(?s)\\s*[–—-]\\s.*") || after.matches("(?s),[^,]{0,20}\\([^)]*\\)\\s*[–—-].*");
  }

  /** "Kozinka, Belgorod Oblast": a coarser place right after a finer one only says where the finer one is. */
  private static boolean qualifiesPrevious(String text, List<ResolvedPlace> places, int i) {
    if (i == 0) {
      return false;
    }
    ResolvedPlace prev = places.get(i - 1);
    ResolvedPlace p = places.get(i);
    String gap = text.substring(prev.end(), p.begin());
    return gap.matches(",\\s*|\\s+in\\s+|,\\s+in\\s+") && coarser(p, prev);
  }

  /** "Russia's Belgorod region": a possessive country before a finer place. */
  private static boolean qualifiesNext(String text, List<ResolvedPlace> places, int i) {
    if (i + 1 >= places.size()) {
      return false;
    }
    ResolvedPlace p = places.get(i);
    ResolvedPlace next = places.get(i + 1);
    String gap = text.substring(p.end(), next.begin());
    return gap.matches("['’]s\\s+") && coarser(p, next);
  }

  private static boolean coarser(ResolvedPlace a, ResolvedPlace b) {
    return a.geoPrecision() > b.geoPrecision();
  }

  static Optional<ResolvedPlace> nearestBefore(List<ResolvedPlace> places, int offset) {
    ResolvedPlace best = null;
    for (ResolvedPlace p : places) {
      if (p.end() <= offset) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }
}
