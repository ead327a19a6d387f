package org.pdpguard.webaudit;

/** A link on a page: its text and absolute address. */
record Link(String text, String href) {}
