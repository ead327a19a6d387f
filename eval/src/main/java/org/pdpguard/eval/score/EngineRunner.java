package org.pdpguard.eval.score;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.stream.TextScanner;
import org.pdpguard.eval.Span;

/**
 * Runs pdpguard over every document of a corpus, in parallel, in corpus order, the way {@code
 * pdpguard scan} reads a file: through {@link TextScanner}, so that what is scored is what users
 * get (chunking, and column names as context in delimited files).
 */
public final class EngineRunner {
  private EngineRunner() {}

  /** The findings on labelled and negative documents as spans. */
  public static List<Span> predict(Corpus corpus, Detector detector) {
    List<String> all = Stream.concat(corpus.docs().stream(), corpus.negatives().stream()).toList();
    List<List<Span>> perDoc =
        all.parallelStream()
            .map(
                doc -> {
                  String text;
                  try {
                    text = corpus.text(doc);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  List<Span> spans = new ArrayList<>();
                  try {
                    new TextScanner(detector)
                        .scan(
                            new StringReader(text),
                            f ->
                                spans.add(new Span(doc, (int) f.start(), (int) f.end(), f.type())));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return spans;
                })
            .toList();
    List<Span> out = new ArrayList<>();
    perDoc.forEach(out::addAll);
    return out;
  }
}
