package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.yaml;
import static dev.vsplit.Match.exact;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code Vsplit.load} runs the specs without their lines, and again with them only when the result
 * has a finding: a clean run walks no stack, and a finding still points at the line that wrote it.
 */
class LinesOnDemandTest {

  static final String FILE = "dev/vsplit/LinesOnDemandTest.java";
  static final Backend PRODUCTPAGE =
      destination("productpage.default.svc.cluster.local").port(9080);

  static GeneratedResource identity(Generation g) {
    return g.resources().stream()
        .filter(r -> r.resource() == g.resource("VirtualService", "ns1", "vs-1"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCleanRunRunsOnceAndHasNoLines() {
    AtomicInteger runs = new AtomicInteger();
    TeamSpec spec =
        team(
            BookinfoMesh.VS_1,
            http -> {
              runs.incrementAndGet();
              http.route().match(exact("/login")).to(PRODUCTPAGE);
            });

    Generation g = Vsplit.load(new BookinfoMesh(), spec);

    assertThat(g.findings()).isEmpty();
    assertThat(runs).hasValue(1);
    assertThat(identity(g).sourceMap().locate("spec.http[0]")).isEqualTo(CallSite.NOT_CAPTURED);
  }

  @Test
  void aRunWithAFindingRunsAgainWithLinesAndThatRunIsTheResult() {
    AtomicInteger runs = new AtomicInteger();
    int[] at = new int[2];
    TeamSpec spec =
        team(
            BookinfoMesh.VS_1,
            http -> {
              runs.incrementAndGet();
              // spotless:off (each finding and route must point at its line: keep the calls on them)
              at[0] = line(); http.route().match(exact("/login")).to(PRODUCTPAGE);
              at[1] = line(); http.route().match(exact("/profile")).to(PRODUCTPAGE);
              // spotless:on
            });

    Generation g = Vsplit.load(new BookinfoMesh(), spec);

    assertThat(runs).hasValue(2);
    assertThat(g.findings()).extracting(f -> f.code().id()).containsExactly("VS201");
    assertThat(g.findings()).extracting(Finding::source).containsExactly(Location.of(FILE, at[1]));
    assertThat(identity(g).sourceMap().locate("spec.http[0]")).isEqualTo(Location.of(FILE, at[0]));
  }

  @Test
  void aSpecThatChangesBetweenRunsGivesTheSecondRunWhole() {
    // the first run writes a route outside the scope, the second does not: the result is the
    // second run's, clean, not the first run's findings with the second run's resources
    AtomicInteger runs = new AtomicInteger();
    TeamSpec spec =
        team(
            BookinfoMesh.VS_1,
            http -> {
              String path = runs.incrementAndGet() == 1 ? "/profile" : "/logout";
              http.route().match(exact(path)).to(PRODUCTPAGE);
            });

    Generation g = Vsplit.load(new BookinfoMesh(), spec);

    assertThat(runs).hasValue(2);
    assertThat(g.findings()).isEmpty();
    assertThat(yaml(g, "VirtualService", "ns1", "vs-1"))
        .contains("exact: /logout")
        .doesNotContain("/profile");
  }
}
