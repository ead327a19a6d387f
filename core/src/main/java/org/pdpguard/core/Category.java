package org.pdpguard.core;

/** The legal category of a personal-data type under Decree 356/2025/NĐ-CP (and Decree 13/2023). */
public enum Category {
  BASIC,
  SENSITIVE;

  /** The lower-case name used in reports ({@code basic}, {@code sensitive}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
