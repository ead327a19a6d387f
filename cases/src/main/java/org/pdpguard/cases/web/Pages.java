package org.pdpguard.cases.web;

import jakarta.validation.Valid;
import org.pdpguard.cases.clock.Obligations;
import org.pdpguard.cases.intake.BreachForm;
import org.pdpguard.cases.intake.ComplaintForm;
import org.pdpguard.cases.intake.Intakes;
import org.pdpguard.cases.user.CaseUser;
import org.pdpguard.cases.user.Users;
import org.pdpguard.cases.workflow.CaseRecord;
import org.pdpguard.cases.workflow.CaseState;
import org.pdpguard.cases.workflow.Cases;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The server-rendered pages outside a case: sign-in, the case list, the public forms. */
@Controller
public class Pages {
  private final Cases cases;
  private final Intakes intakes;
  private final Obligations obligations;
  private final Users users;
  private final PublicFormLimiter limiter;

  public Pages(
      Cases cases,
      Intakes intakes,
      Obligations obligations,
      Users users,
      PublicFormLimiter limiter) {
    this.cases = cases;
    this.intakes = intakes;
    this.obligations = obligations;
    this.users = users;
    this.limiter = limiter;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String list(
      @AuthenticationPrincipal CaseUser user,
      @RequestParam(required = false) CaseState state,
      Model m) {
    m.addAttribute("cases", cases.list(user, state, 200));
    m.addAttribute("attention", obligations.attention(user));
    m.addAttribute("user", user);
    m.addAttribute("canCreate", org.pdpguard.cases.workflow.CaseAccess.canCreate(user));
    return "cases";
  }

  @GetMapping("/complaint")
  String complaintForm(Model m) {
    m.addAttribute("form", new ComplaintForm(null, null, null, null, null, null));
    return "complaint";
  }

  @PostMapping("/complaint")
  String complaint(
      @Valid @ModelAttribute("form") ComplaintForm form,
      BindingResult errors,
      jakarta.servlet.http.HttpServletRequest req,
      Model m) {
    limiter.check(req.getRemoteAddr());
    if (errors.hasErrors()) {
      return "complaint";
    }
    m.addAttribute(
        "ref", cases.find(intakes.complaint(form).caseId()).map(CaseRecord::ref).orElse(""));
    return "submitted";
  }

  @GetMapping("/breach")
  String breachForm(Model m) {
    m.addAttribute(
        "form",
        new BreachForm(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null));
    return "breach";
  }

  @PostMapping("/breach")
  String breach(
      @Valid @ModelAttribute("form") BreachForm form,
      BindingResult errors,
      jakarta.servlet.http.HttpServletRequest req,
      Model m) {
    limiter.check(req.getRemoteAddr());
    if (errors.hasErrors()) {
      return "breach";
    }
    m.addAttribute(
        "ref", cases.find(intakes.breach(form).caseId()).map(CaseRecord::ref).orElse(""));
    return "submitted";
  }

  @GetMapping("/password")
  String passwordForm() {
    return "password";
  }

  @PostMapping("/password")
  String password(
      @AuthenticationPrincipal CaseUser user,
      @RequestParam String password,
      @RequestParam String confirm,
      Model m,
      jakarta.servlet.http.HttpServletRequest req) {
    if (!password.equals(confirm) || password.length() < 12) {
      m.addAttribute("error", true);
      return "password";
    }
    users.changePassword(user, password);
    // The session holds the old account state: sign in again with the new password.
    req.getSession().invalidate();
    org.springframework.security.core.context.SecurityContextHolder.clearContext();
    return "redirect:/login?changed";
  }
}
