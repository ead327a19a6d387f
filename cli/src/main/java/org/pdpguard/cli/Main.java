package org.pdpguard.cli;

/** Entry point of the {@code pdpguard} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
