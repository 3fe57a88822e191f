package org.borderwatch.extract.model;

import java.io.Serializable;
import java.util.List;

/** What the extractor found in one article: every mention and every claim, in text order. */
public record Extraction(List<Mention> mentions, List<Claim> claims) implements Serializable {
}
