package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.rules.schema.CrdSchemas;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything vsplit generates fits Istio's real CRD schemas (1.30.3, bundled), unknown fields
 * included.
 */
class CrdSchemaConformanceTest {

  static LongStream seeds() {
    return LongStream.range(0, 20).map(i -> 7_000 + i);
  }

  @Test
  void bookinfoFitsTheSchemas() {
    Generation g = Vsplit.load(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes());
    assertThat(g.resources()).hasSize(4);
    for (GeneratedResource r : g.resources()) {
      assertThat(CrdSchemas.validate(r.resource())).as(r.resource().ref().toString()).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomOwnershipTreesFitTheSchemas(long seed) {
    Generation g = Vsplit.load(new OwnershipTrees(seed).specs());
    for (GeneratedResource r : g.resources()) {
      assertThat(CrdSchemas.validate(r.resource()))
          .as("seed " + seed + " " + r.resource().ref())
          .isEmpty();
    }
  }
}
