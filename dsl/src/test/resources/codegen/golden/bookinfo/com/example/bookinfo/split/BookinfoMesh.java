package com.example.bookinfo.split;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * The mesh administrator's spec: which team owns which path of default/bookinfo.
 *
 * <p>Split from the monolithic VirtualService default/bookinfo by {@code Vsplit.split}; each
 * team's routes are in its own TeamSpec. The delegations are written most specific first, the
 * order Istio evaluates them in.
 */
public final class BookinfoMesh implements MeshSpec {
  public static final Team IDENTITY = Team.named("identity").namespace("identity").owners("@bookinfo/identity").specPackage("com.example.bookinfo.split.identity");

  public static final Team REVIEWS = Team.named("reviews").namespace("reviews").owners("@bookinfo/reviews").specPackage("com.example.bookinfo.split.reviews");

  public static final Team RATINGS = Team.named("ratings").namespace("ratings").owners("@bookinfo/ratings").specPackage("com.example.bookinfo.split.ratings");

  public static final Team STOREFRONT = Team.named("storefront").namespace("storefront").owners("@bookinfo/storefront").specPackage("com.example.bookinfo.split.storefront");

  /**
   * prefix "/log" of default/bookinfo.
   */
  public static final Secondary SIGN_IN = IDENTITY.secondary("sign-in");

  /**
   * prefix "/api/v1/reviews" of default/bookinfo.
   */
  public static final Secondary REVIEWS_VS = REVIEWS.secondary("reviews");

  /**
   * prefix "/api/v1/ratings" of default/bookinfo.
   */
  public static final Secondary RATINGS_VS = RATINGS.secondary("ratings");

  /**
   * prefix "/" of default/bookinfo.
   */
  public static final Secondary STOREFRONT_VS = STOREFRONT.secondary("storefront");

  @Override
  public void define(Mesh mesh) {
    mesh.owners("@bookinfo/platform");

    mesh.primary("bookinfo", "default")
        .hosts("*")
        .gateways("bookinfo-gateway")
        .delegate(prefix("/log"), SIGN_IN)
        .delegate(prefix("/api/v1/reviews"), REVIEWS_VS)
        .delegate(prefix("/api/v1/ratings"), RATINGS_VS)
        .delegate(prefix("/"), STOREFRONT_VS);
  }
}
