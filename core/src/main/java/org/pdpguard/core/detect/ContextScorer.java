package org.pdpguard.core.detect;

import org.pdpguard.core.detect.Detector.Scored;

/** Raises a candidate's score when a word of its context lexicon stands near it. */
final class ContextScorer {
  /** Context further than this many chars from the span does not count, whatever the tokens. */
  static final int MAX_DISTANCE = 120;

  private ContextScorer() {}

  /** The scored candidate, or null when it requires context and has none. */
  static Scored score(TextView view, Candidate c, String recognizer) {
    if (c.contextWord != null) {
      return new Scored(c, recognizer, Math.min(1.0, c.score + c.boost), c.contextWord);
    }
    if (c.context == null) {
      return new Scored(c, recognizer, c.score, null);
    }
    String word = find(view, c);
    if (word == null) {
      return c.contextRequired ? null : new Scored(c, recognizer, c.score, null);
    }
    return new Scored(c, recognizer, Math.min(1.0, c.score + c.boost), word);
  }

  private static String find(TextView view, Candidate c) {
    Hits hits = view.hits(c.context);
    if (hits.isEmpty()) {
      return null;
    }
    int first = view.tokenAtOrAfter(c.start);
    int last = Math.max(first, view.tokenAtOrAfter(c.end) - 1);
    int from = Math.max(0, first - c.windowBefore);
    int to = last + c.windowAfter;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = hits.firstAtOrAfter(from); i < hits.size() && hits.firstToken(i) <= to; i++) {
      int hs = hits.start(i);
      int he = hits.end(i);
      if (hs < c.end && he > c.start) {
        continue; // the span itself is not its own context
      }
      int distance = he <= c.start ? c.start - he : hs - c.end;
      if (distance <= MAX_DISTANCE && distance < bestDistance) {
        best = hits.surface(i);
        bestDistance = distance;
      }
    }
    return best;
  }
}
