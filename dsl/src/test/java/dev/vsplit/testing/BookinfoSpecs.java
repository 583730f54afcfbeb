package dev.vsplit.testing;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;

import dev.vsplit.MeshSpec;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.TeamSpec;

/**
 * Bookinfo's delegation as specs, with a header canary and a weighted route in team identity's
 * routes.
 */
public final class BookinfoSpecs {

  private BookinfoSpecs() {}

  public static final Team IDENTITY =
      Team.named("identity").namespace("ns1").owners("@bookinfo/identity");
  public static final Team STOREFRONT =
      Team.named("storefront").namespace("ns1").owners("@bookinfo/storefront");
  public static final Secondary VS_1 = IDENTITY.secondary("vs-1").failClosed();
  public static final Secondary VS_2 = STOREFRONT.secondary("vs-2").failClosed();

  public static final class Mesh implements MeshSpec {
    @Override
    public void define(dev.vsplit.Mesh mesh) {
      mesh.primary("bookinfo", "default")
          .hosts("bookinfo.example.com")
          .delegate(prefix("/"), VS_2)
          .delegate(prefix("/log"), VS_1);
    }
  }

  public static final class Identity implements TeamSpec {
    @Override
    public Secondary secondary() {
      return VS_1;
    }

    @Override
    public void define(Routes http) {
      http.route("canary")
          .match(exact("/login").header("x-canary", "true"))
          .to(destination("reviews.default.svc.cluster.local").subset("v2").port(9080));
      http.route("sign-in")
          .match(exact("/login"), exact("/logout"))
          .to(
              destination("productpage.default.svc.cluster.local").port(9080).weight(90),
              destination("productpage-next.default.svc.cluster.local").port(9080).weight(10));
    }
  }

  public static final class Storefront implements TeamSpec {
    @Override
    public Secondary secondary() {
      return VS_2;
    }

    @Override
    public void define(Routes http) {
      http.route()
          .match(exact("/productpage"), prefix("/static"))
          .to(destination("productpage.default.svc.cluster.local").port(9080));
    }
  }
}
