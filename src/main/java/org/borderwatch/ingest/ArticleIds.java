package org.borderwatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.borderwatch.io.Hashing;

/**
 * Stable article ids: the hash of the canonical URL, or of the normalised text when there is no
 * URL. Canonical URLs ignore case of scheme and host, a leading {@code www.}, default ports,
 * fragments, tracking parameters and a trailing slash, so syndicated copies of one page collapse.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String url, String normalizedText) {
    if (url != null && !url.isBlank()) {
      return Hashing.id("url", canonicalUrl(url));
    }
    return Hashing.id("text", normalizedText);
  }

  public static String contentHash(String normalizedText) {
    return Hashing.sha256Hex(normalizedText);
  }

  public static String canonicalUrl(String url) {
    String u = url.trim();
    try {
      URI uri = new URI(u);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return u;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("http")) {
        scheme = "https";
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
          .filter(p -> !p.isEmpty() && !isTracking(p))
          .collect(Collectors.joining("&"));
      return scheme + "://" + host + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return u;
    }
  }

  private static boolean isTracking(String param) {
    String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
    return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ref");
  }
}
