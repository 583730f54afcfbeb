package com.example.rootcause;

import static dev.vsplit.Match.prefix;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;

/**
 * A mesh spec whose static initializer throws: its team has no namespace, so {@code secondary} at
 * the line marked below refuses. Loaded only through a class loader of its own in the test, so that
 * each load initializes it afresh.
 */
public final class NoNamespaceMesh implements MeshSpec {

  static final Team PAYMENTS = Team.named("payments");
  static final Secondary API = PAYMENTS.secondary("payments-api"); // <- the root cause

  @Override
  public void define(Mesh mesh) {
    mesh.primary("shop", "default").hosts("shop.example.com").delegate(prefix("/pay"), API);
  }
}
