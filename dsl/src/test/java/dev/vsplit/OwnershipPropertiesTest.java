package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.OwnershipTrees.Delegated;
import dev.vsplit.OwnershipTrees.Primary;
import dev.vsplit.OwnershipTrees.Routed;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.EffectiveRoute;
import dev.vsplit.routing.EffectiveVirtualService;
import dev.vsplit.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of generation over seeded random ownership trees ({@link OwnershipTrees}). Every
 * failure message starts with its seed; replay one case with {@code ./mvnw -pl dsl test
 * -Dtest=OwnershipPropertiesTest -Dvsplit.seed=<seed> -Dvsplit.cases=1}.
 */
class OwnershipPropertiesTest {

  static final long FIRST_SEED = Long.getLong("vsplit.seed", 20_261_127L);
  static final int CASES = Integer.getInteger("vsplit.cases", 200);

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> FIRST_SEED + i);
  }

  static LongStream fewerSeeds() {
    return seeds().limit(Math.max(1, CASES / 4));
  }

  static String context(long seed, OwnershipTrees tree, Generation g) {
    return "seed "
        + seed
        + " (replay: -Dvsplit.seed="
        + seed
        + " -Dvsplit.cases=1)\ntree:\n  "
        + String.join("\n  ", tree.describe())
        + "\nfindings:\n"
        + describe(g);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void inScopeRoutesGenerateCorrectDeterministicOutput(long seed) {
    OwnershipTrees tree = new OwnershipTrees(seed);
    Generation g = Vsplit.load(tree.specs());
    Supplier<String> context = () -> context(seed, tree, g);

    // (a) no error, from the DSL or the engine
    assertThat(g.errors()).as(context).isEmpty();

    // (b) every route a team declared survives into the effective routes, where it was written
    List<String> lost = new ArrayList<>();
    for (Routed team : tree.teams) {
      Secondary s = team.scope().secondary();
      VirtualService vs = (VirtualService) g.resource("VirtualService", s.namespace(), s.name());
      // the team's routes, and the seal, unless they route the whole scope already
      List<HTTPRoute> http = vs.spec().http();
      boolean sealedAfter =
          s.sealStatus() != null
              && http.size() == team.routes().size() + 1
              && http.get(http.size() - 1)
                  .equals(HTTPRoute.EMPTY.withDirectResponse(HTTPDirectResponse.of(404)));
      if (http.size() != team.routes().size() && !sealedAfter) {
        lost.add(s + " has " + http.size() + " routes for " + team.routes().size() + " declared");
      }
      Set<Integer> survived = new HashSet<>();
      for (EffectiveVirtualService e : g.effective()) {
        for (EffectiveRoute r : e.routes()) {
          if (r.origin().isDelegated()
              && r.origin().delegate().namespace().equals(s.namespace())
              && r.origin().delegate().name().equals(s.name())) {
            survived.add(r.origin().delegateIndex());
          }
        }
      }
      for (int i = 0; i < team.routes().size(); i++) {
        if (!survived.contains(i)) {
          lost.add(s + " spec.http[" + i + "] is not among the effective routes");
        }
      }
    }
    assertThat(lost).as(context).isEmpty();

    // (c) the primary never puts a delegation after one that covers it
    assertThat(withCode(g, "VS114")).as(context).isEmpty();
    List<String> shadowed = new ArrayList<>();
    for (Primary p : tree.primaries) {
      List<HTTPRoute> http =
          ((VirtualService) g.resource("VirtualService", p.namespace(), p.name())).spec().http();
      assertThat(http).as(context).hasSameSizeAs(p.delegations());
      for (int later = 1; later < http.size(); later++) {
        for (int earlier = 0; earlier < later; earlier++) {
          List<HTTPMatchRequest> broad = http.get(earlier).match();
          List<HTTPMatchRequest> narrow = http.get(later).match();
          if (Coverage.routeCovers(broad, narrow) && !Coverage.routeCovers(narrow, broad)) {
            shadowed.add(
                p.name()
                    + " spec.http["
                    + earlier
                    + "] covers spec.http["
                    + later
                    + "] but comes first");
          }
        }
      }
    }
    assertThat(shadowed).as(context).isEmpty();
  }

  /**
   * (d) The same seed gives the same bytes: resources, effective routes and findings. Fewer cases:
   * it renders everything twice.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewerSeeds")
  void generationIsDeterministic(long seed) {
    Generation first = Vsplit.load(new OwnershipTrees(seed).specs());
    Generation second = Vsplit.load(new OwnershipTrees(seed).specs());

    assertThat(render(second))
        .as("seed %d (replay: -Dvsplit.seed=%d -Dvsplit.cases=1)", seed, seed)
        .isEqualTo(render(first));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMatchUnderAnotherTeamsPrefixIsReportedAtItsLine(long seed) {
    OwnershipTrees tree = null;
    Delegated scope = null;
    Delegated other = null;
    Primary primary = null;
    Random random = new Random(seed);
    for (int attempt = 0; scope == null; attempt++) {
      assertThat(attempt).as("seed %d: no tree with two teams found", seed).isLessThan(50);
      tree = new OwnershipTrees(seed + attempt * 1_000_003L);
      List<Delegated[]> pairs = new ArrayList<>();
      for (Primary p : tree.primaries) {
        for (Delegated d : p.delegations()) {
          for (Delegated q : p.delegations()) {
            // q belongs to another team and is neither d nor one of d's ancestors: its paths are
            // not d's to route
            if (q != d
                && q.header() == null
                && !q.secondary().equals(d.secondary())
                && !d.path().startsWith(q.path())) {
              pairs.add(new Delegated[] {d, q});
            }
          }
        }
      }
      if (!pairs.isEmpty()) {
        Delegated[] pair = pairs.get(random.nextInt(pairs.size()));
        scope = pair[0];
        other = pair[1];
        for (Primary p : tree.primaries) {
          if (p.delegations().contains(scope)) {
            primary = p;
          }
        }
      }
    }
    String badPath =
        other.exact() ? other.path() : Assembler.join(other.path(), "/x-" + random.nextInt(100));
    Match bad =
        other.exact() || random.nextBoolean() ? Match.exact(badPath) : Match.prefix(badPath);
    boolean insideScope = !scope.exact() && badPath.startsWith(scope.path());

    // the team writes its valid routes (if it has any), then the bad one
    List<Object> specs = new ArrayList<>();
    Object[] all = tree.specs();
    specs.add(all[0]);
    List<OwnershipTrees.TeamRoute> valid = List.of();
    for (int i = 0; i < tree.teams.size(); i++) {
      if (tree.teams.get(i).scope() == scope) {
        valid = tree.teams.get(i).routes();
      } else {
        specs.add(all[i + 1]);
      }
    }
    List<OwnershipTrees.TeamRoute> before = valid;
    int[] at = new int[1];
    specs.add(
        InlineSpecs.team(
            scope.secondary(),
            http -> {
              before.forEach(r -> r.writeTo(http));
              // spotless:off (a finding must point at this line: keep the call on it)
              at[0] = line(); http.route().match(bad).to(destination("stray.default.svc.cluster.local"));
              // spotless:on
            }));

    Generation g = Vsplit.load(specs.toArray());
    OwnershipTrees generated = tree;
    Delegated in = scope;
    Delegated under = other;
    Supplier<String> context =
        () ->
            context(seed, generated, g)
                + "\nteam of "
                + in
                + " writes "
                + bad
                + " (under "
                + under
                + ")";

    List<Finding> outside = withCode(g, "VS201");
    assertThat(outside).as(context).hasSize(1);
    Finding f = outside.get(0);
    assertThat(f.source())
        .as(context)
        .isEqualTo(Location.of("dev/vsplit/OwnershipPropertiesTest.java", at[0]));
    assertThat(f.resource()).as(context).isEqualTo(scope.secondary().toString());
    assertThat(f.team()).as(context).isEqualTo(scope.secondary().team().name());
    assertThat(f.path()).as(context).startsWith("spec.http[" + before.size() + "].match[0]");
    if (insideScope) {
      assertThat(f.message())
          .as(context)
          .contains(
              " lies inside ",
              "which primary " + primary.namespace() + "/" + primary.name() + " gives to team ");
    } else {
      assertThat(f.message())
          .as(context)
          .contains(" is outside the scope of team " + scope.secondary().team().name());
    }
    assertThat(g.findings())
        .as(context)
        .filteredOn(x -> x.code().id().startsWith("VS2"))
        .containsExactly(f);
  }

  private static String render(Generation g) {
    StringBuilder out =
        new StringBuilder(
            YamlWriter.writeAll(g.resources().stream().map(GeneratedResource::resource).toList()));
    out.append("---\n").append(g.effectiveYaml());
    g.findings().forEach(f -> out.append(f).append('\n'));
    return out.toString();
  }
}
