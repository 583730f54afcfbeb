package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules the main code of every module keeps, checked on its source. */
class MainSourcesTest {

  private static final Pattern CODE = Pattern.compile("VS\\d{3}");

  /**
   * A finding code is named through {@code dev.vsplit.findings.Code}, never spelled as a string:
   * tests may.
   */
  @Test
  void noFindingCodeIsAStringLiteralInMainCode() {
    List<Path> files = JavaSource.mainSourcesOfAllModules();
    assertThat(files)
        .as("main sources of dsl and maven-plugin")
        .anyMatch(p -> p.endsWith(Path.of("dsl/src/main/java/dev/vsplit/findings/Code.java")))
        .anyMatch(p -> p.toString().contains("maven-plugin"));
    List<JavaSource.Literal> found = new ArrayList<>();
    for (Path file : files) {
      JavaSource.literals(file).stream()
          .filter(l -> CODE.matcher(l.text()).find())
          .forEach(found::add);
    }
    assertThat(found)
        .as(
            "string literals holding a finding code: use dev.vsplit.findings.Code (or a constant"
                + " naming one) instead")
        .isEmpty();
  }

  /** Maven's commands and properties, anywhere in a file, comments included. */
  private static final Pattern MAVEN_ANYWHERE = Pattern.compile("mvn |-Dvsplit|process-classes");

  /** Maven's goals, plugin configuration and name, in what dsl says to the user. */
  private static final Pattern MAVEN_IN_LITERALS =
      Pattern.compile(
          "vsplit:(generate|check|analyze|explain|plan|split|scaffold|help)\\b|plugin's|\\bMaven\\b");

  /**
   * dsl states a fix in neutral terms (dev.vsplit.findings.Fix); the front end words it (the
   * plugin's MavenWording).
   */
  @Test
  void dslMainCodeHoldsNoMavenWording() {
    List<Path> files = JavaSource.javaFiles(Path.of("src/main/java"));
    assertThat(files).hasSizeGreaterThan(100);
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      found.addAll(maven(file, JavaSource.text(file), JavaSource.literals(file)));
    }
    assertThat(found)
        .as(
            "Maven wording in dsl: state the fix as a dev.vsplit.findings.Fix and word it through the"
                + " request's Wording")
        .isEmpty();
  }

  /** The scan above finds the words dsl used to have. */
  @Test
  void theMavenScanFindsTheOldWords() {
    String source =
        """
        class A {
          // change the spec and run 'mvn process-classes'
          String a = "keep it out of the split (-Dvsplit.allowPartial=true)";
          String b = "vsplit:split never overwrites a source file";
          String c = "check the class name in the plugin's <specs>";
          String d = "Run Maven with a JDK (JAVA_HOME)";
          String e = "urn:vsplit:crd:VirtualService and Vsplit.split";
        }
        """;
    Path file = Path.of("A.java");
    assertThat(maven(file, source, JavaSource.literals(file, source)))
        .hasSize(6)
        .noneMatch(f -> f.contains("urn:vsplit") || f.contains("Vsplit.split"));
  }

  private static List<String> maven(Path file, String text, List<JavaSource.Literal> literals) {
    List<String> found = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MAVEN_ANYWHERE.matcher(lines[i]);
      while (m.find()) {
        found.add(file + ":" + (i + 1) + ": " + m.group() + " in " + lines[i].strip());
      }
    }
    for (JavaSource.Literal l : literals) {
      Matcher m = MAVEN_IN_LITERALS.matcher(l.text());
      while (m.find()) {
        found.add(l + ": " + m.group());
      }
    }
    return found;
  }

  /** The scan sees what javac sees: literals of every kind, and nothing in comments. */
  @Test
  void theScanReadsLiteralsAndSkipsComments() {
    String source =
        """
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
    assertThat(literals)
        .extracting(JavaSource.Literal::text)
        .containsExactly(
            "VS103",
            "escaped \\\" quote, then VS104",
            "\"",
            "\n      text block VS105 with \"quotes\"\n      ",
            "after");
    assertThat(literals).extracting(JavaSource.Literal::line).containsExactly(4, 5, 6, 7, 10);
  }
}
