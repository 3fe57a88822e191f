package org.borderwatch.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable content hashes used for ids: SHA-256, hex. */
public final class Hashing {
  private Hashing() {}

  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** A 32-hex-character id from the parts, joined with a separator no part contains in practice. */
  public static String id(String... parts) {
    return sha256Hex(String.join("\u001f", parts)).substring(0, 32);
  }
}
