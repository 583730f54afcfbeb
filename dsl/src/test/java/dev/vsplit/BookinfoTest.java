package dev.vsplit;

import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.model.VirtualService;
import dev.vsplit.rules.Ownership;
import dev.vsplit.testing.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed's bookinfo, written with the DSL, generates exactly the YAML of the user's reference
 * document ({@code src/test/resources/seed/}, see its README).
 */
class BookinfoTest {

  private final Generation generation =
      Vsplit.load(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes());

  @Test
  void hasNoFindingsAtAll() {
    assertThat(generation.findings()).as(describe(generation)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}/{2} equals seed/{3}")
  @CsvSource({
    "Gateway,        default, bookinfo-gateway, bookinfo-gateway.yaml",
    "VirtualService, default, bookinfo,         bookinfo-primary.yaml",
    "VirtualService, ns1,     vs-1,             bookinfo-vs-1.yaml",
    "VirtualService, ns1,     vs-2,             bookinfo-vs-2.yaml",
  })
  void equalsTheSeedFieldForField(String kind, String namespace, String name, String seedFile)
      throws IOException {
    JsonNode generated = Trees.tree(yaml(generation, kind, namespace, name));
    JsonNode seed = Trees.tree(seed(seedFile));

    // vsplit's own labels are fine; everything else must be the seed's
    ObjectNode labels = (ObjectNode) generated.get("metadata").get("labels");
    labels.remove(Assembler.MANAGED_BY);
    labels.remove(Ownership.TEAM_LABEL);
    // the seed creates the Gateway in the namespace chosen in the console: default
    ObjectNode seedMetadata = (ObjectNode) seed.get("metadata");
    if (!seedMetadata.has("namespace")) {
      seedMetadata.put("namespace", "default");
    }

    assertThat(Trees.normalize(generated)).isEqualTo(Trees.normalize(seed));
  }

  @Test
  void generatesExactlyTheseFourResources() {
    assertThat(generation.resources())
        .extracting(
            r -> r.resource().kind() + " " + r.resource().namespace() + "/" + r.resource().name())
        .containsExactly(
            "Gateway default/bookinfo-gateway",
            "VirtualService default/bookinfo",
            "VirtualService ns1/vs-1",
            "VirtualService ns1/vs-2");
  }

  @Test
  void logComesFirstAlthoughTheMeshDeclaresSlashFirst() {
    VirtualService primary =
        (VirtualService) generation.resource("VirtualService", "default", "bookinfo");
    assertThat(primary.spec().http())
        .extracting(r -> r.delegate().name())
        .containsExactly("vs-1", "vs-2");
  }

  @Test
  void labelsNameTheToolAndTheTeam() {
    assertThat(generation.resource("VirtualService", "default", "bookinfo").metadata().labels())
        .containsExactly(Map.entry("app.kubernetes.io/managed-by", "vsplit"));
    assertThat(generation.resource("VirtualService", "ns1", "vs-1").metadata().labels())
        .containsExactly(
            Map.entry("app.kubernetes.io/managed-by", "vsplit"),
            Map.entry("vsplit.dev/team", "identity"));
    assertThat(generation.resource("VirtualService", "ns1", "vs-2").metadata().labels())
        .containsEntry("vsplit.dev/team", "storefront");
  }

  @Test
  void effectiveRoutesAreIdentityFirstThenStorefront() {
    assertThat(generation.effectiveYaml())
        .isEqualTo(
            """
        - name: bookinfo
          namespace: default
          http:
          - match:
            - uri:
                exact: /login
            - uri:
                exact: /logout
            route:
            - destination:
                host: productpage.default.svc.cluster.local
                port:
                  number: 9080
          - match:
            - uri:
                exact: /productpage
            - uri:
                prefix: /static
            - uri:
                prefix: /api/v1/products
            route:
            - destination:
                host: productpage.default.svc.cluster.local
                port:
                  number: 9080
        """);
  }

  @Test
  void beforeTheTeamsWriteARouteTheirSkeletonsAreGenerated() {
    Generation meshOnly = Vsplit.load(new BookinfoMesh());

    assertThat(meshOnly.errors()).as(describe(meshOnly)).isEmpty();
    assertThat(meshOnly.resources())
        .filteredOn(GeneratedResource::skeleton)
        .extracting(r -> r.resource().name())
        .containsExactly("vs-1", "vs-2");
    assertThat(yaml(meshOnly, "VirtualService", "ns1", "vs-1"))
        .endsWith(
            """
        spec:
          http:
          - directResponse:
              status: 503
        """);
    assertThat(yaml(meshOnly, "VirtualService", "ns1", "vs-2"))
        .endsWith(
            """
        spec:
          http:
          - route:
            - destination:
                host: productpage.default.svc.cluster.local
                port:
                  number: 9080
        """);
  }

  @Test
  void theScopesAreWhatEachTeamMayMatch() {
    assertThat(generation.scopes().get(BookinfoMesh.VS_1).describe()).isEqualTo("prefix \"/log\"");
    assertThat(generation.scopes().get(BookinfoMesh.VS_2).describe())
        .isEqualTo("prefix \"/\" minus prefix \"/log\" (team identity, ns1/vs-1)");
  }

  private static String seed(String file) throws IOException {
    try (InputStream in = BookinfoTest.class.getResourceAsStream("/seed/" + file)) {
      assertThat(in).as("seed/" + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
