package org.pdpguard.eval.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files that pdpguard-core bundles on the class path. */
final class BundledData {
  private static final String ROOT = "/org/pdpguard/core/data/";

  private BundledData() {}

  /** The rows of {@code dataset/file}, split on tabs, without comment lines and blank lines. */
  static List<String[]> rows(String dataset, String file) {
    String path = ROOT + dataset + "/" + file;
    InputStream in = BundledData.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing bundled data " + path);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
