package org.pdpguard.webaudit;

import org.pdpguard.core.EntityType;

/**
 * A canary value found in a request.
 *
 * @param field the field it was typed into
 * @param request the request's index in the HAR
 * @param where where in the request: {@code url}, {@code header NAME}, {@code body}, maybe with
 *     {@code (url-encoded)} or {@code (base64)}
 * @param country the recipient's country, or null when unknown
 */
record CanaryHit(
    int field,
    EntityType type,
    String value,
    Exchange.Phase phase,
    int request,
    String url,
    String host,
    boolean thirdParty,
    String country,
    String where) {}
