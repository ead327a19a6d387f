package org.pdpguard.spark;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.config.CustomConfig;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.protect.MasterKey;
import org.pdpguard.protect.Operator;
import org.pdpguard.protect.Policy;

/**
 * Everything an executor needs to build the engine, read on the driver and broadcast once per job:
 * the detector's settings, the custom-recognizer YAML as text, the redaction operators and the
 * master key's bytes (for the keyed operators only). {@link Engines} builds the detector and the
 * redaction from it once per executor JVM, keyed by {@link #fingerprint()}. The key is never shown
 * by {@link #toString()}; it travels to the executors inside the broadcast, as Spark ships any
 * broadcast (enable {@code spark.io.encryption.enabled} and RPC encryption on a shared cluster).
 */
final class Settings implements Serializable {
  private static final long serialVersionUID = 1L;

  final double minScore;
  final ArrayList<String> types; // empty: every type
  final String configYaml; // custom recognizers, allow and deny lists; null: none
  final String defaultOperator;
  final LinkedHashMap<String, String> operators; // type name -> operator id
  private final byte[] key; // null without a key

  Settings(
      double minScore,
      List<String> types,
      String configYaml,
      String defaultOperator,
      Map<String, String> operators,
      byte[] key) {
    this.minScore = minScore;
    this.types = new ArrayList<>(types);
    this.configYaml = configYaml;
    this.defaultOperator = defaultOperator;
    this.operators = new LinkedHashMap<>(operators);
    this.key = key == null ? null : key.clone();
  }

  /** Detection with the defaults of {@code pdpguard scan}, no redaction. */
  static Settings detection(double minScore, List<String> types, String configYaml) {
    return new Settings(minScore, types, configYaml, "label", Map.of(), null);
  }

  /** Builds the detector these settings describe (the CLI's: default recognizers + config). */
  Detector detector() {
    Detector.Builder b = Detector.builder().addAll(Recognizers.defaults()).minScore(minScore);
    if (!types.isEmpty()) {
      EnumSet<EntityType> wanted = EnumSet.noneOf(EntityType.class);
      types.forEach(t -> wanted.add(EntityType.parse(t)));
      b.types(wanted);
    }
    if (configYaml != null) {
      CustomConfig custom =
          CustomConfig.parse(
              new ByteArrayInputStream(configYaml.getBytes(StandardCharsets.UTF_8)), "--config");
      b.addAll(custom.recognizers()).allowList(custom.allowList());
    }
    return b.build();
  }

  /** The redaction policy: the default operator, then each type's own. */
  Policy policy() {
    Policy.Builder b = Policy.builder().defaultOperator(Operator.parse(defaultOperator));
    operators.forEach((t, op) -> b.operator(EntityType.parse(t), Operator.parse(op)));
    return b.build();
  }

  /** The master key, or null. */
  MasterKey key() {
    return key == null ? null : MasterKey.of(key);
  }

  /** A SHA-256 over every setting (the key through its own hash): the engine cache's key. */
  String fingerprint() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String text =
          minScore
              + "\0"
              + types
              + "\0"
              + (configYaml == null ? "-" : configYaml)
              + "\0"
              + defaultOperator
              + "\0"
              + operators;
      md.update(text.getBytes(StandardCharsets.UTF_8));
      if (key != null) {
        md.update(MessageDigest.getInstance("SHA-256").digest(key));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "Settings[minScore "
        + minScore
        + ", types "
        + types
        + ", operators "
        + operators
        + (key == null ? "" : ", key given")
        + "]";
  }
}
