package org.pdpguard.sources;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The scan of text units knows readers only through {@link FormatReader} and {@link Connector}: the
 * base package never names a reader, and readers never reach into each other, so a format can be
 * added or removed without touching the rest. Nothing here knows the applications.
 */
@AnalyzeClasses(
    packages = "org.pdpguard.sources",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule theScanDoesNotKnowItsReaders =
      noClasses()
          .that()
          .resideInAPackage("org.pdpguard.sources")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pdpguard.sources.(*)..");

  @ArchTest
  static final ArchRule archivesAndRecordsStayApart =
      noClasses()
          .that()
          .resideInAPackage("..sources.archive..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..sources.records..")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("..sources.documents..");

  @ArchTest
  static final ArchRule sourcesKnowNoApplication =
      noClasses()
          .that()
          .resideInAPackage("org.pdpguard.sources..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.pdpguard.cli..", "org.pdpguard.eval..", "picocli..");
}
