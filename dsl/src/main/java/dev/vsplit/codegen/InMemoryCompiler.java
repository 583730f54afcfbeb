package dev.vsplit.codegen;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with the JDK's compiler and loads the classes, so generated specs
 * can be run before a single file is written. The classes see vsplit's own.
 */
final class InMemoryCompiler {

  /** The generated code does not compile: a vsplit bug, reported with javac's messages. */
  static final class CompileException extends Exception {
    private static final long serialVersionUID = 1L;

    CompileException(String message) {
      super(message);
    }
  }

  /** There is no Java compiler: what runs vsplit runs on a JRE. */
  static final class NoCompilerException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NoCompilerException(Wording wording) {
      super(
          "vsplit compiles the generated specs to prove them, which needs a JDK; this Java ("
              + System.getProperty("java.home")
              + ") has no compiler. Run "
              + wording.word(Fix.launcher())
              + " with a JDK (JAVA_HOME)");
    }
  }

  private InMemoryCompiler() {}

  /**
   * Compiles {@code sources} (path like {@code com/example/Foo.java} → text) against the class path
   * holding {@code api} (and {@code more}), and loads every class with a loader whose parent is
   * {@code api}'s.
   *
   * @return the loaded top-level classes, by binary name
   */
  static Map<String, Class<?>> compile(Map<String, String> sources, Class<?> api, Class<?>... more)
      throws CompileException {
    return compile(Wording.NEUTRAL, sources, api, more);
  }

  /**
   * {@link #compile(Map, Class, Class...)}, saying in the words of {@code wording} what to run with
   * a JDK when there is none.
   */
  static Map<String, Class<?>> compile(
      Wording wording, Map<String, String> sources, Class<?> api, Class<?>... more)
      throws CompileException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new NoCompilerException(wording);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new Source(path, text)));
    try (StandardJavaFileManager standard =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaFileManager files =
          new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
              return new SimpleJavaFileObject(
                  URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                  ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                  classes.put(className, bytes);
                  return bytes;
                }
              };
            }
          };
      List<File> classpath = new ArrayList<>();
      classpath.add(location(api));
      for (Class<?> c : more) {
        classpath.add(location(c));
      }
      standard.setLocation(StandardLocation.CLASS_PATH, classpath);
      List<String> options =
          List.of("-proc:none", "-Xlint:none", "-encoding", "UTF-8", "-g", "--release", "17");
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
      if (!ok) {
        StringBuilder message = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            message
                .append(
                    d.getSource() == null
                        ? ""
                        : d.getSource().getName().substring(1) + ":" + d.getLineNumber() + ": ")
                .append(d.getMessage(Locale.ROOT))
                .append('\n');
          }
        }
        throw new CompileException(message.toString().strip());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, byte[]> bytes = new HashMap<>();
    classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
    // Child first for the compiled classes: a class of the same name on the parent's path (a
    // project's own spec, a test fixture) must not stand in for the one just compiled.
    ClassLoader loader =
        new ClassLoader(api.getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
              Class<?> c = findLoadedClass(name);
              if (c == null && bytes.containsKey(name)) {
                byte[] b = bytes.get(name);
                c = defineClass(name, b, 0, b.length);
              }
              if (c == null) {
                return super.loadClass(name, resolve);
              }
              if (resolve) {
                resolveClass(c);
              }
              return c;
            }
          }
        };
    Map<String, Class<?>> out = new HashMap<>();
    for (String path : sources.keySet()) {
      String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
      try {
        out.put(name, Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new CompileException("compiled " + path + " but found no class " + name + " in it");
      }
    }
    return out;
  }

  /** The folder or jar that holds {@code type}'s class. */
  private static File location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot find where " + type.getName() + " is loaded from", e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
