package dev.vsplit.findings;

import java.util.List;
import java.util.Objects;

/**
 * The part of a message that depends on the tool vsplit runs in: a command to run, a setting to
 * give, an operation to name. The engine states what to do in these neutral terms; a front end
 * words each one its own way through a {@link Wording} (the Maven plugin as a build command, a goal
 * or a user property, a command line as its own commands and options), so one engine serves every
 * front end.
 *
 * @param kind what the user does
 * @param subject what it is about: an operation ({@link #OPERATIONS}) for {@link Kind#RUN}, {@link
 *     Kind#OPERATION} and (optionally) {@link Kind#COMPILE}; a setting's name (the name both the
 *     plugin and a command line use, e.g. {@code allowPartial}) for {@link Kind#SETTING}, {@link
 *     Kind#PARAMETER}, {@link Kind#CONFIGURATION} and {@link Kind#RAISE_READ_LIMIT}; {@code null}
 *     otherwise
 * @param value for {@link Kind#SETTING}: the value to give ({@code ""} when the user fills it in, a
 *     placeholder such as {@code ...} when it is a list); {@code null} to name the setting alone
 */
public record Fix(Kind kind, String subject, String value) {

  /**
   * vsplit's operations, by the names every front end shares (the plugin's goals, a command line's
   * commands).
   */
  public static final List<String> OPERATIONS =
      List.of("generate", "check", "analyze", "explain", "plan", "split", "scaffold");

  /** What a fix tells the user to do, and where in a sentence its words go. */
  public enum Kind {
    /** Regenerate the output folder from the specs. Words that follow "change the spec and ...". */
    REGENERATE,
    /**
     * Compile the project (then run {@link Fix#subject}, when given). A command, shown in
     * parentheses; may be empty.
     */
    COMPILE,
    /**
     * Run the operation {@link Fix#subject}. A command, shown in parentheses or on a line of its
     * own.
     */
    RUN,
    /** The operation {@link Fix#subject} by its name, as the subject or object of a sentence. */
    OPERATION,
    /**
     * Give the setting {@link Fix#subject} (the value {@link Fix#value}): the way it is passed,
     * e.g. in parentheses.
     */
    SETTING,
    /** The setting {@link Fix#subject} by the name it is configured under. */
    PARAMETER,
    /** Where the setting {@link Fix#subject} is configured. Words that follow "in". */
    CONFIGURATION,
    /**
     * Raise the read limit {@link Fix#subject} (a file that is larger or deeper on purpose). An
     * imperative.
     */
    RAISE_READ_LIMIT,
    /**
     * The program the user starts vsplit with, e.g. to run it on a JDK: the object of "run ... with
     * a JDK".
     */
    LAUNCHER
  }

  public Fix {
    Objects.requireNonNull(kind, "kind");
    boolean operation =
        kind == Kind.RUN || kind == Kind.OPERATION || kind == Kind.COMPILE && subject != null;
    if (operation && (subject == null || !OPERATIONS.contains(subject))) {
      throw new IllegalArgumentException(
          kind + " needs one of vsplit's operations " + OPERATIONS + ", not " + subject);
    }
    boolean setting =
        kind == Kind.SETTING
            || kind == Kind.PARAMETER
            || kind == Kind.CONFIGURATION
            || kind == Kind.RAISE_READ_LIMIT;
    if (setting && (subject == null || !subject.matches("[a-z][A-Za-z]*"))) {
      throw new IllegalArgumentException(
          kind + " needs a setting's name, e.g. allowPartial, not " + subject);
    }
    if (!operation && !setting && subject != null) {
      throw new IllegalArgumentException(kind + " is about nothing in particular, not " + subject);
    }
    if (value != null && kind != Kind.SETTING) {
      throw new IllegalArgumentException(kind + " takes no value, not " + value);
    }
  }

  /** Regenerate the output folder from the specs. */
  public static Fix regenerate() {
    return new Fix(Kind.REGENERATE, null, null);
  }

  /** Compile the project. */
  public static Fix compile() {
    return new Fix(Kind.COMPILE, null, null);
  }

  /** Compile the project, then run {@code operation}. */
  public static Fix compileThen(String operation) {
    return new Fix(Kind.COMPILE, operation, null);
  }

  /** Run {@code operation}, e.g. {@code scaffold}. */
  public static Fix run(String operation) {
    return new Fix(Kind.RUN, operation, null);
  }

  /** The operation {@code operation} by name, e.g. {@code split}. */
  public static Fix operation(String operation) {
    return new Fix(Kind.OPERATION, operation, null);
  }

  /** Give the setting {@code name}. */
  public static Fix setting(String name) {
    return new Fix(Kind.SETTING, name, null);
  }

  /** Give the setting {@code name} the value {@code value}. */
  public static Fix setting(String name, String value) {
    return new Fix(Kind.SETTING, name, Objects.requireNonNull(value, "value"));
  }

  /** The setting {@code name} by the name it is configured under. */
  public static Fix parameter(String name) {
    return new Fix(Kind.PARAMETER, name, null);
  }

  /** Where the setting {@code name} is configured. */
  public static Fix configuration(String name) {
    return new Fix(Kind.CONFIGURATION, name, null);
  }

  /** The program the user starts vsplit with. */
  public static Fix launcher() {
    return new Fix(Kind.LAUNCHER, null, null);
  }

  /** Raise the read limit {@code name}, e.g. {@code maxFileBytes}. */
  public static Fix raiseReadLimit(String name) {
    return new Fix(Kind.RAISE_READ_LIMIT, name, null);
  }
}
