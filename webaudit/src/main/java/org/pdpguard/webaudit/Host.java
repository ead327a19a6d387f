package org.pdpguard.webaudit;

/**
 * A host the site made the browser talk to.
 *
 * @param country ISO 3166 alpha-2, or null when unknown
 * @param requests every request to it
 * @param beforeInteraction requests to it while pages loaded, before anything was typed
 */
record Host(
    String name,
    boolean thirdParty,
    String country,
    String address,
    int requests,
    int beforeInteraction) {}
