package org.pdpguard.core.recognizer;

import java.util.List;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.detect.Recognizer;

/** Runs one recognizer through the real engine, as table-driven recognizer tests need. */
public final class RecognizerTesting {
  private RecognizerTesting() {}

  /** Findings of {@code r} alone on {@code text}, with the default threshold. */
  public static List<Finding> find(Recognizer r, String text) {
    return Detector.builder().add(r).build().detect(text);
  }

  /** The matched values of type {@code type}, in text order. */
  public static List<String> values(Recognizer r, EntityType type, String text) {
    return find(r, text).stream().filter(f -> f.type() == type).map(Finding::value).toList();
  }
}
