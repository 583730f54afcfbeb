package com.example.bookinfo.split.ratings;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import com.example.bookinfo.split.BookinfoMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team ratings for ratings/ratings: prefix "/api/v1/ratings" of
 * default/bookinfo.
 *
 * <p>Split from default/bookinfo by {@code Vsplit.split}: spec.http[4], spec.http[5].
 */
public final class RatingsRoutes implements TeamSpec {
  private static final String RATINGS = "ratings.default.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return BookinfoMesh.RATINGS_VS;
  }

  @Override
  public void define(Routes http) {
    http.route("ratings-canary")
        .match(prefix("/api/v1/ratings").header("x-canary", "true"))
        .to(destination(RATINGS).subset("v2").port(9080));

    http.route("ratings")
        .match(prefix("/api/v1/ratings"))
        .to(destination(RATINGS).subset("v1").port(9080))
        .timeout("5s");
  }
}
