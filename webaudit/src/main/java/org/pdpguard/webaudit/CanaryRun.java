package org.pdpguard.webaudit;

import java.util.List;
import java.util.Map;

/**
 * The canary test of one form: values typed, where they went before and after submission.
 *
 * @param values the value typed into each field, by field index
 * @param submitted whether the form was submitted
 * @param error what went wrong, or null
 */
record CanaryRun(
    int page,
    int form,
    Map<Integer, String> values,
    List<CanaryHit> hits,
    boolean submitted,
    String error) {

  CanaryRun {
    values = Map.copyOf(values);
    hits = List.copyOf(hits);
  }
}
