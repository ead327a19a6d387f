package org.pdpguard.cases.workflow;

import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Role;

/**
 * Who may do what to a case, in one place. Investigators reach only the cases they are assigned to
 * as investigator or reviewer; everything else depends on the role alone.
 */
public final class CaseAccess {
  private CaseAccess() {}

  public static boolean canRead(CaseUser u, CaseRecord c) {
    return u.role() != Role.INVESTIGATOR || own(u, c);
  }

  /** Comments, tasks, evidence, obligations, facts. */
  public static boolean canWork(CaseUser u, CaseRecord c) {
    return switch (u.role()) {
      case SUPERVISOR -> true;
      case INTAKE -> c.state() == CaseState.RECEIVED || c.state() == CaseState.TRIAGE;
      case INVESTIGATOR -> own(u, c);
      case ADMIN -> false;
    };
  }

  public static boolean canAssign(CaseUser u) {
    return u.role() == Role.INTAKE || u.role() == Role.SUPERVISOR;
  }

  public static boolean canCreate(CaseUser u) {
    return u.role() == Role.INTAKE || u.role() == Role.SUPERVISOR;
  }

  public static boolean canMove(CaseUser u, CaseRecord c, CaseState target) {
    return switch (target) {
      case TRIAGE, INVESTIGATION -> u.role() == Role.INTAKE || u.role() == Role.SUPERVISOR;
      case NOTIFIED, DECISION ->
          u.role() == Role.SUPERVISOR || u.role() == Role.INVESTIGATOR && own(u, c);
      case REMEDIATION -> u.role() == Role.SUPERVISOR;
      case CLOSED ->
          u.role() == Role.SUPERVISOR
              || c.state() == CaseState.REMEDIATION && u.role() == Role.INVESTIGATOR && own(u, c);
      case RECEIVED -> false;
    };
  }

  public static boolean canPropose(CaseUser u, CaseRecord c) {
    return u.role() == Role.SUPERVISOR || u.role() == Role.INVESTIGATOR && own(u, c);
  }

  public static boolean canApprove(CaseUser u) {
    return u.role() == Role.SUPERVISOR;
  }

  private static boolean own(CaseUser u, CaseRecord c) {
    return Long.valueOf(u.id()).equals(c.assigneeId())
        || Long.valueOf(u.id()).equals(c.reviewerId());
  }
}
