package dev.vsplit;

import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.InlineSpecs.withCode;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import org.junit.jupiter.api.Test;

/**
 * VS119 on what the DSL generates (issue 12's example): identity routes only GET /login and
 * /logout; storefront's {@code prefix("/lo").method("POST")} gets POST /login/.
 */
class FallThroughDslTest {

  static final Backend LOGIN = Backend.destination("login.ns1.svc.cluster.local");
  static final Backend SHOP = Backend.destination("productpage.default.svc.cluster.local");

  static final TeamSpec IDENTITY =
      team(
          BookinfoMesh.VS_1,
          http ->
              http.route()
                  .match(exact("/login").method("GET"), exact("/logout").method("GET"))
                  .to(LOGIN));

  @Test
  void aStorefrontRouteReachingIntoIdentitysPrefixIsReportedAtTheDelegation() {
    TeamSpec storefront =
        team(BookinfoMesh.VS_2, http -> http.route().match(prefix("/lo").method("POST")).to(SHOP));

    Generation g = Vsplit.load(new BookinfoMesh(), IDENTITY, storefront);

    assertThat(g.errors()).as(describe(g)).isEmpty();
    assertThat(withCode(g, "VS119"))
        .as(describe(g))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains("inside team identity's delegation", "to team storefront's route");
              assertThat(f.source().file()).endsWith("BookinfoMesh.java");
            });
  }

  @Test
  void storefrontRoutesOutsideIdentitysPrefixAreSilent() {
    TeamSpec storefront =
        team(BookinfoMesh.VS_2, http -> http.route().match(prefix("/static")).to(SHOP));

    assertThat(withCode(Vsplit.load(new BookinfoMesh(), IDENTITY, storefront), "VS119")).isEmpty();
  }
}
