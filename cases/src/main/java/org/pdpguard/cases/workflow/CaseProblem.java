package org.pdpguard.cases.workflow;

import org.springframework.http.HttpStatus;

/** A domain error with the HTTP status it maps to (one place: the web's error handler). */
public class CaseProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final HttpStatus status;

  public CaseProblem(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  public static CaseProblem notFound() {
    return new CaseProblem(HttpStatus.NOT_FOUND, "không tìm thấy / not found");
  }

  public static CaseProblem forbidden() {
    return new CaseProblem(HttpStatus.FORBIDDEN, "không có quyền / not allowed");
  }

  public static CaseProblem conflict(String why) {
    return new CaseProblem(HttpStatus.CONFLICT, why);
  }

  public static CaseProblem bad(String why) {
    return new CaseProblem(HttpStatus.BAD_REQUEST, why);
  }
}
