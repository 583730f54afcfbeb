package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Using vsplit without Maven" example compiles as written, against the API and the
 * bookinfo specs of the tests: the code a reader copies cannot fall behind the API.
 */
class ReadmeApiExampleTest {

  private static final String SECTION = "## Using vsplit without Maven";

  @Test
  void theReadmesApiExampleCompilesAsWritten(@TempDir Path out) throws Exception {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README.md has a section '%s'", SECTION).isNotNegative();
    int open = section + 1;
    while (open < readme.size() && !readme.get(open).equals("```java")) {
      assertThat(readme.get(open))
          .as("README.md:%d: the section's first code block", open + 1)
          .doesNotStartWith("## ");
      open++;
    }
    int close = readme.subList(open + 1, readme.size()).indexOf("```") + open + 1;
    assertThat(close).as("README.md:%d: the code block is closed", open + 1).isGreaterThan(open);
    List<String> example = readme.subList(open + 1, close);

    // The example as a class, each line at its own line number: the imports first, the class and
    // method opened on the last import's line, the statements as the method's body.
    int lastImport = -1;
    for (int i = 0; i < example.size(); i++) {
      if (example.get(i).startsWith("import ")) {
        assertThat(i)
            .as("README.md:%d: imports come before the code", open + 2 + i)
            .isEqualTo(lastImport + 1);
        lastImport = i;
      }
    }
    assertThat(lastImport)
        .as("the example shows its imports (README.md:%d)", open + 2)
        .isNotNegative();
    List<String> source = new ArrayList<>(example);
    source.set(
        lastImport,
        source.get(lastImport) + " class ReadmeExample { static void run() throws Exception {");
    source.add("}}");

    assertThat(compile(String.join("\n", source), open + 1, out))
        .as("javac on the README's example")
        .isEmpty();
  }

  /** javac's errors on {@code text}, each at its README line ({@code offset} + its line). */
  private static List<String> compile(String text, int offset, Path out) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject unit =
        new SimpleJavaFileObject(
            URI.create("string:///ReadmeExample.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
          }
        };
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(
          StandardLocation.CLASS_PATH,
          List.of(location(Vsplit.class), location(BookinfoMesh.class)));
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      javac
          .getTask(
              null,
              files,
              diagnostics,
              List.of("-proc:none", "--release", "17"),
              null,
              List.of(unit))
          .call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add("README.md:" + (offset + d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private static File location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
  }
}
