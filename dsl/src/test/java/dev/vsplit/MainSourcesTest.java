package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules the main code of every module keeps, checked on its source. */
class MainSourcesTest {

  private static final Pattern CODE = Pattern.compile("VS\\d{3}");

  /** A finding code is named through {@code dev.vsplit.findings.Code}, never spelled as a string: tests may. */
  @Test
  void noFindingCodeIsAStringLiteralInMainCode() {
    List<Path> files = JavaSource.mainSourcesOfAllModules();
    assertThat(files).as("main sources of dsl and maven-plugin")
        .anyMatch(p -> p.endsWith(Path.of("dsl/src/main/java/dev/vsplit/findings/Code.java")))
        .anyMatch(p -> p.toString().contains("maven-plugin"));
    List<JavaSource.Literal> found = new ArrayList<>();
    for (Path file : files) {
      JavaSource.literals(file).stream().filter(l -> CODE.matcher(l.text()).find()).forEach(found::add);
    }
    assertThat(found).as("string literals holding a finding code: use dev.vsplit.findings.Code (or a constant"
        + " naming one) instead").isEmpty();
  }

  /** The scan sees what javac sees: literals of every kind, and nothing in comments. */
  @Test
  void theScanReadsLiteralsAndSkipsComments() {
    String source = """
        class A { // "VS101" in a line comment
          /* "VS102" in a block comment,
             over two lines */
          String a = "VS103";
          String b = "escaped \\" quote, then VS104";
          char c = '"';
          String d = \"""
              text block VS105 with "quotes"
              \""";
          String e = "after";
        }
        """;
    List<JavaSource.Literal> literals = JavaSource.literals(Path.of("A.java"), source);
    assertThat(literals).extracting(JavaSource.Literal::text).containsExactly("VS103", "escaped \\\" quote, then VS104",
        "\"", "\n      text block VS105 with \"quotes\"\n      ", "after");
    assertThat(literals).extracting(JavaSource.Literal::line).containsExactly(4, 5, 6, 7, 10);
  }
}
