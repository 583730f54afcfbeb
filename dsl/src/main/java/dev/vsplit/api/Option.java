package dev.vsplit.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One setting of vsplit's operations, defined once for every front end: the Maven plugin's
 * parameter ({@code <namespace>}, or the user property {@link #property()}) and the command line's
 * option ({@code --namespace}) are this entry under two spellings, with the same default and
 * description. {@link Options#ALL} holds them all; the plugin's tests hold its parameters to it,
 * and the command line builds its options from it.
 *
 * @param name the setting's name, as the plugin's configuration and {@link
 *     dev.vsplit.findings.Fix#setting} name it, e.g. {@code maxFileBytes}
 * @param type the kind of value it takes
 * @param defaultValue its default as the user sees it, relative paths from the project's (or
 *     current) directory; {@code null} when it has none
 * @param description what it does, one or two sentences of plain text
 * @param operations the operations that take it (the plugin's goals, the command line's commands)
 * @param frontEnds the front ends that offer it: most settings both; {@code skip} only Maven (a
 *     command is skipped by not running it), {@code classpath} and {@code format} only the command
 *     line (Maven knows the project's classpath and prints to its log)
 */
public record Option(
    String name,
    Type type,
    String defaultValue,
    String description,
    List<String> operations,
    Set<FrontEnd> frontEnds) {

  /** A program that offers vsplit's operations. */
  public enum FrontEnd {
    /** The Maven plugin: a goal's parameter, as a user property or an element {@code <name>}. */
    MAVEN,
    /** The command line: {@code --kebab-name}. */
    COMMAND_LINE
  }

  /** The kind of value a setting takes, which decides how a command line reads it. */
  public enum Type {
    /** {@code true} or {@code false}; on a command line a flag. */
    BOOLEAN,
    /** A whole number. */
    NUMBER,
    /** Any text. */
    TEXT,
    /** A file or folder. */
    PATH,
    /** Several values, comma-separated (or the option repeated on a command line). */
    LIST
  }

  /**
   * Checks the entry.
   *
   * @param name the setting's name
   * @param type the kind of value
   * @param defaultValue the default, or {@code null}
   * @param description what it does
   * @param operations the operations that take it
   * @param frontEnds the front ends that offer it
   * @throws IllegalArgumentException when the name is not a camel-case word (or a goal's own word,
   *     {@code generate.skip}) or no operation takes it
   */
  public Option {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (name == null || !name.matches("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)?")) {
      throw new IllegalArgumentException(
          "a setting's name is a camel-case word (or goal.word, as generate.skip), not " + name);
    }
    operations = List.copyOf(operations);
    frontEnds = Set.copyOf(frontEnds);
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("no operation takes " + name);
    }
  }

  /**
   * The user property a Maven build sets it with, e.g. {@code vsplit.maxFileBytes}.
   *
   * @return {@code vsplit.} and the name
   */
  public String property() {
    return "vsplit." + name;
  }

  /**
   * The command line's long option, e.g. {@code --max-file-bytes}.
   *
   * @return two dashes and the name in kebab case
   */
  public String flag() {
    return Options.flagOf(name);
  }

  /**
   * Whether {@code operation} takes this setting.
   *
   * @param operation e.g. {@code analyze}
   * @return true when it is one of {@link #operations}
   */
  public boolean appliesTo(String operation) {
    return operations.contains(operation);
  }

  /**
   * Whether {@code frontEnd} offers this setting.
   *
   * @param frontEnd the Maven plugin or the command line
   * @return true when it is one of {@link #frontEnds}
   */
  public boolean offeredBy(FrontEnd frontEnd) {
    return frontEnds.contains(frontEnd);
  }
}
