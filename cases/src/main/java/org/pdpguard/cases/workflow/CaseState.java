package org.pdpguard.cases.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a case and the only moves between them. A decision dismissing the case closes it
 * without remediation.
 */
public enum CaseState {
  RECEIVED("Đã tiếp nhận", "Received"),
  TRIAGE("Phân loại", "Triage"),
  INVESTIGATION("Điều tra, xác minh", "Investigation"),
  NOTIFIED("Đã thông báo cho tổ chức", "Organisation notified"),
  DECISION("Quyết định", "Decision"),
  REMEDIATION("Khắc phục", "Remediation"),
  CLOSED("Đã đóng", "Closed");

  public final String vi;
  public final String en;

  CaseState(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  public Set<CaseState> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(TRIAGE);
      case TRIAGE -> EnumSet.of(INVESTIGATION);
      case INVESTIGATION -> EnumSet.of(NOTIFIED);
      case NOTIFIED -> EnumSet.of(DECISION);
      case DECISION -> EnumSet.of(REMEDIATION, CLOSED);
      case REMEDIATION -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(CaseState.class);
    };
  }

  public boolean canMoveTo(CaseState target) {
    return next().contains(target);
  }
}
