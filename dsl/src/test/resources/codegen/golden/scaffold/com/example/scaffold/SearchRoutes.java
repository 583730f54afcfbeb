package com.example.scaffold;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team search for secondary search/search-api.
 *
 * <p>Scope: prefix "/api/search" + header x-search exact "v2". Every match must lie inside it;
 * vsplit reports one that does not at its line, naming the scope and its owner.
 *
 * <p>Scaffolded by {@code Vsplit.scaffold}: the mesh spec names no default backend, so the
 * example route answers 503. Replace it with the team's routes.
 */
public final class SearchRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return ScaffoldMesh.SEARCH_API;
  }

  @Override
  public void define(Routes http) {
    // Scope: prefix "/api/search" + header x-search exact "v2"
    // TODO: send it to the team's service: .to(destination("..."))
    http.route()
        .match(prefix("/api/search").header("x-search", "v2"))
        .directResponse(503);
  }
}
