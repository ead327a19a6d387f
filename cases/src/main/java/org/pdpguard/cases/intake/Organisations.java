package org.pdpguard.cases.intake;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Organisations named in cases, found again by a folded name (case, spaces and diacritics). */
@Service
public class Organisations {
  private final JdbcClient db;
  private final Clock clock;

  public Organisations(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The organisation's id, created when new; null for a blank name. */
  public Long findOrCreate(String name, String taxCode) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = key(name);
    Long id =
        db.sql("SELECT id FROM organisations WHERE name_key = ?")
            .param(key)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (id != null) {
      return id;
    }
    // Two intakes may name a new organisation at the same time: the second insert waits for the
    // first and does nothing (a plain insert failed on the unique key, found by the load run).
    db.sql(
            "INSERT INTO organisations (name, name_key, tax_code, created_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(name.strip(), key, taxCode, OffsetDateTime.now(clock))
        .update();
    return db.sql("SELECT id FROM organisations WHERE name_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  static String key(String name) {
    String folded =
        Normalizer.normalize(
                name.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
