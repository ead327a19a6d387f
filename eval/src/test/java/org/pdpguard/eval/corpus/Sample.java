package org.pdpguard.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.EntityType;

/** 700 documents of seed 1, generated once for the tests that read gold values. */
final class Sample {
  static final List<Document> DOCS = generate(700);

  private Sample() {}

  private static List<Document> generate(int n) {
    CorpusGenerator gen = new CorpusGenerator(1);
    List<Document> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(gen.document(i));
    }
    return List.copyOf(docs);
  }

  /** The gold values of one type. */
  static List<String> values(EntityType type) {
    List<String> out = new ArrayList<>();
    for (Document d : DOCS) {
      for (Document.Mark m : d.marks()) {
        if (m.type() == type) {
          out.add(d.text().substring(m.start(), m.end()));
        }
      }
    }
    return out;
  }
}
