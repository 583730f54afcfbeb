package com.example.tiny;

import static dev.vsplit.Backend.destination;

import dev.vsplit.Backend;

/** Not a spec: a class the mesh spec merely calls (src/callee-changed changes it). */
public final class Backends {
  private Backends() {}

  public static Backend web() {
    return destination("web.web.svc.cluster.local").port(80);
  }
}
