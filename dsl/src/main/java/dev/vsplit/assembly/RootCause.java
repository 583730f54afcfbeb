package dev.vsplit.assembly;

import dev.vsplit.base.Location;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Predicate;

/**
 * Why a spec failed, told as its author needs it: the exception that started it (not the {@link
 * ExceptionInInitializerError} or {@link InvocationTargetException} the JVM wrapped it in) and the
 * author's line it came from (the first frame of its stack that is not vsplit's or the JDK's). A
 * pure function of the throwable and its stack: a spec run in this JVM and one run in a forked JVM
 * (whose stack arrives as values) are told alike.
 *
 * @param cause the exception that started it
 * @param at the author's file and line it was thrown from; {@code null} when no frame of the stack
 *     is the author's
 * @param initializer whether it was thrown while a class was initialized (a static field or block)
 */
public record RootCause(Throwable cause, Location at, boolean initializer) {

  /**
   * The root cause of what a spec threw.
   *
   * @param thrown what the spec's code (or the JVM creating its class) threw
   * @param ownCode whether a class, by its binary name, is vsplit's or the platform's rather than
   *     the spec author's
   * @return the cause and the author's line
   */
  public static RootCause of(Throwable thrown, Predicate<String> ownCode) {
    Throwable cause = unwrap(thrown);
    boolean initializer = false;
    for (Throwable t = thrown; t != null && t != cause; t = t.getCause()) {
      initializer |= t instanceof ExceptionInInitializerError;
    }
    return new RootCause(cause, userFrame(cause.getStackTrace(), ownCode), initializer);
  }

  /**
   * The author's first frame of a stack: {@code com/acme/mesh/AcmeMesh.java:12}, or {@code null}.
   *
   * @param stack a stack, innermost frame first
   * @param ownCode whether a class is vsplit's or the platform's
   * @return the file (by package path) and line, or {@code null} when every frame is vsplit's
   */
  public static Location userFrame(StackTraceElement[] stack, Predicate<String> ownCode) {
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName();
      if (platform(type) || ownCode.test(type) || frame.getLineNumber() <= 0) {
        continue;
      }
      int dot = type.lastIndexOf('.');
      String pkg = dot < 0 ? "" : type.substring(0, dot + 1).replace('.', '/');
      String file = frame.getFileName();
      if (file == null) {
        String simple = type.substring(dot + 1);
        int inner = simple.indexOf('$');
        file = (inner < 0 ? simple : simple.substring(0, inner)) + ".java";
      }
      return Location.of(pkg + file, frame.getLineNumber());
    }
    return null;
  }

  /**
   * The author's line, else {@code fallback}.
   *
   * @param fallback where to point when no frame is the author's (the spec's file)
   * @return the location to report
   */
  public Location atOr(Location fallback) {
    return at != null ? at : fallback;
  }

  /**
   * What happened, in one phrase: the DSL's own refusals ({@link IllegalArgumentException}, {@link
   * IllegalStateException}, {@link NullPointerException}) say it in their message; anything else is
   * named by its class.
   *
   * @return e.g. {@code team payments has no namespace: ...}, or {@code IOException: no such file}
   */
  public String describe() {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getName();
    }
    boolean refusal =
        cause instanceof IllegalArgumentException
            || cause instanceof IllegalStateException
            || cause instanceof NullPointerException;
    return refusal ? message : cause.getClass().getSimpleName() + ": " + message;
  }

  /** The innermost of the wrappers the JVM and reflection put around an exception. */
  static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; depth < 16; depth++) {
      Throwable inner = t.getCause();
      boolean wrapper =
          t instanceof ExceptionInInitializerError
              || t instanceof InvocationTargetException
              || t instanceof UndeclaredThrowableException;
      if (!wrapper || inner == null || inner == t) {
        return t;
      }
      t = inner;
    }
    return t;
  }

  private static boolean platform(String type) {
    return type.startsWith("java.")
        || type.startsWith("javax.")
        || type.startsWith("jdk.")
        || type.startsWith("sun.")
        || type.startsWith("com.sun.");
  }
}
