package org.pdpguard.cases.audit;

/** The audit key as a bean, so that tests can give their own. */
public record AuditKeyHolder(byte[] key) {}
