package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.PlaceMentionFinder;
import org.borderwatch.geo.ResolvedPlace;

/**
 * Decides what each place in a sentence is to the events in it: where something happened, where fire
 * came from ("fired from Belarus", "from Russian territory"), or neither — a qualifier of another
 * place ("Kozinka, Belgorod Oblast", "Russia's Belgorod region"), part of an actor's name ("Belgorod
 * governor"), a dateline ("KYIV –"), or a direction ("the region bordering Ukraine").
 */
final class PlaceRoles {
  private static final Pattern ORIGIN_BEFORE = Pattern.compile(
      "(?i)\\bfrom\\s+(?:the\\s+)?(?:territory\\s+of\\s+|direction\\s+of\\s+|side\\s+of\\s+|airspace\\s+of\\s+)?(?:the\\s+)?"
          + "(?:(?:north|south|east|west|central)[a-z-]*\\s+)?$");
  /** "evacuating civilians from Rubizhne", "withdrew from Bucha": where people left is where it happened. */
  private static final Pattern PEOPLE_LEFT_BEFORE = Pattern.compile(
      "(?i)\\b(?:evacuat\\w*|fle[de]\\w*|displaced|withdr[ae]w\\w*|retreat\\w*|rescu\\w*|escap\\w*|relocat\\w*"
          + "|expell\\w*|driven\\s+out|pushed\\s+back)\\s+(?:[\\w'’-]+\\s+){0,3}from\\s+(?:the\\s+)?$");
  private static final Pattern NOT_WHERE_BEFORE = Pattern.compile(
      "(?i)(\\bbordering|\\bborder\\s+with|\\bfled\\s+to|\\bdeported\\s+to|\\bcitizens\\s+of|\\bsides?\\s+of|\\bagainst)"
          + "\\s+(?:the\\s+)?$");
  /**
   * "some 300 km (190 miles) east of Lviv", "120 miles north of Odesa": a place a distance is measured from; farther
   * than {@link #NEAR_KM} it is a landmark for the reader, not where the event was.
   */
  private static final Pattern DISTANCE_BEFORE = Pattern.compile(
      "(?i)\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s*-?\\s*(km|kilometres|kilometers|miles)\\b\\s*(?:\\([^)]*\\)\\s*)?"
          + "(?:[a-z-]+\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$");
  /**
   * How far from a landmark an event may be and still be placed at it: coders place "30 km west of Izium" at Izium,
   * but not a city 120 miles north of Odesa at Odesa.
   */
  static final double NEAR_KM = 50;
  private static final double KM_PER_MILE = 1.609;
  /** "flying towards Kryvyi Rih", "heading to Mariupol": where the event was bound, used when nothing says where it was. */
  private static final Pattern BOUND_FOR_BEFORE = Pattern.compile("(?i)(\\btowards|\\btoward|\\bto)\\s+(?:the\\s+)?$");
  /**
   * "Donetsk rebel positions", "Luhansk separatists", "the Sumy regional military administration", "Kyiv defence
   * minister": a place naming whose forces or officials they are, not where. "The Zaporizhzhia nuclear plant", "the
   * Kakhovka dam": a place a plant or dam is named after, which may lie far from it.
   */
  private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile(
      "(?i)^\\s+(?:rebels?|separatists?|militias?|militants|forces|troops|army|authorities|officials?|governor"
          + "|administration|mayor|police|military|people['’]s|regional|government|ministry|(?:[a-z]+\\s+)?minister"
          + "|spokes(?:man|woman|person)|nuclear|npp|power\\s+(?:plant|station)|hydroelectric|hydro-electric|dam"
          + "|reservoir)\\b");
  /** "the Shebekino district of the Belgorod region", "Komarova neighbourhood of Komsomolets": part of the next place. */
  private static final Pattern PART_OF_AFTER = Pattern.compile(
      "(?i)^\\s+(?:neighbou?rhood|district|microdistrict|quarter)\\s+of\\b");
  private static final Pattern DEMONYM_ORIGIN = Pattern.compile(
      "(?i)\\bfrom\\s+(?:the\\s+)?(\\p{L}+)\\s+(?:territory|side|soil|airspace)\\b");
  /**
   * Between a place and a passive trigger it is the subject of: "Kharkiv was shelled", "the Khotin and Yunakivka
   * communities were again shelled", "Shebekino, a town in the Belgorod region, was shelled".
   */
  private static final Pattern PASSIVE_SUBJECT_BEFORE = Pattern.compile("(?:,\\s+an?\\s+[^,;]{1,60},)?(?:\\s+(?:"
      + "communities|community|villages|village|towns|town|districts|district|regions|region|oblasts|oblast))?"
      + ArticleExtractor.PASSIVE_BEFORE_TRIGGER.pattern());
  /** Between a town and a trigger of the clause that "where" opens after it, perhaps past an apposition. */
  private static final Pattern WHERE_CLAUSE_BEFORE = Pattern.compile(
      "(?is)(?:,\\s+(?:an?|the)\\s+[^,;.]{1,60}?)?,?\\s+where\\s+[^,;.]{0,80}");
  private static final Pattern COORDINATION = Pattern.compile("\\s*(,|and|or|, and|as well as)\\s*(the\\s+)?",
      Pattern.CASE_INSENSITIVE);

