package org.pdpguard.cases.workflow;

import java.time.Instant;

/** A case row. */
public record CaseRecord(
    long id,
    String ref,
    String title,
    String kind,
    CaseState state,
    String regime,
    Long organisationId,
    String organisation,
    Instant occurredAt,
    Instant discoveredAt,
    Long assigneeId,
    Long reviewerId,
    Long mergedInto,
    String stateReason,
    Instant createdAt,
    long version) {}
