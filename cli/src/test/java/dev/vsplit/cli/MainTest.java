package dev.vsplit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line on the examples' bookinfo: its YAML, and its specs compiled here. */
class MainTest {

  static final Path EXAMPLES = Path.of(System.getProperty("vsplit.examples", "../examples"));
  static final Path BOOKINFO_YAML = EXAMPLES.resolve("bookinfo/istio");
  static final String MESH = "com.example.bookinfo.BookinfoMesh";
  static final Path BOOKINFO_REVIEW = EXAMPLES.resolve("bookinfo/istio-review");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzeOfCleanYamlExitsZero() {
    Run r = run("analyze", BOOKINFO_YAML.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("resource(s) read, 0 error(s)");
  }

  @Test
  void analyzeOfBrokenYamlExitsOneAndNamesTheLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("vs.yaml");
    Files.writeString(
        bad,
        """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: front, namespace: default}
        spec:
          hosts: [shop.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: missing, namespace: default}
        """);
    Run r = run("analyze", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(bad + ":9:5: VS105 default/front spec.http[0].delegate");
    Run lenient = run("analyze", bad.toString(), "--fail-on-error=false");
    assertThat(lenient.code()).isZero();

    Run sarif = run("analyze", bad.toString(), "--format", "sarif");
    JsonNode log = JsonMapper.builder().build().readTree(sarif.out());
    assertThat(log.path("version").asString()).isEqualTo("2.1.0");
    JsonNode vs105 = null;
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      if (result.path("ruleId").asString().equals("VS105")) {
        vs105 = result;
      }
    }
    assertThat(vs105).as(sarif.out()).isNotNull();
    JsonNode region = vs105.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(9);
    assertThat(region.path("startColumn").asInt()).isEqualTo(5);

    Run markdown = run("analyze", bad.toString(), "--format", "markdown");
    assertThat(markdown.out()).startsWith("| severity | code | where | finding |");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("analyze").code()).isEqualTo(2);
    assertThat(run("analyze", BOOKINFO_YAML.toString(), "--no-such-option").code()).isEqualTo(2);
    Run format = run("analyze", BOOKINFO_YAML.toString(), "--format", "html");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err())
        .contains("--format html is not one of text, json, yaml, sarif, markdown");
    Run noSpecs = run("generate");
    assertThat(noSpecs.code()).isEqualTo(2);
    assertThat(noSpecs.err()).contains("pass --classpath");
    assertThat(run("analyze", BOOKINFO_YAML.toString(), "--max-depth", "999").code()).isEqualTo(2);
  }

  @Test
  void explainAnswersManyRequestsInOneTable() {
    Run r =
        run(
            "explain",
            "--input",
            BOOKINFO_YAML.toString(),
            "GET /login",
            "/reviews/1",
            "POST /logout",
            "/nothing");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    // the plugin's table (Decision.table): one header, one row per request
    assertThat(lines.get(0).strip())
        .startsWith("request")
        .contains("virtual service", "#", "team", "written at", "action");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1).strip()).startsWith("GET /login").contains(" 0 ", "identity");
    assertThat(r.out()).contains("POST /logout");

    Run json =
        run(
            "explain",
            "--input",
            BOOKINFO_YAML.toString(),
            "/login",
            "/productpage",
            "--format",
            "json");
    JsonNode answers = JsonMapper.builder().build().readTree(json.out());
    assertThat(answers.path("requests").size()).isEqualTo(2);
    assertThat(answers.path("requests").get(0).path("team").asString()).isEqualTo("identity");

    Run one = run("explain", "--input", BOOKINFO_YAML.toString(), "--request", "/login");
    assertThat(one.out()).contains("VirtualService default/bookinfo");
  }

  @Test
  void explainReadsRequestsFromAFile(@TempDir Path dir) throws IOException {
    Path requests = dir.resolve("requests.txt");
    Files.writeString(requests, "# smoke\nGET /login\n\n/productpage\n", StandardCharsets.UTF_8);
    Run r =
        run(
            "explain",
            "--input",
            BOOKINFO_YAML.toString(),
            "--request-file",
            requests.toString(),
            "--format",
            "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("| `GET /")).count()).isEqualTo(2);
  }

  @Test
  void generateAndCheckRunCompiledSpecs(@TempDir Path dir) throws IOException {
    Path classes = compileBookinfo(dir.resolve("classes"));
    Path out = dir.resolve("istio");
    Run generate =
        run(
            "generate",
            "--classpath",
            classes.toString(),
            "--specs",
            MESH,
            "--output-directory",
            out.toString());
    assertThat(generate.code()).as(generate.out() + generate.err()).isZero();
    Path generated = dir.resolve("istio-review/effective-routes.yaml");
    Path checkedIn = BOOKINFO_REVIEW.resolve("effective-routes.yaml");
    assertThat(generated).exists();
    assertThat(Files.readString(generated).substring(Files.readString(generated).indexOf('\n')))
        .isEqualTo(
            Files.readString(checkedIn).substring(Files.readString(checkedIn).indexOf('\n')));

    Run clean =
        run(
            "check",
            "--classpath",
            classes.toString(),
            "--specs",
            MESH,
            "--output-directory",
            out.toString());
    assertThat(clean.code()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("matches the specs");

    Path someFile;
    try (Stream<Path> files = Files.walk(out)) {
      someFile =
          files
              .filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("ns1"))
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(someFile, Files.readString(someFile) + "# edited by hand\n");
    Run drift =
        run(
            "check",
            "--classpath",
            classes.toString(),
            "--specs",
            MESH,
            "--output-directory",
            out.toString());
    assertThat(drift.code()).isEqualTo(1);
    assertThat(drift.out()).contains("does not match the specs").contains("vsplit generate");
  }

  @Test
  void reportWritesOneSelfContainedPage(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("routes.html");
    Run r = run("report", BOOKINFO_YAML.toString(), "--report-output", page.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("\"name\":\"bookinfo\"");
    assertThat(html).doesNotContain("<script src", "<link", "http://", "https://");
  }

  @Test
  void helpShowsExamplesAndTheTablesDefaults() {
    Run r = run("analyze", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Examples:", "  vsplit analyze istio/", "--max-depth=<n>", "Default: 64");
    assertThat(run("--help").out()).contains("completion", "report", "scaffold");
  }

  @Test
  void completionIsAShellScriptForEveryCommand() {
    Run r = run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F", "analyze", "explain", "--max-file-bytes");
  }

  /** The bookinfo example's specs, compiled against vsplit-dsl on this test's class path. */
  static Path compileBookinfo(Path classes) throws IOException {
    Files.createDirectories(classes);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-proc:none"));
    try (Stream<Path> sources = Files.walk(EXAMPLES.resolve("bookinfo/src/main/java"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return classes;
  }
}
