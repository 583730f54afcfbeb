package dev.vsplit.assembly;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.MeshSpec;
import dev.vsplit.Routes;
import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resources and findings are a function of the declarations: assembled from values, without spec
 * code.
 */
class AssemblyFromValuesTest {

  static final Location MESH = Location.of("com/example/ApiMesh.java", 0);
  static final Location ROUTES = Location.of("com/example/ApiRoutes.java", 0);

  static WrittenMatch prefixAt(String path, int line) {
    return new WrittenMatch(
        HTTPMatchRequest.uri(StringMatch.prefix(path)), false, Location.of(ROUTES.file(), line));
  }

  /**
   * A primary default/shop delegating {@code /api} to api/api, declared by hand: the data a forked
   * JVM would send back.
   */
  static MeshDeclarations apiMesh(DeclaredSecondary api) {
    Location at = Location.of(MESH.file(), 9);
    DeclaredDelegation d =
        new DeclaredDelegation(
            List.of(new WrittenMatch(HTTPMatchRequest.uri(StringMatch.prefix("/api")), false, at)),
            api,
            HTTPRoute.EMPTY,
            at);
    DeclaredPrimary p =
        new DeclaredPrimary(
            "com.example.ApiMesh",
            "shop",
            "default",
            Location.of(MESH.file(), 8),
            VirtualService.DEFAULT_API_VERSION,
            List.of("shop.example.com"),
            List.of(),
            List.of(),
            Map.of(),
            false,
            List.of(d),
            List.of());
    return new MeshDeclarations(
        List.of(
            new DeclaredMesh(
                "com.example.ApiMesh", List.of(), List.of(p), List.of("@acme/admins"))),
        List.of());
  }

  static DeclaredSecondary api() {
    return new DeclaredSecondary(
        new DeclaredTeam("api", "api", List.of("@acme/api"), List.of(), null, null),
        "api",
        "api",
        null,
        503,
        null,
        List.of(),
        Location.of(MESH.file(), 5));
  }

