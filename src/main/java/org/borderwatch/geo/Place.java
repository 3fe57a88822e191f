package org.borderwatch.geo;

import java.io.Serializable;

/**
 * A gazetteer entry (one GeoNames row). {@code admin1Code} is the full GeoNames key
 * {@code CC.code} ({@code RU.09}), null when the row has none.
 */
public record Place(long geonameId, String name, String asciiName, String featureClass, String featureCode,
    String countryCode, String admin1Code, String admin2Code, double latitude, double longitude, long population)
    implements Serializable {
}
