package org.pdpguard.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.pdpguard.cli.report.ReportWriter;
import org.pdpguard.judge.FactsCollector;
import org.pdpguard.judge.Inventory;
import org.pdpguard.judge.Judge;
import org.pdpguard.judge.RuleFileException;
import org.pdpguard.judge.RulePack;

/** A rule pack, an inventory and the date of the facts: everything a judged report needs. */
record Judging(RulePack pack, Inventory inventory, LocalDate asOf) {

  /** A writer that judges what passes through it to {@code inner}. */
  JudgingWriter writer(ReportWriter inner, boolean showValues) {
    return new JudgingWriter(
        inner, new Judge(pack), new FactsCollector(inventory, asOf), asOf, showValues);
  }

  /** Prints every problem of an unusable rule pack or inventory; returns exit code 3. */
  static int unusable(PrintWriter err, RuleFileException e) {
    err.println("Tệp không dùng được / Unusable file: " + e.file());
    e.problems().forEach(p -> err.println("  " + p));
    err.flush();
    return ExitCodes.CANNOT_COMPLETE;
  }
}
