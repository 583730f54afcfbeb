package dev.vsplit;

import dev.vsplit.rules.Checker;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;

/**
 * vsplit's entry points, usable without Maven.
 *
 * <pre>{@code
 * Analysis analysis = Vsplit.analyze(AnalyzeRequest.of(Path.of("istio/")));
 * analysis.findings().forEach(f -> System.out.println(f.format()));
 * analysis.writeEffective(Path.of("target/effective-routes.yaml"));
 * }</pre>
 */
public final class Vsplit {

  private Vsplit() {}

  /**
   * Reads VirtualServices and Gateways from YAML files and folders and runs every rule: what Istio
   * refuses, drops or misroutes, and the effective routes it builds. Never throws for bad input:
   * unreadable files are findings ({@code VS001}).
   */
  public static Analysis analyze(AnalyzeRequest request) {
    ReadResult input = new ManifestReader(request.limits(), request.defaultNamespace()).read(request.inputs());
    return new Analysis(input, new Checker(request.mesh()).check(input));
  }
}
