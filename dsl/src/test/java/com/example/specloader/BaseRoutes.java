package com.example.specloader;

import static dev.vsplit.Backend.destination;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** An abstract base of team specs: skipped itself, its concrete subclasses are specs. */
public abstract class BaseRoutes implements TeamSpec {

  private final Secondary secondary;

  protected BaseRoutes(Secondary secondary) {
    this.secondary = secondary;
  }

  @Override
  public final Secondary secondary() {
    return secondary;
  }

  @Override
  public void define(Routes http) {
    http.route().to(destination(host()));
  }

  protected abstract String host();
}
