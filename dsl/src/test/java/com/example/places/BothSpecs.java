package com.example.places;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** A class that is both a mesh and a team spec: refused (VS220). */
public final class BothSpecs implements MeshSpec, TeamSpec {
  @Override
  public void define(Mesh mesh) {}

  @Override
  public Secondary secondary() {
    return null;
  }

  @Override
  public void define(Routes http) {}
}
