package org.pdpguard.cases.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains. The REST API ({@code /api/**}) is stateless: HTTP basic or an {@code
 * X-API-Key} header on every request, never the session cookie, so it needs no CSRF token. The
 * pages use a form sign-in, a session and CSRF tokens; the public complaint and breach forms need
 * no sign-in but keep CSRF. A user whose password must change is sent to the password page first.
 */
@Configuration
public class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, Users users) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(Customizer.withDefaults())
        .addFilterBefore(new ApiKeyFilter(users), BasicAuthenticationFilter.class)
        .addFilterAfter(
            new PasswordChangeFilter(true),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login", "/complaint", "/breach", "/submitted", "/css/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login").failureHandler(throttle).successHandler(throttle).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c -> c.policyDirectives("default-src 'self'; frame-ancestors 'none'")))
        .addFilterAfter(
            new PasswordChangeFilter(false),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .addFilterBefore(
            throttle.guard(),
            org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter
                .class);
    return http.build();
  }

  /** Authenticates {@code X-API-Key}. */
  static final class ApiKeyFilter extends OncePerRequestFilter {
    private final Users users;

    ApiKeyFilter(Users users) {
      this.users = users;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws ServletException, IOException {
      String key = req.getHeader("X-API-Key");
      if (key != null && !key.isBlank()) {
        var user = users.byApiKey(key.strip()).filter(CaseUser::isEnabled);
        if (user.isEmpty()) {
          res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
        var auth =
            new UsernamePasswordAuthenticationToken(user.get(), null, user.get().getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
      }
      chain.doFilter(req, res);
    }
  }

  /** Sends a signed-in user who must change the password to {@code /password} (the API refuses). */
  static final class PasswordChangeFilter extends OncePerRequestFilter {
    private final boolean api;

    PasswordChangeFilter(boolean api) {
      this.api = api;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws ServletException, IOException {
      var auth = SecurityContextHolder.getContext().getAuthentication();
      String path = req.getServletPath();
      if (auth != null
          && auth.getPrincipal() instanceof CaseUser u
          && u.mustChangePassword()
          && !path.equals("/password")
          && !path.equals("/logout")
          && !path.startsWith("/css/")) {
        if (api) {
          res.sendError(HttpServletResponse.SC_FORBIDDEN, "change the one-time password first");
          return;
        }
        res.sendRedirect(req.getContextPath() + "/password");
        return;
      }
      chain.doFilter(req, res);
    }
  }
}
