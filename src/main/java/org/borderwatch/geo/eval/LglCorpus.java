package org.borderwatch.geo.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.borderwatch.BorderwatchException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the LGL geoparsing corpus format (Lieberman et al. 2010, as redistributed by Gritta et al.):
 * {@code <articles><article docid><text/><toponyms><toponym><start/><end/><phrase/><gaztag geonameid><lat/>
 * <lon/></gaztag></toponym>...}. Offsets are character offsets into the text; a toponym without a gaztag (or
 * without coordinates) is gold for span finding only.
 */
public final class LglCorpus {
  private LglCorpus() {}

  /** A gold toponym; {@code geonameId} is 0 and coordinates NaN when it has no gazetteer tag. */
  public record Toponym(int begin, int end, String phrase, long geonameId, double latitude, double longitude) {
    public boolean tagged() {
      return !Double.isNaN(latitude);
    }
  }

  /** {@code source}: the outlet's web domain, the corpus's one mark of who published it (null when absent). */
  public record Article(String id, String source, String text, List<Toponym> toponyms) {}

  public static List<Article> read(InputStream xml, String location) {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = factory.newDocumentBuilder().parse(xml);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new BorderwatchException("cannot read LGL corpus " + location + ": " + e.getMessage(), e);
    }
    List<Article> articles = new ArrayList<>();
    NodeList nodes = doc.getDocumentElement().getElementsByTagName("article");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element a = (Element) nodes.item(i);
      String text = childText(a, "text");
      List<Toponym> toponyms = new ArrayList<>();
      NodeList tops = a.getElementsByTagName("toponym");
      for (int j = 0; j < tops.getLength(); j++) {
        Element t = (Element) tops.item(j);
        int begin = Integer.parseInt(childText(t, "start").trim());
        int end = Integer.parseInt(childText(t, "end").trim());
        NodeList tags = t.getElementsByTagName("gaztag");
        long id = 0;
        double lat = Double.NaN;
        double lon = Double.NaN;
        if (tags.getLength() > 0) {
          Element tag = (Element) tags.item(0);
          String latText = childText(tag, "lat");
          String lonText = childText(tag, "lon");
          if (!latText.isBlank() && !lonText.isBlank()) {
            id = Long.parseLong(tag.getAttribute("geonameid").trim());
            lat = Double.parseDouble(latText.trim());
            lon = Double.parseDouble(lonText.trim());
          }
        }
        toponyms.add(new Toponym(begin, end, childText(t, "phrase"), id, lat, lon));
      }
      String domain = childText(a, "domain").trim();
      articles.add(new Article(a.getAttribute("docid"), domain.isEmpty() ? null : domain, text, toponyms));
    }
    return articles;
  }

  private static String childText(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }
}
