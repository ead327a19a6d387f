package org.pdpguard.cli;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Connector;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.archive.ArchiveReaders;
import org.pdpguard.sources.documents.DocumentReaders;
import org.pdpguard.sources.jdbc.JdbcConnector;
import org.pdpguard.sources.parquet.ParquetReader;
import org.pdpguard.sources.records.RecordReaders;

/**
 * The format readers and connectors of {@code pdpguard scan}, in the order they are tried:
 * documents (Tika) by name and signature first, so that a DOCX (a zip inside) is read as a
 * document; then archives (a plain zip, {@code export.csv.gz}); then Parquet, CSV and JSON records.
 * Content no reader takes is read as plain text, or skipped as binary.
 */
final class Readers {
  private Readers() {}

  static Extraction extraction() {
    List<FormatReader> readers = new ArrayList<>();
    readers.addAll(DocumentReaders.all());
    readers.addAll(ArchiveReaders.all());
    readers.add(new ParquetReader());
    readers.addAll(RecordReaders.all());
    List<Connector> connectors = new ArrayList<>();
    connectors.add(new JdbcConnector());
    return new Extraction(readers, connectors);
  }
}
