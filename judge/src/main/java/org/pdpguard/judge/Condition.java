package org.pdpguard.judge;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;

/**
 * When a rule fires, over the facts of one place. Every condition given must hold; the types found
 * there that pass {@code typesAny} and {@code category} are the rule's evidence, and there must be
 * at least one, unless the rule asks for observed practices ({@code signalsAny}) and names no data
 * (no types, no category, not {@code collected}): the practices are then its evidence. A rule rests
 * on observations, never on declarations alone.
 *
 * @param places kinds of place, empty for any
 * @param typesAny types of which at least one must be found, empty for any
 * @param category the category (under the regime in force) the evidence must have, or null
 * @param minDistinct how many distinct evidence types are needed
 * @param minSubjects how many records with findings are needed
 * @param minFindings how many evidence findings are needed
 * @param declared declarations that must have this value (undeclared counts as false)
 * @param unlessDeclared the rule does not fire when every one of these is declared true
 * @param isPublic when set, whether the place must be (or must not be) public
 * @param crossBorder when set, whether the data must be (or must not be) outside Vietnam
 * @param children when set, whether the place must (or must not) hold children's data
 * @param signalsAny practices of which at least one must have been observed, empty for none
 * @param data whether the types are those the place holds, collects (web forms), or either
 */
public record Condition(
    Set<PlaceKind> places,
    Set<EntityType> typesAny,
    Category category,
    int minDistinct,
    long minSubjects,
    long minFindings,
    Map<String, Boolean> declared,
    List<String> unlessDeclared,
    Boolean isPublic,
    Boolean crossBorder,
    Boolean children,
    Set<String> signalsAny,
    DataScope data) {

  public Condition {
    places = places.isEmpty() ? Set.of() : Set.copyOf(places);
    typesAny = typesAny.isEmpty() ? Set.of() : Set.copyOf(typesAny);
    declared = Map.copyOf(declared);
    unlessDeclared = List.copyOf(unlessDeclared);
    signalsAny = Set.copyOf(signalsAny);
    java.util.Objects.requireNonNull(data, "data");
  }

  /**
   * The types that are this rule's evidence in {@code place}, or null when the rule does not fire
   * (empty only for a rule that fires on observed practices alone).
   */
  public Set<EntityType> evidenceTypes(PlaceFacts place, Regime regime) {
    Set<EntityType> none = null;
    if (!places.isEmpty() && !places.contains(place.kind())) {
      return none;
    }
    if (isPublic != null && isPublic != place.isPublic()
        || crossBorder != null && crossBorder != place.crossBorder()
        || children != null && children != place.children()) {
      return none;
    }
    if (!signalsAny.isEmpty() && signalsAny.stream().noneMatch(s -> place.signal(s) > 0)) {
      return none;
    }
    Declarations d = place.declarations();
    for (Map.Entry<String, Boolean> e : declared.entrySet()) {
      if (d.holds(e.getKey()) != e.getValue()) {
        return none;
      }
    }
    if (!unlessDeclared.isEmpty() && unlessDeclared.stream().allMatch(d::holds)) {
      return none;
    }
    Set<EntityType> matched = EnumSet.noneOf(EntityType.class);
    long findings = 0;
    boolean financial = d.holds("financial_institution");
    for (Map.Entry<EntityType, Long> e : data.counts(place).entrySet()) {
      EntityType t = e.getKey();
      if (e.getValue() > 0
          && (typesAny.isEmpty() || typesAny.contains(t))
          && (category == null || regime.categoryOf(t, financial) == category)) {
        matched.add(t);
        findings += e.getValue();
      }
    }
    if (matched.isEmpty()) {
      // A rule about collected data needs a form that collects some; one naming no data at all
      // (trackers) rests on the practices observed.
      boolean onPracticesAlone =
          !signalsAny.isEmpty()
              && typesAny.isEmpty()
              && category == null
              && data != DataScope.COLLECTED;
      return onPracticesAlone ? matched : none;
    }
    if (matched.size() < minDistinct || findings < minFindings || place.subjects() < minSubjects) {
      return none;
    }
    return matched;
  }
}
