package org.pdpguard.eval.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.eval.Span;

/** Runs pdpguard's detector over every document of a corpus, in parallel, in corpus order. */
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
                  for (Finding f : detector.detect(text)) {
                    spans.add(new Span(doc, f.start(), f.end(), f.type()));
                  }
                  return spans;
                })
            .toList();
    List<Span> out = new ArrayList<>();
    perDoc.forEach(out::addAll);
    return out;
  }
}
