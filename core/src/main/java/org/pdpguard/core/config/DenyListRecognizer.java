package org.pdpguard.core.config;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * Reports the words of a deny-list as one type, wherever they stand. Entries written with
 * diacritics match only text with the same diacritics; entries without match either.
 */
final class DenyListRecognizer implements Recognizer {
  private final String id;
  private final EntityType type;
  private final Lexicon words;
  private final double score;

  DenyListRecognizer(String id, EntityType type, List<String> values, double score) {
    this.id = id;
    this.type = type;
    this.words = Lexicon.of(id + ".values", values);
    this.score = score;
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
    return List.of(words);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Hits hits = view.hits(words);
    for (int i = 0; i < hits.size(); i++) {
      boolean entryHasDiacritics =
          !org.pdpguard.core.text.Folding.fold(hits.phrase(i))
              .equals(hits.phrase(i).toLowerCase(java.util.Locale.ROOT));
      if (entryHasDiacritics && !hits.exact(i)) {
        continue;
      }
      out.emit(Candidate.of(type, hits.start(i), hits.end(i), score).pattern("deny_list"));
    }
  }
}
