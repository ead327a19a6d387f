package org.pdpguard.cases.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after 5 failed sign-ins for a user name, further attempts are refused
 * (429) for 15 minutes. In memory, per server: enough against one guesser, not a distributed one.
 */
@Component
public class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  boolean locked(String username) {
    Failures f = failures.get(key(username));
    return f != null && f.count() >= MAX_FAILURES && f.last().plus(LOCK).isAfter(clock.instant());
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
      throws IOException {
    Instant now = clock.instant();
    failures.compute(
        key(req.getParameter("username")),
        (k, f) ->
            f == null || f.last().plus(LOCK).isBefore(now)
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
    res.sendRedirect(req.getContextPath() + "/login?error");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest req, HttpServletResponse res, Authentication a) throws IOException {
    failures.remove(key(a.getName()));
    res.sendRedirect(req.getContextPath() + "/");
  }

  /** The filter that refuses sign-ins of a locked user name. */
  OncePerRequestFilter guard() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest req, HttpServletResponse res, FilterChain chain)
          throws ServletException, IOException {
        if ("POST".equals(req.getMethod())
            && "/login".equals(req.getServletPath())
            && locked(req.getParameter("username"))) {
          res.sendError(429, "too many failed sign-ins");
          return;
        }
        chain.doFilter(req, res);
      }
    };
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
