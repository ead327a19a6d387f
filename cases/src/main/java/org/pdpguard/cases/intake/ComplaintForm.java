package org.pdpguard.cases.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The public complaint form of a data subject. */
public record ComplaintForm(
    @NotBlank @Size(max = 300) String organisation,
    @NotBlank @Size(max = 10_000) String description,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
    @Size(max = 200) String contactName,
    @Email @Size(max = 200) String contactEmail,
    @Size(max = 30) String contactPhone) {}
