package org.pdpguard.cases.clock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in Vietnam: Monday to Friday except public holidays. The holidays are data (one
 * {@code yyyy-mm-dd name} per line, {@code #} comments), because the Government fixes the Tết and
 * compensation days each year; the bundled list covers 2026 and is provisional (see its header).
 */
public final class WorkingCalendar {
  static final String BUNDLED = "holidays-vn.txt";

  private final Set<LocalDate> holidays;

  public WorkingCalendar(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  /** The bundled Vietnamese public holidays. */
  public static WorkingCalendar vietnam() {
    try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
      return new WorkingCalendar(parse(in, BUNDLED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A holiday list from a file in the bundled format. */
  public static WorkingCalendar load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new WorkingCalendar(parse(in, file.toString()));
    }
  }

  static Set<LocalDate> parse(InputStream in, String name) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String date = t.split("\\s+", 2)[0];
      try {
        days.add(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name + ":" + n + ": not a date: " + date, e);
      }
    }
    return days;
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * The {@code n}th working day after {@code day} (n ≥ 1): the day a "within n working days" period
   * ends when it starts on {@code day}, which itself never counts.
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    LocalDate d = day;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
