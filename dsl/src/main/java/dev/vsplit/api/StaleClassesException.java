package dev.vsplit.api;

import java.util.List;

/**
 * The project's compiled classes are older than their sources (or missing): the specs would run as
 * they were at the last compile, and every answer would be about code that is no longer there. The
 * fix is to compile first; the message says how, in the front end's words.
 */
public final class StaleClassesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> sources;

  StaleClassesException(List<String> sources, String message) {
    super(message);
    this.sources = List.copyOf(sources);
  }

  /**
   * The source files changed since their classes were compiled, or never compiled.
   *
   * @return paths relative to the project, sorted
   */
  public List<String> sources() {
    return sources;
  }
}
