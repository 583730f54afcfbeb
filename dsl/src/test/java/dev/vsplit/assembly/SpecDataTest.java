package dev.vsplit.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import dev.vsplit.Team;
import dev.vsplit.TeamSpec;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What spec runs hand back is data, read strictly and checked against the administrator's. */
class SpecDataTest {

  static final MeshData MESH =
      SpecData.readMesh(SpecData.meshResult(List.of(new BookinfoMesh()), List.of()));

  static TeamData team(TeamSpec... specs) {
    return SpecData.readTeams(
        SpecData.teamResult(List.of(new BookinfoMesh()), List.of(specs), Map.of()));
  }

  @Test
  void theMeshRunGivesTheTeamsWithTheirPlacesAndOwners() {
    assertThat(MESH.teams())
        .extracting(Team::name, Team::specPackage, Team::owners)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "storefront", "com.example.bookinfo.storefront", List.of("@bookinfo/storefront")),
            org.assertj.core.groups.Tuple.tuple(
                "identity", "com.example.bookinfo.identity", List.of("@bookinfo/identity")));
  }

  @Test
  void aTeamSpecReturningAnotherTeamsSecondaryIsRefused() {
    Assembler.Result result =
        new Assembler()
            .assemble(
                MESH,
                List.of(team(new IdentityRoutes())),
                Map.of(IdentityRoutes.class.getName(), "storefront"));

    List<Finding> refused = result.findings().stream().filter(f -> f.code() == Code.VS221).toList();
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).message())
        .isEqualTo(
            "TeamSpec com.example.bookinfo.identity.IdentityRoutes lies in team storefront's place"
                + " but returns ns1/vs-1, which the administrator gave to team identity; its"
                + " routes are refused");
    assertThat(refused.get(0).source().file())
        .isEqualTo("com/example/bookinfo/identity/IdentityRoutes.java");
  }

  @Test
  void aTeamRunThatChangedTheSharedValuesIsNamed() throws Exception {
    Field owners = Team.class.getDeclaredField("owners");
    owners.setAccessible(true);
    Object before = owners.get(BookinfoMesh.STOREFRONT);
    TeamData tampered;
    try {
      owners.set(BookinfoMesh.STOREFRONT, List.of("@evil/identity"));
      tampered = team(new IdentityRoutes());
    } finally {
      owners.set(BookinfoMesh.STOREFRONT, before);
    }

    assertThat(team(new IdentityRoutes()).changed(MESH)).isNull();
    assertThat(tampered.changed(MESH))
        .contains("ns1/vs-2")
        .contains("owners [@bookinfo/storefront]")
        .contains("changed it to {team storefront, owners [@evil/identity]");
  }

  @Test
  void dataThatIsNotAResultIsRefusedWithoutInstantiatingAnything() {
    byte[] typed =
        "{\"@class\":\"java.lang.ProcessBuilder\",\"meshAfter\":[],\"written\":[]}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SpecData.readTeams(typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the result is not what a spec run writes")
        .hasMessageContaining("@class");
    assertThatThrownBy(() -> SpecData.readMesh("[1,".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpecData.readTeams("null".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
