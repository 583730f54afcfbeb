package dev.vsplit.base;

/** A place in an input: a YAML file and line, or a Java source file and line of a DSL call. */
public record Location(String file, int line, int column) {

  public static Location of(String file, int line) {
    return new Location(file, line, 0);
  }

  /**
   * {@code file:line}, or {@code file:line:column} when the column is known; the form compilers
   * print.
   */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }
}
