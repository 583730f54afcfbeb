package dev.vsplit.fork;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.SpecData;
import java.util.List;
import java.util.Map;

/**
 * vsplit's own specs, run by the JVM that makes the {@link ClassArchive}: a mesh and a team's
 * routes that use the common parts of the DSL, so that the classes a spec run loads are the ones
 * archived. No project code runs in that JVM: it has vsplit's classpath only.
 */
final class Training {

  private static final Team TEAM =
      Team.named("training").namespace("training").owners("@vsplit/training");
  private static final Secondary ROUTES =
      TEAM.secondary("training-routes").defaultBackend(destination("a.training.svc").port(8080));

  private Training() {}

  /** The administrator's side. */
  static final class MeshSide implements MeshSpec {
    @Override
    public void define(Mesh mesh) {
      mesh.owners("@vsplit/admins");
      mesh.gateway("training-gateway", "training").selector("istio", "ingressgateway");
      mesh.primary("training", "training")
          .hosts("training.example.com")
          .gateways("training-gateway")
          .delegate(prefix("/"), ROUTES);
    }
  }

  /** The team's side. */
  static final class TeamSide implements TeamSpec {
    @Override
    public Secondary secondary() {
      return ROUTES;
    }

    @Override
    public void define(Routes http) {
      http.route()
          .match(exact("/a"), prefix("/b").header("x-canary", "1"))
          .to(destination("b.training.svc").port(8080))
          .timeout("5s")
          .retries(2, "1s")
          .setRequestHeader("x-training", "1");
      http.route().match(prefix("/c")).to(destination("c.training.svc").subset("v1"));
    }
  }

  /**
   * Runs both sides as the forks run a project's specs: the mesh run's work, then a team run's.
   *
   * @return the team run's result
   */
  static byte[] run() {
    SpecData.meshResult(List.of(new MeshSide()), List.of());
    return SpecData.teamResult(List.of(new MeshSide()), List.of(new TeamSide()), Map.of());
  }
}
