package com.example.bookinfo.split.reviews;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import com.example.bookinfo.split.BookinfoMesh;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team reviews for reviews/reviews: prefix "/api/v1/reviews" of
 * default/bookinfo.
 *
 * <p>Split from default/bookinfo by {@code Vsplit.split}: spec.http[2], spec.http[3].
 */
public final class ReviewsRoutes implements TeamSpec {
  private static final String REVIEWS = "reviews.default.svc.cluster.local";

  @Override
  public Secondary secondary() {
    return BookinfoMesh.REVIEWS_VS;
  }

  @Override
  public void define(Routes http) {
    http.route("reviews-canary")
        .match(prefix("/api/v1/reviews").header("end-user", "jason"))
        .to(destination(REVIEWS).subset("v2").port(9080));

    http.route("reviews")
        .match(prefix("/api/v1/reviews"))
        .to(destination(REVIEWS).subset("v1").port(9080).weight(90),
            destination(REVIEWS).subset("v3").port(9080).weight(10))
        .retries(3, "2s");
  }
}