  private final List<ResolvedPlace> where = new ArrayList<>();
  private final List<ResolvedPlace> fromPlaces = new ArrayList<>();
  private final List<ResolvedPlace> boundFor = new ArrayList<>();
  private final List<ResolvedPlace> leftFrom = new ArrayList<>();
  private String origin;

  private PlaceRoles() {}

  static PlaceRoles of(String text, SentenceFacts f, GeoKnowledge geo) {
    PlaceRoles r = new PlaceRoles();
    List<ResolvedPlace> places = f.places();
    List<ResolvedPlace> previousRole = null;
    for (int i = 0; i < places.size(); i++) {
      ResolvedPlace p = places.get(i);
      // "evacuated from Slovyansk and Bakhmut": a place coordinated with the one before plays the same part
      List<ResolvedPlace> role = r.role(text, f, places, i);
      if (role != null && previousRole != null
          && COORDINATION.matcher(text.substring(places.get(i - 1).end(), p.begin())).matches()) {
        role = previousRole;
      }
      if (role == r.fromPlaces && p.countryCode() != null && r.origin == null) {
        r.origin = p.countryCode();
      }
      if (role != null) {
        role.add(p);
      }
      previousRole = role;
    }
    if (r.origin == null) {
      Matcher m = DEMONYM_ORIGIN.matcher(text).region(f.sentence().begin(), f.sentence().end());
      if (m.find()) {
        r.origin = geo.countryOf(m.group(1)).orElse(null);
      }
    }
    return r;
  }

  /**
   * A part named before the place it belongs to that the gazetteer put elsewhere ("Komarova neighbourhood of
   * Komsomolets" read as a Komarova far away): the place after it says where.
   */
  private static boolean strayPart(String text, SentenceFacts f, List<ResolvedPlace> places, int i) {
    ResolvedPlace p = places.get(i);
    if (i + 1 >= places.size() || !PART_OF_AFTER.matcher(after(text, f, p)).find()) {
      return false;
    }
    ResolvedPlace whole = places.get(i + 1);
    return !Objects.equals(p.countryCode(), whole.countryCode())
        || whole.admin1Code() != null && !whole.admin1Code().equals(p.admin1Code());
  }

  private static String after(String text, SentenceFacts f, ResolvedPlace p) {
    return text.substring(p.end(), Math.min(f.sentence().end(), p.end() + 20));
  }

