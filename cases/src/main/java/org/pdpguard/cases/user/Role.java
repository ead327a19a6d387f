package org.pdpguard.cases.user;

/** What a user may do; one role per user. */
public enum Role {
  /** Manages users; reads every case. */
  ADMIN,
  /** Takes in complaints, notifications and reports; triages and assigns. */
  INTAKE,
  /** Works the cases assigned to them (as investigator or reviewer) and nothing else. */
  INVESTIGATOR,
  /** Oversees every case, assigns, approves decisions. */
  SUPERVISOR
}
