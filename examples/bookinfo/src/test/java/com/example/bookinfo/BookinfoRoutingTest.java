package com.example.bookinfo;

import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.testing.MeshRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference document's verification step, as tests the teams keep: the product page reaches
 * productpage through vs-2, sign-in through vs-1. Each check runs the specs and follows Envoy's
 * first-match order through the merged routes; a failure prints every route it passed over.
 */
class BookinfoRoutingTest {

  static final MeshRoutes bookinfo =
      MeshRoutes.of(new BookinfoMesh(), new IdentityRoutes(), new StorefrontRoutes());

  @Test
  void signInAndOutAreTeamIdentitys() {
    bookinfo.get("/login").goesTo("productpage").ofTeam("identity").viaSecondary("ns1/vs-1");
    bookinfo.post("/logout").goesTo("productpage").ofTeam("identity");
  }

  @Test
  void theProductPageAndItsAssetsAreTeamStorefronts() {
    bookinfo
        .get("/productpage")
        .goesTo("productpage.default.svc.cluster.local")
        .ofTeam("storefront")
        .viaSecondary("ns1/vs-2");
    bookinfo
        .get("/static/bootstrap/css/bootstrap.min.css")
        .goesTo("productpage")
        .ofTeam("storefront");
    bookinfo.get("/api/v1/products/0/reviews").goesTo("productpage").ofTeam("storefront");
  }

  @Test
  void logfooIsHandedToIdentityByThePrefixLogAndFindsNoRoute() {
    // "/log" is a string prefix, not a path segment: the primary gives /logfoo to vs-1, whose exact
    // routes do not take it; storefront's routes after it do not either, so Envoy answers 404.
    bookinfo.get("/logfoo").isNotFound();
  }

  @ParameterizedTest(name = "{0} {1} -> team {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      GET  | /login                   | identity
      GET  | /login?user=jason        | identity
      GET  | /logout                  | identity
      GET  | /productpage             | storefront
      GET  | /productpage?u=normal    | storefront
      GET  | /static/img/izzy.png     | storefront
      GET  | /staticfoo               | storefront
      GET  | /api/v1/products         | storefront
      PUT  | /api/v1/products/1       | storefront
      GET  | /                        |
      GET  | /login/                  |
      GET  | /LOGIN                   |
      GET  | /details                 |
      """)
  void requestsAndTheirTeams(String method, String path, String team) {
    if (team == null) {
      bookinfo.request(method, path).isNotFound();
    } else {
      bookinfo.request(method, path).goesTo("productpage").ofTeam(team);
    }
  }
}