  /** Which list the i-th place of the sentence belongs in, by the words around it; null when it says no where. */
  private List<ResolvedPlace> role(String text, SentenceFacts f, List<ResolvedPlace> places, int i) {
    ResolvedPlace p = places.get(i);
    if (!p.role().isEventPlace()) {
      // "Moscow said", "a US journalist", "the White House": a speaker, a nationality, an institution
      return null;
    }
    String before = text.substring(Math.max(f.sentence().begin(), p.begin() - 60), p.begin());
    if (PEOPLE_LEFT_BEFORE.matcher(before).find()) {
      return leftFrom;
    }
    if (ORIGIN_BEFORE.matcher(before).find()) {
      return fromPlaces;
    }
    if (NOT_WHERE_BEFORE.matcher(before).find() || farLandmark(before) || insideActor(f, p) || insideWeapon(f, p)
        || isDateline(text, f, p)
        || qualifiesPrevious(text, f, places, i) || qualifiesNext(text, places, i)
        || ATTRIBUTIVE_AFTER.matcher(after(text, f, p)).find() || strayPart(text, f, places, i)) {
      return null;
    }
    return BOUND_FOR_BEFORE.matcher(before).find() ? boundFor : where;
  }

  private static boolean farLandmark(String before) {
    Matcher m = DISTANCE_BEFORE.matcher(before);
    if (!m.find()) {
      return false;
    }
    double distance = Double.parseDouble(m.group(1).replace(",", ""));
    return (m.group(2).equalsIgnoreCase("miles") ? distance * KM_PER_MILE : distance) > NEAR_KM;
  }

  String origin() {
    return origin;
  }

  List<ResolvedPlace> where() {
    return where;
  }

  /**
   * Where an event triggered at {@code [begin, end)} happened: a place written right before it ("the Belgorod
   * attack"); else the first place after the trigger and before {@code nextTrigger} and the end of its clause,
   * with the places coordinated with it; else a place after it in its clause; else the nearest place before it. A finer place inside the first one in that stretch is more exact
   * ("protested against the war in Ukraine in Enerhodar"). Places after "from" count only for events that do
   * not fire or fly ("evacuated from Mariupol", "withdrew from the Sumy region"); for those that do, places people
   * left ("fired on a bus evacuating civilians from Rubizhne"), then places the event was bound for ("flying towards
   * Kryvyi Rih"), count only when no other place is named.
   */
  List<ResolvedPlace> forTrigger(String text, int begin, int end, int nextTrigger, int clauseEnd,
      Trigger.CrossBorderHint hint) {
    boolean firesOrFlies = hint != Trigger.CrossBorderHint.NONE;
    List<ResolvedPlace> where = this.where;
    if (!firesOrFlies && !(fromPlaces.isEmpty() && leftFrom.isEmpty())) {
      where = new ArrayList<>(this.where);
      where.addAll(fromPlaces);
      where.addAll(leftFrom);
      where.sort(Comparator.comparingInt(ResolvedPlace::begin));
    }
    int limit = Math.min(nextTrigger, clauseEnd);
    List<ResolvedPlace> found = select(where, text, begin, end, limit, clauseEnd);
    if (found.isEmpty() && firesOrFlies) {
      found = select(leftFrom, text, begin, end, limit, clauseEnd);
    }
    return found.isEmpty() ? select(boundFor, text, begin, end, limit, clauseEnd) : found;
  }

