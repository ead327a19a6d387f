package org.pdpguard.cases.clock;

/** The event a legal clock counts from. */
public enum ClockAnchor {
  /** When the violation occurred (Decree 13/2023 Art. 23.1). */
  OCCURRENCE,
  /** When the violating act was detected (Law 91/2025 Art. 23.1). */
  DISCOVERY,
  /** When the data subject's request was received (Decree 356/2025 Art. 5). */
  REQUEST_RECEIVED
}
