package org.pdpguard.cases.web;

import org.pdpguard.cases.workflow.CaseProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Domain errors to HTTP, in one place (RFC 9457 problem details). */
@RestControllerAdvice
public class ErrorAdvice {

  @ExceptionHandler(CaseProblem.class)
  ResponseEntity<ProblemDetail> problem(CaseProblem e) {
    return ResponseEntity.status(e.status())
        .body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "tệp quá lớn / file too large"));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, IllegalArgumentException.class})
  ResponseEntity<ProblemDetail> bad(Exception e) {
    return ResponseEntity.badRequest()
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "yêu cầu không hợp lệ / bad request: " + e.getMessage()));
  }
}
