package org.pdpguard.cases.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A breach notification with the content of Decree 356/2025/NĐ-CP Art. 28.1 (Form 08): (a) the
 * nature of the violation (time, place, act, organisations and persons, data types and amount); (b)
 * contact of the responsible unit or person; (c) likely consequences and harm; (d) measures taken.
 * The times of occurrence and discovery start the 72-hour clock, and a late notice gives its reason
 * (Decree 13/2023 Art. 23.1 required it; it stays useful under Law 91). Times are local
 * (Asia/Ho_Chi_Minh).
 */
public record BreachForm(
    @NotBlank @Size(max = 300) String organisation,
    @Size(max = 20) String taxCode,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime discoveredAt,
    @NotBlank @Size(max = 500) String place,
    @NotBlank @Size(max = 5_000) String act,
    @Size(max = 2_000) String parties,
    @NotBlank @Size(max = 2_000) String dataTypes,
    @PositiveOrZero Long dataAmount,
    @NotBlank @Size(max = 200) String contactName,
    @Size(max = 30) String contactPhone,
    @Email @Size(max = 200) String contactEmail,
    @NotBlank @Size(max = 5_000) String consequences,
    @NotBlank @Size(max = 5_000) String measures,
    @Size(max = 5_000) String lateReason) {}
