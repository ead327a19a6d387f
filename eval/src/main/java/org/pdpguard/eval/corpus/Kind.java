package org.pdpguard.eval.corpus;

/** A kind of document: writes one document with its gold spans. */
interface Kind {
  /** Short name used in file names: {@code form}, {@code chat}, … */
  String name();

  void write(Dice d, Doc doc);
}
