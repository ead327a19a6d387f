package org.pdpguard.cases.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.pdpguard.cases.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: sign-in lookup, creation, passwords and API keys (stored as SHA-256, shown once). */
@Service
public class Users implements UserDetailsService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient db;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final Clock clock;

  public Users(JdbcClient db, PasswordEncoder encoder, AuditLog audit, Clock clock) {
    this.db = db;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public CaseUser loadUserByUsername(String username) {
    return find("username = ?", username)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  public Optional<CaseUser> byUsername(String username) {
    return find("username = ?", username);
  }

  public Optional<CaseUser> byId(long id) {
    return find("id = ?", id);
  }

  public Optional<CaseUser> byApiKey(String key) {
    return find("api_key_hash = ?", sha256(key));
  }

  private Optional<CaseUser> find(String where, Object param) {
    return db.sql(
            "SELECT id, username, password_hash, role, must_change_password, active FROM users WHERE "
                + where)
        .param(param)
        .query(
            (rs, i) ->
                new CaseUser(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    Role.valueOf(rs.getString(4)),
                    rs.getBoolean(5),
                    rs.getBoolean(6)))
        .optional();
  }

  /** A user who may be assigned to a case (investigators and supervisors), for the pages. */
  public record Staff(long id, String username, String displayName, Role role) {}

  /** The active investigators and supervisors, by user name. */
  public java.util.List<Staff> assignable() {
    return db.sql(
            "SELECT id, username, display_name, role FROM users WHERE active AND role IN"
                + " ('INVESTIGATOR', 'SUPERVISOR') ORDER BY username")
        .query(
            (rs, i) ->
                new Staff(
                    rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))))
        .list();
  }

  public boolean any() {
    return db.sql("SELECT COUNT(*) FROM users").query(Long.class).single() > 0;
  }

  /** Creates a user and returns the id. */
  @Transactional
  public long create(
      String actor,
      String username,
      String displayName,
      Role role,
      String password,
      boolean mustChange) {
    db.sql(
            "INSERT INTO users (username, display_name, password_hash, role,"
                + " must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(username, displayName, encoder.encode(password), role.name(), mustChange, now())
        .update();
    long id =
        db.sql("SELECT id FROM users WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single();
    audit.append(actor, "user.create", "user:" + id, Map.of("role", role.name()));
    return id;
  }

  @Transactional
  public void changePassword(CaseUser user, String newPassword) {
    if (newPassword.length() < 12) {
      throw new IllegalArgumentException("mật khẩu cần ít nhất 12 ký tự / at least 12 characters");
    }
    db.sql("UPDATE users SET password_hash = ?, must_change_password = FALSE WHERE id = ?")
        .params(encoder.encode(newPassword), user.id())
        .update();
    audit.append(user.username(), "user.password", "user:" + user.id(), Map.of());
  }

  /** A new API key for the user; only its hash is kept. */
  @Transactional
  public String newApiKey(String actor, long userId) {
    byte[] raw = new byte[24];
    RANDOM.nextBytes(raw);
    String key = "pdp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    db.sql("UPDATE users SET api_key_hash = ? WHERE id = ?").params(sha256(key), userId).update();
    audit.append(actor, "user.api_key", "user:" + userId, Map.of());
    return key;
  }

  public static String randomPassword() {
    byte[] raw = new byte[15];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
