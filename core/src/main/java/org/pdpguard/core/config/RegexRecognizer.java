package org.pdpguard.core.config;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * A recognizer from configuration: user patterns on RE2/J, which matches in linear time whatever
 * the pattern, so a pattern from a config file cannot hang a scan. Unlike the built-in recognizers
 * it runs its patterns over the whole text: users' patterns have no token shape the engine could
 * dispatch on.
 */
final class RegexRecognizer implements Recognizer {
  record NamedPattern(String name, Pattern pattern, double score) {}

  private final String id;
  private final EntityType type;
  private final List<NamedPattern> patterns;
  private final Lexicon context;
  private final double boost;
  private final boolean contextRequired;

  RegexRecognizer(
      String id,
      EntityType type,
      List<NamedPattern> patterns,
      Lexicon context,
      double boost,
      boolean contextRequired) {
    this.id = id;
    this.type = type;
    this.patterns = List.copyOf(patterns);
    this.context = context;
    this.boost = boost;
    this.contextRequired = contextRequired;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(type);
  }

  @Override
  public List<Lexicon> lexicons() {
    return context == null ? List.of() : List.of(context);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    for (NamedPattern p : patterns) {
      Matcher m = p.pattern().matcher(view.text());
      while (m.find()) {
        if (m.end() <= m.start()) {
          continue; // an empty match says nothing
        }
        Candidate c = Candidate.of(type, m.start(), m.end(), p.score()).pattern(p.name());
        if (context != null) {
          c = contextRequired ? c.requireContext(context, boost) : c.context(context, boost);
        }
        out.emit(c);
      }
    }
  }
}
