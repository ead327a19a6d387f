package org.pdpguard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of dependencies inside core: model ← text ← detect ← recognizers, config, stream.
 */
@AnalyzeClasses(
    packages = "org.pdpguard.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule engineDoesNotKnowItsRecognizers =
      noClasses()
          .that()
          .resideInAPackage("..core.detect..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..core.recognizer..", "..core.config..", "..core.stream..");

  @ArchTest
  static final ArchRule textHandlingStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("..core.text..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..core.detect..", "..core.recognizer..", "..core.config..", "..core.stream..");

  @ArchTest
  static final ArchRule recognizersDoNoFileOrNetworkIo =
      noClasses()
          .that()
          .resideInAPackage("..core.recognizer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.file..", "java.net..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.File");

  @ArchTest
  static final ArchRule builtInRecognizersDoNotDependOnConfiguration =
      noClasses()
          .that()
          .resideInAPackage("..core.recognizer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..core.config..", "..core.stream..");
}
