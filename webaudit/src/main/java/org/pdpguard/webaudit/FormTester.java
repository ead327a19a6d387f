package org.pdpguard.webaudit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The canary test of one form: reload its page, type a unique value into every field as a person
 * would (key by key, so that key loggers see it), wait, and look for the values in every request
 * since typing began (sent before submission); then tick the consent and required boxes, submit,
 * wait, and look again (sent on submission, to whom, in which country).
 */
final class FormTester {
  private static final Set<String> TYPED =
      Set.of("text", "email", "tel", "password", "search", "url", "number", "textarea", "");

  private final Browser browser;
  private final NetworkLog log;
  private final Canaries canaries;
  private final Recipients recipients;
  private final Duration settle;

  FormTester(
      Browser browser, NetworkLog log, Canaries canaries, Recipients recipients, Duration settle) {
    this.browser = browser;
    this.log = log;
    this.canaries = canaries;
    this.recipients = recipients;
    this.settle = settle;
  }

  CanaryRun test(PageVisit page, WebForm form, Duration timeout) {
    ChromeDriver d = browser.driver;
    Map<Integer, Canaries.Canary> typed = new LinkedHashMap<>();
    List<CanaryHit> hits = new ArrayList<>();
    log.at(page.number, Exchange.Phase.LOAD);
    PageVisit reload = new PageVisit(page.number, page.source(), page.origin);
    if (!PageLoader.navigate(d, page.source(), timeout, reload) || reload.error != null) {
      return run(page, form, typed, hits, false, reload.error);
    }
    PageLoader.waitQuiet(log, settle, timeout);
    try {
      int mark = log.size();
      log.at(page.number, Exchange.Phase.TYPED);
      for (FormField f : form.fields()) {
        if (f.visible() && TYPED.contains(f.type()) || "date".equals(f.type())) {
          Canaries.Canary c = canaries.next(f.personalData(), f.type());
          if (type(d, form.index(), f, c.value())) {
            typed.put(f.index(), c);
          }
        }
      }
      d.executeScript("if (document.activeElement) document.activeElement.blur();");
      PageLoader.waitQuiet(log, settle.multipliedBy(2), timeout);
      search(mark, typed, hits);
      int mark2 = log.size();
      log.at(page.number, Exchange.Phase.SUBMITTED);
      Object ok = d.executeScript(SUBMIT, form.index());
      PageLoader.waitQuiet(log, settle.multipliedBy(2), timeout);
      search(mark2, typed, hits);
      return run(page, form, typed, hits, Boolean.TRUE.equals(ok), null);
    } catch (WebDriverException e) {
      search(0, typed, hits);
      return run(page, form, typed, hits, false, PageLoader.firstLine(e.getMessage()));
    }
  }

  /** Types {@code value} into the field; false when the field could not be reached. */
  private static boolean type(ChromeDriver d, int form, FormField f, String value) {
    Object el =
        d.executeScript(
            "return document.forms[arguments[0]].elements[arguments[1]];", form, f.index());
    if (!(el instanceof WebElement e) || !e.isEnabled()) {
      return false;
    }
    if ("date".equals(f.type())) {
      d.executeScript(
          "arguments[0].value = arguments[1];"
              + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
              + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
          e,
          value);
      return true;
    }
    e.clear();
    e.sendKeys(value);
    return true;
  }

  /** Ticks consent and required boxes, picks an option of required selects, and submits. */
  private static final String SUBMIT =
      "const f = document.forms[arguments[0]]; if (!f) return false;"
          + "for (const el of f.elements) {"
          + "  if (el.type === 'checkbox' && !el.checked) el.click();"
          + "  if (el.tagName === 'SELECT' && el.required && !el.value && el.options.length > 1)"
          + "    el.selectedIndex = 1;"
          + "}"
          + "if (f.checkValidity() && f.requestSubmit) { f.requestSubmit(); }"
          + "else { HTMLFormElement.prototype.submit.call(f); }"
          + "return true;";

  private void search(int from, Map<Integer, Canaries.Canary> typed, List<CanaryHit> hits) {
    List<Exchange> all = log.snapshot();
    Set<Integer> seen = new java.util.HashSet<>();
    for (CanaryHit h : hits) {
      seen.add(h.request() * 1000 + h.field());
    }
    for (int i = from; i < all.size(); i++) {
      Exchange x = all.get(i);
      if (x.phase == Exchange.Phase.LOAD || !x.isNetwork()) {
        continue;
      }
      for (Map.Entry<Integer, Canaries.Canary> t : typed.entrySet()) {
        Canaries.Canary c = t.getValue();
        if (c.type() == null || !seen.add(x.index * 1000 + t.getKey())) {
          continue;
        }
        String where = CanarySearch.where(x, c.core());
        if (where != null) {
          hits.add(
              new CanaryHit(
                  t.getKey(),
                  c.type(),
                  c.value(),
                  x.phase,
                  x.index,
                  x.url,
                  x.host(),
                  recipients.thirdParty(x.host()),
                  recipients.country(x.host(), x.remoteIp),
                  where));
        } else {
          seen.remove(x.index * 1000 + t.getKey());
        }
      }
    }
  }

  private static CanaryRun run(
      PageVisit page,
      WebForm form,
      Map<Integer, Canaries.Canary> typed,
      List<CanaryHit> hits,
      boolean submitted,
      String error) {
    Map<Integer, String> values = new LinkedHashMap<>();
    typed.forEach((k, c) -> values.put(k, c.value()));
    return new CanaryRun(page.number, form.index(), values, hits, submitted, error);
  }
}
