package org.pdpguard.cases.web;

import org.pdpguard.cases.workflow.CaseProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain errors on the pages: a readable page with the same status the API would answer (a stale
 * form is a 409 that asks to reload), instead of the API's JSON problem. Runs before {@link
 * ErrorAdvice}, for the page controllers only.
 */
@ControllerAdvice(assignableTypes = {Pages.class, CasePage.class, CaseWorkPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

  @ExceptionHandler(CaseProblem.class)
  ModelAndView problem(CaseProblem e) {
    ModelAndView v = new ModelAndView("problem");
    v.setStatus(e.status());
    v.addObject("status", e.status().value());
    v.addObject("message", e.getMessage());
    return v;
  }
}
