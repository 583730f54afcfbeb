package com.example.scaffold;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team api for secondary api/api-routes. Owners: @shop/api, @shop/platform.
 *
 * <p>Scope: prefix "/api" minus prefix "/api/search" + header x-search exact "v2" (team
 * search, search/search-api). Every match must lie inside it; vsplit reports one that does not
 * at its line, naming the scope and its owner.
 *
 * <p>Scaffolded by {@code Vsplit.scaffold}: it routes the whole scope as the skeleton did.
 * Replace the example route with the team's routes.
 */
public final class ApiRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return ScaffoldMesh.API_ROUTES;
  }

  @Override
  public void define(Routes http) {
    // Scope: prefix "/api" minus prefix "/api/search" + header x-search exact "v2" (team search, search/search-api)
    http.route()
        .match(prefix("/api"))
        .directResponse(503);
  }
}
