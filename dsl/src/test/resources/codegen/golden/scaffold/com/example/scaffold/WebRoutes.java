package com.example.scaffold;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;

import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/**
 * The routes of team web for secondary web/web-frontend. Owners: @shop/web.
 *
 * <p>Scope: prefix "/" minus prefix "/api/search" + header x-search exact "v2" (team search,
 * search/search-api) minus prefix "/api" (team api, api/api-routes). Every match must lie
 * inside it; vsplit reports one that does not at its line, naming the scope and its owner.
 *
 * <p>Scaffolded by {@code Vsplit.scaffold}: it routes the whole scope as the skeleton did.
 * Replace the example route with the team's routes.
 */
public final class WebRoutes implements TeamSpec {
  @Override
  public Secondary secondary() {
    return ScaffoldMesh.WEB_FRONTEND;
  }

  @Override
  public void define(Routes http) {
    // Scope: prefix "/" minus prefix "/api/search" + header x-search exact "v2" (team search, search/search-api) minus prefix "/api" (team api, api/api-routes)
    http.route()
        .match(prefix("/"))
        .to(destination("frontend.web.svc.cluster.local").port(8080));
  }
}
