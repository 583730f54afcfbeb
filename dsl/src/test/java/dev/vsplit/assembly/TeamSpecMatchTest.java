package dev.vsplit.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which TeamSpec writes which secondary, decided from what each returned: values in, values out.
 */
class TeamSpecMatchTest {

  static final DeclaredTeam API = new DeclaredTeam("api", "api", List.of(), List.of(), null, null);
  static final DeclaredSecondary PLACED = secondary("api");
  static final DeclaredSecondary NOWHERE = secondary("nowhere");

  static DeclaredSecondary secondary(String name) {
    return new DeclaredSecondary(
        API, name, "api", null, 503, null, List.of(), Location.of("com/example/ApiMesh.java", 5));
  }

  static WrittenRoutes spec(String name, DeclaredSecondary secondary) {
    return new WrittenRoutes(
        name, Location.of(name.replace('.', '/') + ".java", 0), secondary, null, null);
  }

  /**
   * A mesh that delegates {@code /api} to api/api, and one more delegation, relative, that is
   * refused.
   */
  static Placements placements(boolean meshSpecFailed) {
    Location at = Location.of("com/example/ApiMesh.java", 9);
    DeclaredDelegation api =
        new DeclaredDelegation(
            List.of(new WrittenMatch(HTTPMatchRequest.uri(StringMatch.prefix("/api")), false, at)),
            PLACED,
            HTTPRoute.EMPTY,
            at);
    DeclaredDelegation refused =
        new DeclaredDelegation(
            List.of(new WrittenMatch(HTTPMatchRequest.uri(StringMatch.prefix("/v1")), true, at)),
            secondary("refused"),
            HTTPRoute.EMPTY,
            at);
    DeclaredPrimary p =
        new DeclaredPrimary(
            "com.example.ApiMesh",
            "shop",
            "default",
            at,
            "networking.istio.io/v1",
            List.of("shop.example.com"),
            List.of(),
            List.of(),
            java.util.Map.of(),
            false,
            List.of(api, refused),
            List.of());
    List<Finding> failures =
        meshSpecFailed
            ? List.of(
                new Finding(Code.VS207, Severity.ERROR, "", "", null, "other mesh threw", "", at))
            : List.of();
    return MeshAssembly.of(
            new MeshDeclarations(
                List.of(new DeclaredMesh("com.example.ApiMesh", List.of(), List.of(p), List.of())),
                failures))
        .placements();
  }

  @Test
  void theFirstTeamSpecOfASecondaryWritesItAndASecondIsReportedWithBoth() {
    TeamSpecMatch match =
        TeamSpecMatch.of(
            placements(false),
            List.of(spec("com.example.A", PLACED), spec("com.example.B", PLACED)));

    assertThat(match.specFor("api/api")).isZero();
    assertThat(match.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(DslFindings.TEAM_SPEC_MISMATCH);
              assertThat(f.message())
                  .isEqualTo(
                      "two TeamSpecs write routes for secondary api/api: com.example.A and com.example.B");
              assertThat(f.source()).isEqualTo(Location.of("com/example/B.java", 0));
            });
  }

  @Test
  void aTeamSpecForASecondaryNoPrimaryDelegatesToIsReported() {
    TeamSpecMatch match =
        TeamSpecMatch.of(placements(false), List.of(spec("com.example.A", NOWHERE)));

    assertThat(match.specFor("api/nowhere")).isNull();
    assertThat(match.findings())
        .extracting(Finding::message)
        .containsExactly(
            "com.example.A writes routes for secondary api/nowhere, but no primary delegates to it, so Istio would never use them");
  }

  @Test
  void aMissingDelegationAnotherFindingExplainsIsNotReportedTwice() {
    WrittenRoutes toRefused = spec("com.example.A", secondary("refused"));
    WrittenRoutes toNowhere = spec("com.example.B", NOWHERE);

    assertThat(TeamSpecMatch.of(placements(false), List.of(toRefused)).findings())
        .as("the delegation to it was refused")
        .isEmpty();
    assertThat(TeamSpecMatch.of(placements(true), List.of(toNowhere)).findings())
        .as("a mesh spec threw")
        .isEmpty();
  }

  @Test
  void aTeamSpecWhoseSecondaryThrewOrWasNullIsReportedInTeamSpecOrder() {
    Finding threw =
        new Finding(
            Code.VS207,
            Severity.ERROR,
            "",
            "",
            null,
            "com.example.A.secondary() threw",
            "",
            Location.of("A.java", 3));
    WrittenRoutes a =
        new WrittenRoutes("com.example.A", Location.of("A.java", 0), null, null, threw);
    WrittenRoutes b = spec("com.example.B", null);

    TeamSpecMatch match =
        TeamSpecMatch.of(placements(false), List.of(a, b, spec("com.example.C", PLACED)));

    assertThat(match.specFor("api/api")).isEqualTo(2);
    assertThat(match.findings())
        .extracting(Finding::message)
        .containsExactly(
            "com.example.A.secondary() threw", "com.example.B.secondary() returned null");
  }
}
