package dev.vsplit.assembly;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Route;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.TeamSpec;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the specs declare is taken as values: a builder changed afterwards, or a DSL object
 * rewritten by reflection, does not change what was taken.
 */
class DeclarationsTest {

  static final Team SHOP = Team.named("shop").namespace("shop").owners("@acme/shop");
  static final Secondary CART = SHOP.secondary("cart").failClosed();

  @Test
  void aMeshDeclarationKeepsWhatWasDeclaredWhenItsBuildersChangeLater() {
    RecordingMesh mesh = new RecordingMesh("com.example.ShopMesh");
    Mesh.GatewayBuilder gateway =
        mesh.gateway("gw", "default")
            .selector("istio", "ingressgateway")
            .server(80, "http", "HTTP", "*");
    Mesh.PrimaryBuilder primary =
        mesh.primary("shop", "default")
            .hosts("shop.example.com")
            .gateways(gateway)
            .label("tier", "edge")
            .delegate(prefix("/cart"), CART);
    mesh.owners("@acme/admins");
    DeclaredMesh taken = mesh.declared(DeclaredSecondary::of);

    gateway
        .selector("extra", "1")
        .server(443, "https", "HTTPS", "*")
        .label("x", "y")
        .apiVersion("v0");
    primary
        .hosts("evil.example.com")
        .gateways("other")
        .exportTo(".")
        .label("x", "y")
        .delegate(prefix("/"), CART)
        .keepDeclaredOrder()
        .apiVersion("v0");
    mesh.owners("@attacker");
    mesh.primary("evil", "default");

    DeclaredMesh later = mesh.declared(DeclaredSecondary::of);
    assertThat(later.primaries()).as("the builders did change").hasSize(2);
    assertThat(later.owners()).contains("@attacker");
    assertThat(taken.owners()).containsExactly("@acme/admins");
    assertThat(taken.primaries()).hasSize(1);
    DeclaredPrimary p = taken.primaries().get(0);
    assertThat(p.hosts()).containsExactly("shop.example.com");
    assertThat(p.gateways()).containsExactly("gw");
    assertThat(p.exportTo()).isEmpty();
    assertThat(p.labels()).containsExactly(Map.entry("tier", "edge"));
    assertThat(p.keepDeclaredOrder()).isFalse();
    assertThat(p.apiVersion()).isEqualTo(VirtualService.DEFAULT_API_VERSION);
    assertThat(p.delegations())
        .extracting(DeclaredDelegation::describe)
        .containsExactly("prefix \"/cart\" -> shop/cart");
    DeclaredGateway g = taken.gateways().get(0);
    assertThat(g.selector()).containsExactly(Map.entry("istio", "ingressgateway"));
    assertThat(g.servers()).hasSize(1);
    assertThat(g.labels()).isEmpty();
  }

  @Test
  void declarationsCannotBeChangedThroughTheirCollections() {
    RecordingMesh mesh = new RecordingMesh("com.example.ShopMesh");
    mesh.gateway("gw", "default")
        .selector("istio", "ingressgateway")
        .server(80, "http", "HTTP", "*");
    mesh.primary("shop", "default")
        .hosts("shop.example.com")
        .label("tier", "edge")
        .delegate(prefix("/cart"), CART);
    mesh.owners("@acme/admins");
    DeclaredMesh taken = mesh.declared(DeclaredSecondary::of);
    DeclaredPrimary p = taken.primaries().get(0);
    DeclaredGateway g = taken.gateways().get(0);

    assertThatThrownBy(() -> taken.owners().add("@attacker"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> taken.primaries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.hosts().add("evil.example.com"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.delegations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.delegations().get(0).secondary().team().owners().add("@attacker"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.selector().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.servers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSecondaryRewrittenByReflectionAfterItWasTakenKeepsItsDeclaration()
      throws ReflectiveOperationException {
    // a fresh object: the shared constants of other tests must stay as they are
    Secondary search =
        Team.named("search")
            .namespace("search")
            .owners("@acme/search")
            .secondary("search")
            .failClosed();
    DeclaredSecondary taken = DeclaredSecondary.of(search);

    Field seal = Secondary.class.getDeclaredField("sealStatus");
    seal.setAccessible(true);
    seal.set(search, 200);
    Field owners = Team.class.getDeclaredField("owners");
    owners.setAccessible(true);
    owners.set(search.team(), List.of("@attacker"));

    assertThat(search.sealStatus()).as("the live object was rewritten").isEqualTo(200);
    assertThat(search.team().owners()).containsExactly("@attacker");
    assertThat(taken.sealStatus()).isNull();
    assertThat(taken.failClosedStatus()).isEqualTo(503);
    assertThat(taken.team().owners()).containsExactly("@acme/search");
  }

  @Test
  void aWrittenRouteKeepsWhatWasWrittenWhenItsBuilderChangesLater() {
    RecordingRoutes routes = new RecordingRoutes(null);
    Route route =
        routes.route("cart").match(prefix("/cart")).to(destination("cart.shop.svc.cluster.local"));
    List<WrittenRoute> taken = routes.written();

    route
        .match(exact("/admin"))
        .to(destination("attacker.evil.svc.cluster.local"))
        .setRequestHeader("x", "y");
    routes.route().match(prefix("/"));

    assertThat(routes.written()).as("the builders did change").hasSize(2);
    assertThat(taken).hasSize(1);
    WrittenRoute r = taken.get(0);
    assertThat(r.matches())
        .extracting(m -> m.request().uri())
        .containsExactly(StringMatch.prefix("/cart"));
    assertThat(r.route().route()).hasSize(1);
    assertThat(r.route().headers()).isNull();
    assertThat(r.route().name()).isEqualTo("cart");
    assertThatThrownBy(() -> r.matches().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * The mesh is taken before any TeamSpec is asked anything: a TeamSpec that calls a builder the
   * MeshSpec kept changes nothing.
   */
  @Test
  void aTeamSpecCannotChangeTheMeshThroughABuilderTheMeshSpecKept() {
    AtomicReference<Mesh> kept = new AtomicReference<>();
    AtomicReference<Mesh.PrimaryBuilder> keptPrimary = new AtomicReference<>();
    Secondary evil = Team.named("evil").namespace("evil").secondary("evil").failClosed();
    MeshSpec mesh =
        m -> {
          kept.set(m);
          keptPrimary.set(
              m.primary("shop", "default")
                  .hosts("shop.example.com")
                  .delegate(prefix("/cart"), CART));
        };
    TeamSpec team =
        new TeamSpec() {
          @Override
          public Secondary secondary() {
            keptPrimary.get().hosts("evil.example.com").delegate(prefix("/"), evil);
            kept.get().owners("@attacker");
            return CART;
          }

          @Override
          public void define(Routes http) {
            keptPrimary.get().delegate(prefix("/login"), evil);
            http.route().match(prefix("/cart")).to(destination("cart.shop.svc.cluster.local"));
          }
        };

    Assembler.Result result = new Assembler().run(List.of(mesh), List.of(team));

    assertThat(result.findings()).isEmpty();
    assertThat(result.adminOwners()).isEmpty();
    VirtualService primary = (VirtualService) result.resources().get(0).resource();
    assertThat(primary.spec().hosts()).containsExactly("shop.example.com");
    assertThat(primary.spec().http()).extracting(r -> r.delegate().name()).containsExactly("cart");
    assertThat(result.resources())
        .extracting(r -> r.resource().name())
        .containsExactly("shop", "cart");
  }
}
