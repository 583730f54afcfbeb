package dev.vsplit.base;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds the user's line that called into the DSL: the first stack frame outside vsplit and the JDK.
 */
public final class CallSite {

  /**
   * Where vsplit's own classes are loaded from: frames of classes from there are the DSL, not the
   * user.
   */
  private static final Object OWN_CODE = codeSource(CallSite.class);

  /**
   * Shows reflection frames: {@link #isOwn} passes over them anyway (they are the JDK's), and
   * without this option the walker asks of every frame whether it is one (its class's name among
   * them), a fifth of the cost of a walk, and every route, match and field a spec writes is a walk.
   */
  private static final StackWalker WALKER =
      StackWalker.getInstance(
          EnumSet.of(
              StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_REFLECT_FRAMES));

  /**
   * What {@link #capture} returns on a thread running {@link #withoutLines}: no file, no line. A
   * result that holds it has no line to show, so whoever ran without lines runs again with them
   * before showing a finding.
   */
  public static final Location NOT_CAPTURED = Location.of("<line not captured>", 0);

  /**
   * Whether this thread runs without lines. Per thread, not global: two builds in one JVM (Maven's
   * {@code -T}) each choose their own.
   */
  private static final ThreadLocal<Boolean> WITHOUT_LINES = ThreadLocal.withInitial(() -> false);

  private CallSite() {}

  /**
   * {@code com/example/IdentityRoutes.java:14}, or {@code <unknown>} when no user frame is on the
   * stack, or {@link #NOT_CAPTURED} inside {@link #withoutLines}.
   */
  public static Location capture() {
    if (WITHOUT_LINES.get()) {
      return NOT_CAPTURED;
    }
    return WALKER.walk(CallSite::firstOutside);
  }

  /**
   * Runs {@code work} with {@link #capture} answering {@link #NOT_CAPTURED} on this thread (other
   * threads, a spec's own among them, still capture). A stack walk for every route, match and field
   * a spec writes was most of the build of a large mesh, and a clean run (the usual one) shows no
   * line: run the specs so first, and again with lines only when there is a finding to show.
   *
   * @param work what runs without lines
   * @param <T> what it returns
   * @return what {@code work} returned
   */
  public static <T> T withoutLines(Supplier<T> work) {
    boolean before = WITHOUT_LINES.get();
    WITHOUT_LINES.set(true);
    try {
      return work.get();
    } finally {
      WITHOUT_LINES.set(before);
    }
  }

  /**
   * The first frame outside vsplit and the JDK, by a plain loop: every route, match and field a
   * spec writes is located, so no stream, lambda or optional per call.
   */
  private static Location firstOutside(Stream<StackWalker.StackFrame> frames) {
    Iterator<StackWalker.StackFrame> it = frames.iterator();
    while (it.hasNext()) {
      StackWalker.StackFrame f = it.next();
      if (!isOwn(f.getDeclaringClass())) {
        return SOURCE.get(f.getDeclaringClass()).at(f);
      }
    }
    return UNKNOWN;
  }

  private static final Location UNKNOWN = Location.of("<unknown>", 0);

  /** Where a class's source file lives relative to a source root: {@code com/example/Foo.java}. */
  public static Location ofClass(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return Location.of(sourcePath(top, top.getSimpleName() + ".java"), 0);
  }

  /**
   * The source file of each class, and its locations, computed once and then shared: a large mesh
   * holds a location for every route, match and field set, most of them on a few lines (a loop, a
   * helper), and a string per location was a tenth of its heap, then the equal locations a tenth.
   */
  private static final ClassValue<SourceLines> SOURCE =
      new ClassValue<>() {
        @Override
        protected SourceLines computeValue(Class<?> type) {
          return new SourceLines();
        }
      };

  /** One class's source file and the locations of its lines, each made once. */
  private static final class SourceLines {
    /** Lines beyond this are located without being kept: no array grows that large. */
    private static final int MAX_KEPT = 1 << 16;

    private volatile String path;
    private Location[] byLine = new Location[64];

    Location at(StackWalker.StackFrame frame) {
      String file = path;
      if (file == null) {
        file = sourcePath(frame.getDeclaringClass(), frame.getFileName());
        path = file;
      }
      int line = frame.getLineNumber();
      if (line < 0 || line >= MAX_KEPT) {
        return new Location(file, line, 0);
      }
      synchronized (this) {
        if (line >= byLine.length) {
          byLine = Arrays.copyOf(byLine, Math.max(line + 1, byLine.length * 2));
        }
        Location known = byLine[line];
        if (known == null) {
          known = new Location(file, line, 0);
          byLine[line] = known;
        }
        return known;
      }
    }
  }

  /**
   * Whether a class is vsplit's or the JDK's, asked once per class: every builder call walks the
   * stack.
   */
  private static final ClassValue<Boolean> OWN =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return computeOwn(type);
        }
      };

  /**
   * Whether a class, named as a stack trace names it, is vsplit's or the JDK's rather than the
   * user's: loaded (not initialized) through {@code loader} and asked as {@link #capture} asks. A
   * class that cannot be loaded is the user's.
   *
   * @param loader the loader that sees the user's classes
   * @return the test, for stack frames
   */
  public static Predicate<String> ownCode(ClassLoader loader) {
    return name -> {
      try {
        return isOwn(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    };
  }

  private static boolean isOwn(Class<?> c) {
    return OWN.get(c);
  }

  private static boolean computeOwn(Class<?> c) {
    String pkg = c.getPackageName();
    if (pkg.startsWith("java.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.")) {
      return true;
    }
    Object code = codeSource(c);
    return code != null && code.equals(OWN_CODE) && !pkg.equals("dev.vsplit.testing");
  }

  private static Object codeSource(Class<?> c) {
    var domain = c.getProtectionDomain();
    var source = domain == null ? null : domain.getCodeSource();
    return source == null ? null : source.getLocation();
  }

  private static String sourcePath(Class<?> c, String fileName) {
    String pkg = c.getPackageName();
    String file = fileName == null ? c.getSimpleName() + ".java" : fileName;
    return pkg.isEmpty() ? file : pkg.replace('.', '/') + "/" + file;
  }
}
