package com.example.broken;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * A team spec whose routes throw, through a helper method of its own; {@link #THROW_LINE} is the
 * line of the throw.
 */
public final class ThrowingRoutes implements TeamSpec {

  /** Set when {@code define} runs. */
  public static volatile int THROW_LINE;

  @Override
  public Secondary secondary() {
    return ThrowingMesh.API;
  }

  @Override
  public void define(Routes http) {
    http.route().match(prefix("/api/v1")).to(destination(host()));
  }

  private static String host() {
    // spotless:off (the finding must point at the throw: keep it on this line)
    THROW_LINE = new Throwable().getStackTrace()[0].getLineNumber(); throw new IllegalArgumentException("no host for /api/v1");
    // spotless:on
  }
}
