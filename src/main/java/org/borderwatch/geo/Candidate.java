package org.borderwatch.geo;

import java.io.Serializable;

/** A place considered while resolving a mention, with the score it got; kept for explanation. */
public record Candidate(long geonameId, String name, String featureCode, String countryCode, String admin1Code,
    double score) implements Serializable {
}
