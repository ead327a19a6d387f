package org.pdpguard.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;

/** The generator is deterministic, labels every type and keeps gold spans on the values. */
class CorpusGeneratorTest {
  private static final List<Document> SAMPLE = Sample.DOCS;

  @Test
  void theSameSeedWritesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    CorpusWriter.write(tmp.resolve("a"), 7, 40, 10);
    CorpusWriter.write(tmp.resolve("b"), 7, 40, 10);

    List<Path> files = files(tmp.resolve("a"));
    assertThat(files).hasSize(40 + 10 + 2);
    for (Path f : files) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f)))
          .as(f.toString())
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
    }
    assertThat(files(tmp.resolve("b"))).isEqualTo(files);
  }

  @Test
  void anotherSeedWritesOtherDocuments() {
    assertThat(new CorpusGenerator(2).document(0).text())
        .isNotEqualTo(new CorpusGenerator(1).document(0).text());
  }

  @Test
  void aDocumentDoesNotDependOnHowManyAreWritten(@TempDir Path tmp) throws IOException {
    CorpusWriter.write(tmp.resolve("few"), 3, 5, 1);
    CorpusWriter.write(tmp.resolve("many"), 3, 25, 6);
    String name = "docs/" + firstDoc(tmp.resolve("few"));
    assertThat(Files.readString(tmp.resolve("many").resolve(name)))
        .isEqualTo(Files.readString(tmp.resolve("few").resolve(name)));
  }

  @Test
  void everyTypeOfTheSpecHasGoldSpans() {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    SAMPLE.forEach(d -> d.marks().forEach(m -> counts.merge(m.type(), 1, Integer::sum)));
    for (EntityType t : EntityType.values()) {
      assertThat(counts.getOrDefault(t, 0)).as(t.name()).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void everyKindOfDocumentIsGenerated() {
    assertThat(SAMPLE.stream().map(Document::kind).distinct().sorted().toList())
        .containsExactlyInAnyOrderElementsOf(CorpusGenerator.kinds())
        .contains("form", "csv", "json", "chat", "hr", "medical", "court", "log", "email");
  }

  @Test
  void goldSpansAreTrimmedValuesInsideTheText() {
    for (Document d : SAMPLE) {
      int previousStart = -1;
      for (Document.Mark m : d.marks()) {
        assertThat(m.start()).isGreaterThanOrEqualTo(previousStart);
        assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(d.text().length());
        String v = d.text().substring(m.start(), m.end());
        assertThat(v).as(m.type() + " in " + d.kind()).isEqualTo(v.strip()).doesNotContain("\n");
        previousStart = m.start();
      }
    }
  }

  @Test
  void textsAreNfcWithUnixLineBreaks() {
    for (Document d : SAMPLE) {
      assertThat(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC)).isTrue();
      assertThat(d.text()).doesNotContain("\r").endsWith("\n");
    }
  }

  @Test
  void mostTextIsNotPersonalData() {
    long chars = SAMPLE.stream().mapToLong(d -> d.text().length()).sum();
    long pii = SAMPLE.stream().mapToLong(Document::piiChars).sum();
    assertThat((double) pii / chars).isBetween(0.05, 0.5);
  }

  @Test
  void hardNegativesHaveNoGoldSpans() {
    CorpusGenerator gen = new CorpusGenerator(1);
    for (int i = 0; i < 200; i++) {
      assertThat(gen.negative(i).marks()).isEmpty();
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static String firstDoc(Path corpus) throws IOException {
    try (Stream<Path> s = Files.list(corpus.resolve("docs"))) {
      return s.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }
}
