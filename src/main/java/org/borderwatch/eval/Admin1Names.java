package org.borderwatch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.borderwatch.BorderwatchException;
import org.borderwatch.io.TsvFile;

/**
 * Compares first-level region names written by different coders: ACLED writes "Donetsk" and
 * "Zaporizhia", GeoNames "Donetsk Oblast" and "Zaporizhzhia Oblast". A name is folded (accents and
 * apostrophes removed, lower case, generic words such as "oblast" or "region" dropped) and then
 * mapped through an alias list, {@code <folded variant><TAB><folded canonical name>}; the bundled
 * one is {@value #BUNDLED}.
 */
public final class Admin1Names {
  public static final String BUNDLED = "/borderwatch/eval/admin1-aliases.tsv";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern GENERIC = Pattern.compile(
      "\\b(oblast|oblast'|region|province|krai|kray|raion|governorate|autonomous republic of|republic of)\\b");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, String> aliases;

  private Admin1Names(Map<String, String> aliases) {
    this.aliases = Map.copyOf(aliases);
  }

  public static Admin1Names bundled() {
    return TsvFile.parseBundled(BUNDLED, "the admin1 alias list", Admin1Names::parse);
  }

  public static Admin1Names parse(InputStream in, String name) throws IOException {
    Map<String, String> aliases = new HashMap<>();
    for (TsvFile.Line l : TsvFile.read(in, 0)) {
      String line = l.text();
      int n = l.number();
      String[] parts = l.fields();
      if (parts.length != 2) {
        throw new BorderwatchException(name + " line " + n + ": expected '<variant><TAB><canonical>', got '" + line + "'");
      }
      aliases.put(fold(parts[0]), fold(parts[1]));
    }
    return new Admin1Names(aliases);
  }

  /** The comparable form of a region name; null for a null or blank name. */
  public String canonical(String admin1) {
    String folded = fold(admin1);
    return folded == null ? null : aliases.getOrDefault(folded, folded);
  }

  public boolean same(String a, String b) {
    String ca = canonical(a);
    return ca != null && ca.equals(canonical(b));
  }

  static String fold(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    s = GENERIC.matcher(s).replaceAll(" ");
    s = NOT_ALNUM.matcher(s).replaceAll(" ").trim();
    return s.isEmpty() ? null : s;
  }
}
