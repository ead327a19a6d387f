package org.pdpguard.sources;

import java.io.IOException;

/**
 * A source named on the command line that is not a file: a database ({@code jdbc:...}), later a web
 * page. A connector reads it to {@link Units} the way a {@link FormatReader} reads content.
 */
public interface Connector {
  /** Whether {@code target}, as typed, is for this connector. */
  boolean accepts(String target);

  /**
   * The name reports show for {@code target}: never with a password or any other credential ({@code
   * jdbc:postgresql://db:5432/crm}).
   */
  String displayName(String target);

  /**
   * Reads {@code target}. A failure of the whole target (cannot connect) is thrown with a message
   * free of credentials; a failure of one part (a table) goes to {@link Units#error}.
   */
  void read(String target, Units units) throws IOException;
}
