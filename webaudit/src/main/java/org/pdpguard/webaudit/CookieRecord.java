package org.pdpguard.webaudit;

/**
 * A cookie the browser held before any interaction.
 *
 * @param expires seconds since the epoch, or null for a session cookie
 * @param page the page after whose load it was first seen
 */
record CookieRecord(
    String name,
    String value,
    String domain,
    String path,
    Double expires,
    boolean httpOnly,
    boolean secure,
    String sameSite,
    boolean thirdParty,
    int page) {}
