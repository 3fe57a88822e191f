package org.borderwatch.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an input text into the canonical article text every offset refers to: HTML reduced to its
 * text with paragraph breaks, Unicode NFC, control characters removed, runs of spaces collapsed,
 * at most one blank line between paragraphs, and a feed's furniture on a line of its own.
 */
public final class TextNormalizer {
  private static final Pattern HTML_HINT = Pattern.compile(
      "(?i)<(p|div|br|html|body|span|a|h[1-6]|li|ul|ol|table|article|section|em|strong|b|i)(\\s[^>]*)?/?>|&(nbsp|amp|quot|lt|gt|#\\d+);");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  /**
   * Labels and links a feed glues into its items' text with no full stop around them ("… six drones were downed
   * Russia-Ukraine war – latest news updates Officials in Odesa said …", "See all our Ukraine coverage", "What we know
   * on day 40 of the invasion", "Continue reading..."). Each becomes a line break, so that the sentences on either
   * side stay apart.
   */
  private static final Pattern FURNITURE = Pattern.compile(" ?\\b(?:"
      + "(?:\\p{Lu}[\\p{L}’'-]* ){1,2}war (?:[–—-] latest (?:news )?updates|at a glance)(?=[ \\n][\\p{Lu}\\d“\"‘']| ?$)"
      + "|See all our [^.\\n]{0,60}? coverage"
      + "|(?<!: )(?:At a glance: )?[Ww]hat we know on day \\d+ of [^.\\n]{0,20}?invasion"
      + "|Continue reading(?:\\.{3}|…|\\.)?(?= ?$))(?! ?:) ?", Pattern.MULTILINE);
  private static final String BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, li, tr, blockquote, article, section, header, footer, pre";

  private TextNormalizer() {}

  public static boolean looksLikeHtml(String text) {
    return HTML_HINT.matcher(text).find();
  }

  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String t = looksLikeHtml(text) ? htmlToText(text) : text;
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    t = Normalizer.normalize(t, Normalizer.Form.NFC);
    t = CONTROL.matcher(t).replaceAll(" ");
    t = SPACES.matcher(t).replaceAll(" ");
    t = FURNITURE.matcher(t).replaceAll("\n");
    t = SPACE_AROUND_NEWLINE.matcher(t).replaceAll("\n");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n");
    return t.strip();
  }

  private static String htmlToText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, noscript, template").remove();
    doc.select("br").after("\n");
    for (Element block : doc.select(BLOCKS)) {
      block.prependText("\n\n");
      block.appendText("\n\n");
    }
    return doc.body().wholeText();
  }
}
