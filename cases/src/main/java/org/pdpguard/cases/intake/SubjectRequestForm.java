package org.pdpguard.cases.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.pdpguard.cases.clock.SubjectRequestClock;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A data subject's request as an intake officer records it (received by letter, e-mail, phone or at
 * the desk). The request type and whether a processor is involved choose the Decree 356/2025 Art. 5
 * periods; the clocks run from {@code receivedAt}, the local time of receipt.
 */
public record SubjectRequestForm(
    @NotBlank @Size(max = 300) String organisation,
    @NotNull SubjectRequestClock.RequestType requestType,
    Boolean processor,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime receivedAt,
    @NotBlank @Size(max = 10_000) String details,
    @Size(max = 200) String contactName,
    @Email @Size(max = 200) String contactEmail,
    @Size(max = 30) String contactPhone) {}