  @Test
  void declarationsWrittenByHandAssembleWithoutAnySpec() {
    DeclaredSecondary api = api();
    HTTPRoute toApi =
        HTTPRoute.EMPTY.withRoute(
            List.of(destination("api.api.svc.cluster.local").toRouteDestination()));
    WrittenRoutes written =
        new WrittenRoutes(
            "com.example.ApiRoutes",
            ROUTES,
            api,
            List.of(
                new WrittenRoute(
                    toApi, List.of(prefixAt("/api/v1", 12)), Location.of(ROUTES.file(), 12)),
                new WrittenRoute(
                    toApi, List.of(prefixAt("/admin", 13)), Location.of(ROUTES.file(), 13))),
            null);

    Assembler.Assembled assembled = Assembler.assemble(apiMesh(api), List.of(written));

    assertThat(assembled.resources())
        .extracting(r -> r.resource().namespace() + "/" + r.resource().name())
        .containsExactly("default/shop", "api/api");
    GeneratedResource secondary = assembled.resources().get(1);
    assertThat(((VirtualService) secondary.resource()).spec().http())
        .extracting(r -> r.match().get(0).uri())
        .containsExactly(StringMatch.prefix("/api/v1"));
    assertThat(secondary.source()).isEqualTo("com.example.ApiRoutes");
    assertThat(secondary.team().name()).isEqualTo("api");
    assertThat(secondary.owners()).containsExactly("@acme/api");
    assertThat(secondary.sourceMap().locate("spec.http[0].match[0]"))
        .isEqualTo(Location.of(ROUTES.file(), 12));
    assertThat(assembled.resources().get(0).owners()).containsExactly("@acme/admins");
    assertThat(assembled.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(DslFindings.OUTSIDE_SCOPE);
              assertThat(f.path()).isEqualTo("spec.http[1].match[0].uri");
              assertThat(f.source()).isEqualTo(Location.of(ROUTES.file(), 13));
              assertThat(f.message())
                  .startsWith(
                      "prefix \"/admin\" is outside the scope of team api (prefix \"/api\")");
            });
  }

  @Test
  void withoutATeamSpecTheHandWrittenSecondaryIsItsSkeleton() {
    Assembler.Assembled assembled = Assembler.assemble(apiMesh(api()), List.of());

    assertThat(assembled.findings()).isEmpty();
    GeneratedResource secondary = assembled.resources().get(1);
    assertThat(secondary.skeleton()).isTrue();
    assertThat(secondary.source()).isEqualTo("com.example.ApiMesh");
    assertThat(((VirtualService) secondary.resource()).spec().http())
        .extracting(r -> r.directResponse().status())
        .containsExactly(503);
  }

  /** Specs with mistakes of several kinds, so that findings as well as resources are compared. */
  static List<MeshSpec> meshes() {
    MeshSpec badName =
        m ->
            m.primary("Bad_Name", "default")
                .hosts("x.example.com")
                .delegate(prefix("/x"), BookinfoMesh.VS_1);
    return List.of(new BookinfoMesh(), badName);
  }

  static List<TeamSpec> teams() {
    TeamSpec second =
        new TeamSpec() {
          @Override
          public Secondary secondary() {
            return BookinfoMesh.VS_1;
          }

          @Override
          public void define(Routes http) {
            http.route().match(prefix("/x")).to(destination("x.default.svc.cluster.local"));
          }
        };
    TeamSpec outside =
        new TeamSpec() {
          @Override
          public Secondary secondary() {
            return BookinfoMesh.VS_2;
          }

          @Override
          public void define(Routes http) {
            http.route()
                .match(prefix("/"))
                .to(destination("productpage.default.svc.cluster.local"));
            http.route()
                .match(prefix("/login/x"))
                .to(destination("productpage.default.svc.cluster.local"));
          }
        };
    return List.of(new IdentityRoutes(), second, outside, new StorefrontRoutes());
  }

  @Test
  void assemblingTheTakenValuesGivesWhatRunGivesEveryTime() {
    SpecRunner runner = new SpecRunner();
    MeshDeclarations declarations = runner.runMeshSpecs(meshes());
    List<WrittenRoutes> written =
        runner.runTeamSpecs(teams(), MeshAssembly.of(declarations).placements());

    Assembler.Assembled once = Assembler.assemble(declarations, written);
    Assembler.Assembled again = Assembler.assemble(declarations, written);
    Assembler.Result run = new Assembler().run(meshes(), teams());

    assertThat(once.findings())
        .extracting(Finding::code)
        .contains(Code.VS201, Code.VS205, Code.VS206);
    assertThat(again.findings()).isEqualTo(once.findings());
    assertThat(run.findings()).isEqualTo(once.findings());
    assertThat(describe(again.resources())).isEqualTo(describe(once.resources()));
    assertThat(describe(run.resources())).isEqualTo(describe(once.resources()));
  }

  @Test
  void aScopeReadsTheSameAsAValueAndInTheDslsTerms() {
    SpecRunner runner = new SpecRunner();
    MeshDeclarations declarations = runner.runMeshSpecs(List.of(new BookinfoMesh()));
    Placements placements = MeshAssembly.of(declarations).placements();

    Map<Secondary, Scope> scopes = runner.scopes(placements);

    assertThat(placements.secondaries()).hasSize(2);
    for (PlacedSecondary p : placements.secondaries()) {
      Scope scope =
          scopes.entrySet().stream()
              .filter(e -> e.getKey().toString().equals(p.ref()))
              .findFirst()
              .orElseThrow()
              .getValue();
      assertThat(scope.describe()).isEqualTo(p.scope().toString());
    }
    assertThat(scopes.get(BookinfoMesh.VS_2).describe())
        .isEqualTo("prefix \"/\" minus prefix \"/log\" (team identity, ns1/vs-1)");
    assertThat(scopes.get(BookinfoMesh.VS_2).carveOuts())
        .extracting(Scope.CarveOut::owner)
        .containsExactly(BookinfoMesh.VS_1);
  }

  /** Everything a generated resource carries, as text (its source map has no equals). */
  static List<String> describe(List<GeneratedResource> resources) {
    List<String> out = new ArrayList<>();
    for (GeneratedResource r : resources) {
      StringBuilder s = new StringBuilder(YamlWriter.write(r.resource()));
      s.append(r.source())
          .append(' ')
          .append(r.team())
          .append(' ')
          .append(r.skeleton())
          .append(' ')
          .append(r.owners());
      s.append(' ').append(r.sourceMap().locate(""));
      if (r.resource() instanceof VirtualService vs) {
        for (int i = 0; i < vs.spec().http().size(); i++) {
          s.append(' ').append(r.sourceMap().locate("spec.http[" + i + "]"));
          for (int j = 0; j < vs.spec().http().get(i).match().size(); j++) {
            s.append(' ').append(r.sourceMap().locate("spec.http[" + i + "].match[" + j + "]"));
          }
        }
      }
      out.add(s.toString());
    }
    return out;
  }
}