  private static List<ResolvedPlace> select(List<ResolvedPlace> where, String text, int begin, int end,
      int limit, int clauseEnd) {
    ResolvedPlace first = null;
    for (ResolvedPlace p : where) {
      // "the Belgorod attack", "the Moscow drone attack": a place right before the trigger names where
      if (p.end() <= begin && text.substring(p.end(), begin).isBlank()) {
        first = p;
      }
    }
    for (ResolvedPlace p : where) {
      if (first == null && p.begin() >= end && p.begin() < limit) {
        first = finerInside(p, where, limit);
      }
    }
    for (ResolvedPlace p : where) {
      // "over Kupiansk, a town where heavy fighting went on, in the Kharkiv region": the town "where"
      // refers to, unless the clause names a place as fine
      boolean finer = first == null || first.begin() >= end && p.geoPrecision() < first.geoPrecision();
      if (finer && p.end() <= begin && WHERE_CLAUSE_BEFORE.matcher(text.substring(p.end(), begin)).matches()) {
        first = p;
      }
    }
    for (ResolvedPlace p : where) {
      // "Khotin and Yunakivka were shelled, and a drone hit Bilopillia": the passive's subject is where
      if (first == null && p.end() <= begin
          && PASSIVE_SUBJECT_BEFORE.matcher(text.substring(p.end(), begin)).matches()) {
        first = p;
      }
    }
    for (int i = 0; first == null && i < where.size(); i++) {
      if (where.get(i).begin() >= end && where.get(i).begin() < clauseEnd) {
        first = where.get(i);
      }
    }
    if (first == null) {
      for (ResolvedPlace p : where) {
        // not across a semicolon: "Ukraine holds Bakhmut; Russia says it fought saboteurs" says nothing of where
        int semicolon = text.indexOf(';', p.end());
        if (p.end() <= begin && (semicolon < 0 || semicolon >= begin)) {
          first = p;
        }
      }
    }
    if (first == null) {
      return List.of();
    }
    List<ResolvedPlace> out = new ArrayList<>();
    out.add(first);
    // a list that ends before the trigger is named whole: "Krasnopillia and Velyka Pysarivka were shelled"
    for (int i = where.indexOf(first) - 1; first.end() <= begin && i >= 0; i--) {
      if (!COORDINATION.matcher(text.substring(where.get(i).end(), out.get(0).begin())).matches()) {
        break;
      }
      out.add(0, where.get(i));
    }
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

  /**
   * When {@code first} is a region or country, the first place after it and before {@code limit} that lies inside
   * it, else {@code first}.
   */
  private static ResolvedPlace finerInside(ResolvedPlace first, List<ResolvedPlace> where, int limit) {
    if (first.geoPrecision() < 3) {
      return first;
    }
    for (ResolvedPlace p : where) {
      if (p.begin() > first.begin() && p.begin() < limit && p.geoPrecision() < first.geoPrecision()
          && inside(p, first)) {
        return p;
      }
    }
    return first;
  }

  private static boolean inside(ResolvedPlace p, ResolvedPlace area) {
    if (area.countryCode() == null || !area.countryCode().equals(p.countryCode())) {
      return false;
    }
    return area.geoPrecision() >= 4 || (area.admin1Code() != null && area.admin1Code().equals(p.admin1Code()));
  }

  /** "BM-21 Grad": a weapon's name is not a place. */
  private static boolean insideWeapon(SentenceFacts f, ResolvedPlace p) {
    return f.weapons().stream().anyMatch(w -> w.begin() < p.end() && p.begin() < w.end());
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
  private static boolean qualifiesPrevious(String text, SentenceFacts f, List<ResolvedPlace> places, int i) {
    if (i == 0) {
      return false;
    }
    ResolvedPlace prev = places.get(i - 1);
    if (insideActor(f, prev) || insideWeapon(f, prev)) {
      // "positions held by the Donbass People's Militia in Donetsk": no place is qualified, Donetsk is where
      return false;
    }
    ResolvedPlace p = places.get(i);
    String gap = text.substring(prev.end(), p.begin());
    // an unknown place kept at its qualifier's level ("Zelena Roshcha, Luhansk") is no finer, yet is qualified
    return PlaceMentionFinder.isQualifierGap(gap) && (coarser(p, prev)
        || prev.place() == null && prev.geoPrecision() == p.geoPrecision());
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

  /** Whether {@code a} is an area above {@code b}; a name kept at its region's level for want of an entry is none. */
  private static boolean coarser(ResolvedPlace a, ResolvedPlace b) {
    return a.featureCode() != null && a.geoPrecision() > b.geoPrecision();
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
