package org.pdpguard.eval.corpus;

import java.util.List;

/**
 * Generates labelled documents and hard negatives from a seed. Document {@code i} depends only on
 * the seed and {@code i}, so the same seed always gives the same documents, whatever their number.
 * Thread-safe: each call draws from its own {@link Dice}.
 */
public final class CorpusGenerator {
  /** Bumped whenever the output for a seed changes. */
  public static final int VERSION = 1;

  private static final long DOCUMENTS = 1;
  private static final long NEGATIVES = 2;

  private static final Weighted<Kind> KINDS =
      Weighted.<Kind>builder()
          .add(new FormKind(), 16)
          .add(new CsvKind(), 7)
          .add(new JsonKind(), 10)
          .add(new ChatKind(), 16)
          .add(new HrKind(), 12)
          .add(new MedicalKind(), 12)
          .add(new CourtKind(), 9)
          .add(new LogKind(), 10)
          .add(new EmailKind(), 10)
          .build();

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** Document number {@code index} (0-based) of the labelled set. */
  public Document document(long index) {
    Dice d = Dice.forDocument(seed, DOCUMENTS, index);
    Kind kind = KINDS.sample(d);
    Doc doc = new Doc();
    kind.write(d, doc);
    return doc.build(kind.name());
  }

  /** Hard-negative document number {@code index} (0-based): no gold spans. */
  public Document negative(long index) {
    Dice d = Dice.forDocument(seed, NEGATIVES, index);
    Kind kind = d.pick(NegativeKinds.ALL);
    Doc doc = new Doc();
    kind.write(d, doc);
    return doc.build(kind.name());
  }

  /** The kinds of labelled documents, e.g. {@code form}, {@code chat}. */
  public static List<String> kinds() {
    return KINDS.items().stream().map(Kind::name).toList();
  }

  /** The kinds of hard-negative documents. */
  public static List<String> negativeKinds() {
    return NegativeKinds.ALL.stream().map(Kind::name).toList();
  }
}
