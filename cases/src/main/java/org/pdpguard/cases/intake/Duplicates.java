package org.pdpguard.cases.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Flags a new intake as a possible duplicate when an open case of the same organisation received an
 * intake within the window (default 30 days) with overlapping facts: the same source, a rule id in
 * common, or the same channel when neither names rules (two complaints, two breach notices). A flag
 * is only a hint: merging is a person's decision.
 */
@Service
public class Duplicates {
  private final JdbcClient db;
  private final Clock clock;
  private final Duration window;

  public Duplicates(
      JdbcClient db, Clock clock, @Value("${pdpguard.duplicate-window:P30D}") Duration window) {
    this.db = db;
    this.clock = clock;
    this.window = window;
  }

  /** The case this intake may duplicate, or null. */
  public Long find(
      Long organisationId, long excludeCase, String channel, String source, String ruleIds) {
    if (organisationId == null) {
      return null;
    }
    Set<String> rules = split(ruleIds);
    List<Object[]> rows =
        db.sql(
                "SELECT i.case_id, i.channel, i.source, i.rule_ids FROM intakes i JOIN cases c ON c.id ="
                    + " i.case_id WHERE c.organisation_id = ? AND c.id <> ? AND c.merged_into IS NULL"
                    + " AND c.state <> 'CLOSED' AND i.received_at >= ? ORDER BY i.case_id")
            .params(organisationId, excludeCase, OffsetDateTime.now(clock).minus(window))
            .query(
                (rs, i) ->
                    new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
            .list();
    for (Object[] r : rows) {
      Set<String> other = split((String) r[3]);
      boolean sameSource = source != null && source.equals(r[2]);
      boolean sharedRule = other.stream().anyMatch(rules::contains);
      boolean sameChannel = rules.isEmpty() && other.isEmpty() && channel.equals(r[1]);
      if (sameSource || sharedRule || sameChannel) {
        return (Long) r[0];
      }
    }
    return null;
  }

  static Set<String> split(String ids) {
    Set<String> s = new HashSet<>();
    if (ids != null && !ids.isBlank()) {
      s.addAll(Arrays.asList(ids.split(",")));
    }
    return s;
  }
}
