package org.pdpguard.cases.web;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese first: {@code ?lang=en} (kept in a cookie) or Accept-Language gives English. */
@Configuration
public class WebConfig implements WebMvcConfigurer {
  static final Locale VI = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver r = new CookieLocaleResolver("pdpguard-lang");
    r.setDefaultLocaleFunction(
        req -> {
          String h = req.getHeader("Accept-Language");
          return h != null && h.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VI;
        });
    return r;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor i = new LocaleChangeInterceptor();
    i.setParamName("lang");
    registry.addInterceptor(i);
  }
}
