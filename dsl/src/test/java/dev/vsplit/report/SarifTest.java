package dev.vsplit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * vsplit's SARIF is valid against the official SARIF 2.1.0 schema (bundled in
 * src/test/resources/sarif, its source in the README there), names one rule per finding code, and
 * places each finding at its file, line and column relative to the repository root.
 */
class SarifTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The official schema, with its {@code format}s (uri, uri-reference) asserted, not annotated. */
  static final Schema SCHEMA = schema();

  private static Schema schema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getDraft7(),
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return registry.getSchema(
          SchemaLocation.of("urn:vsplit:test:sarif-2.1.0"), JSON.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> errors(String sarif) {
    List<String> out = new ArrayList<>();
    for (Error e : SCHEMA.validate(sarif, InputFormat.JSON)) {
      out.add(e.toString());
    }
    return out;
  }

  @Test
  void analyzeFindingsAreSchemaValidAndPlacedRelativeToTheRepositoryRoot(@TempDir Path repo)
      throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Path istio = Files.createDirectories(repo.resolve("deploy/istio"));
    // vs-1 delegates again (VS101) and a route's regex is not RE2 (VS008)
    Files.writeString(
        istio.resolve("mesh.yaml"),
        """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: front, namespace: default}
        spec:
          hosts: [shop.example.com]
          http:
          - match:
            - uri: {prefix: /log}
            delegate: {name: vs-1, namespace: default}
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: vs-1, namespace: default}
        spec:
          http:
          - match:
            - uri: {regex: "/log(?<x"}
            route:
            - destination: {host: login}
        """);
    Analysis analysis = Vsplit.analyze(AnalyzeRequest.of(istio));
    assertThat(analysis.findings()).isNotEmpty();

    String sarif = analysis.findingsText(".sarif", repo.resolve("deploy"));

    assertThat(errors(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules.size()).isEqualTo(Code.values().length);
    JsonNode results = run.path("results");
    assertThat(results.size()).isEqualTo(analysis.findings().size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      Finding finding = analysis.findings().get(i);
      assertThat(result.path("ruleId").asString()).isEqualTo(finding.code().id());
      JsonNode rule = rules.get(result.path("ruleIndex").asInt());
      assertThat(rule.path("id").asString()).isEqualTo(finding.code().id());
      assertThat(rule.path("shortDescription").path("text").asString())
          .isEqualTo(finding.code().summary());
      assertThat(rule.path("help").path("text").asString())
          .contains("README.md#" + finding.code().anchor());
      JsonNode physical = result.path("locations").get(0).path("physicalLocation");
      assertThat(physical.path("artifactLocation").path("uri").asString())
          .isEqualTo("deploy/istio/mesh.yaml");
      assertThat(physical.path("artifactLocation").path("uriBaseId").asString())
          .isEqualTo(Sarif.SRCROOT);
      assertThat(physical.path("region").path("startLine").asInt())
          .isEqualTo(finding.source().line());
    }
  }

  @Test
  void aSpecFindingPointsAtTheJavaLineAndColumn(@TempDir Path repo) {
    Path spec = repo.resolve("src/main/java/com/example/Shop Mesh.java");
    Finding finding =
        new Finding(
            Code.VS202,
            Severity.ERROR,
            "default/front",
            "spec.http[1]",
            "identity",
            "two delegations with the scope prefix /log",
            "give one a narrower scope",
            new Location(spec.toString(), 42, 9));

    String sarif = Sarif.render(List.of(finding), repo, "https://example.org/vsplit/README.md");

    assertThat(errors(sarif)).isEmpty();
    JsonNode result = JSON.readTree(sarif).path("runs").get(0).path("results").get(0);
    JsonNode physical = result.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asString())
        .isEqualTo("src/main/java/com/example/Shop%20Mesh.java");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(42);
    assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(9);
    assertThat(result.path("level").asString()).isEqualTo("error");
    assertThat(result.path("message").path("text").asString())
        .isEqualTo(
            "two delegations with the scope prefix /log [team identity] — give one a narrower"
                + " scope");
    JsonNode rule = JSON.readTree(sarif).path("runs").get(0).path("tool").path("driver");
    assertThat(rule.path("rules").get(result.path("ruleIndex").asInt()).path("helpUri").asString())
        .isEqualTo("https://example.org/vsplit/README.md#vs202");
  }

  @Test
  void theSchemaRefusesWhatSarifForbids(@TempDir Path repo) {
    String sarif = Sarif.render(List.of(), repo, "README.md");
    assertThat(errors(sarif)).isEmpty();
    ObjectNode log = (ObjectNode) JSON.readTree(sarif);
    log.put("version", "2.0.0");
    assertThat(errors(log.toString())).isNotEmpty();
    ObjectNode bad = (ObjectNode) JSON.readTree(sarif);
    ((ObjectNode) bad.path("runs").get(0)).put("results", "none");
    assertThat(errors(bad.toString())).isNotEmpty();
  }

  @Test
  void aFileOutsideTheRootKeepsItsAbsoluteUri(@TempDir Path dir) {
    Path root = dir.resolve("repo");
    String uri = Sarif.relativeUri(dir.resolve("elsewhere/vs.yaml").toString(), root);
    assertThat(uri).startsWith("file:/").endsWith("/elsewhere/vs.yaml");
    assertThat(Sarif.relativeUri("istio/vs.yaml", Path.of("").toAbsolutePath()))
        .isEqualTo("istio/vs.yaml");
  }
}
