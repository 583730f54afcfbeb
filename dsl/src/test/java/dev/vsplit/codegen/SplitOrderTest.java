package dev.vsplit.codegen;

import static dev.vsplit.codegen.Fixtures.monolith;
import static dev.vsplit.codegen.Fixtures.ownership;
import static dev.vsplit.codegen.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.SplitResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the generated delegations: the DSL's own most-specific-first order. */
class SplitOrderTest {

  @TempDir Path dir;

  @Test
  void theMeshSpecListsTheDelegationsInTheOrderTheDslEmitsThem() throws Exception {
    // /a/x moves just before /a, which holds it; /b, unrelated to both, keeps its place after /a
    String m =
        monolith(
            route("prefix", "/a/x", "api")
                + route("prefix", "/a", "web")
                + route("prefix", "/b", "admin"));
    SplitResult result =
        Fixtures.split(
            dir,
            m,
            ownership(
                """
        - {prefix: /a, team: web}
        - {prefix: /b, team: admin}
        - {prefix: /a/x, team: api}
        """),
            false);

    assertThat(result.errors()).as(Fixtures.all(result.findings())).isEmpty();
    assertThat(result.proven()).isTrue();
    String mesh = result.sources().get("com/example/shop/ShopMesh.java");
    int ax = mesh.indexOf(".delegate(prefix(\"/a/x\")");
    int a = mesh.indexOf(".delegate(prefix(\"/a\")");
    int b = mesh.indexOf(".delegate(prefix(\"/b\")");
    assertThat(ax).as(mesh).isPositive().isLessThan(a);
    assertThat(a).as(mesh).isLessThan(b);
  }
}
