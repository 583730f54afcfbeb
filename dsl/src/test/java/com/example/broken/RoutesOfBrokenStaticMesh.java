package com.example.broken;

import static dev.vsplit.Backend.destination;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * A team spec that is fine itself but names a secondary of {@link BrokenStaticMesh}, whose class
 * cannot be initialized.
 */
public final class RoutesOfBrokenStaticMesh implements TeamSpec {

  @Override
  public Secondary secondary() {
    return BrokenStaticMesh.VS;
  }

  @Override
  public void define(Routes http) {
    http.route().to(destination("web.default.svc.cluster.local"));
  }
}
