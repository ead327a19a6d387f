package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/**
 * Recognizers that read Vietnamese words: health, religion, ethnicity, criminal records and the
 * other lexicon-and-context types, and the descriptive basic types (date of birth, age, gender,
 * nationality, marital status).
 */
public final class VnLanguageRecognizers {
  private VnLanguageRecognizers() {}

  public static List<Recognizer> all() {
    return List.of(
        new HealthRecognizer(),
        KeywordRecognizers.religion(),
        new EthnicityRecognizer(),
        KeywordRecognizers.criminalRecord(),
        new PrisonSentenceRecognizer(),
        KeywordRecognizers.politicalOpinion(),
        KeywordRecognizers.genetic(),
        KeywordRecognizers.biometric(),
        KeywordRecognizers.sexLife(),
        new DateOfBirthRecognizer(),
        new AgeRecognizer(),
        new GenderRecognizer(),
        KeywordRecognizers.nationality(),
        KeywordRecognizers.maritalStatus());
  }
}
