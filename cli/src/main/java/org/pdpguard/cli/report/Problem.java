package org.pdpguard.cli.report;

/** A source with a reason: an error, or why it was skipped. */
public record Problem(String source, String message) {}
