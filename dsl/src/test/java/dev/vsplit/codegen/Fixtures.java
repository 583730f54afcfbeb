package dev.vsplit.codegen;

import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Monoliths and ownership maps written to a folder, and split from there. */
final class Fixtures {

  static final Path EXAMPLE = Path.of("../examples/monolith");

  private Fixtures() {}

  /** Splits {@code monolith} by {@code ownership} (YAML texts) into {@code dir/src}. */
  static SplitResult split(Path dir, String monolith, String ownership, boolean allowPartial)
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("monolith.yaml"), monolith);
    Path map = null;
    if (ownership != null) {
      map = in.resolve("ownership.yaml");
      Files.writeString(map, ownership);
    }
    return Vsplit.split(
        SplitRequest.of(List.of(in.resolve("monolith.yaml")), map, dir.resolve("src"))
            .withAllowPartial(allowPartial));
  }

  /**
   * A VirtualService {@code default/shop} with hosts and these routes (YAML, indented as items of
   * {@code http}).
   */
  static String monolith(String routes) {
    return """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata:
          name: shop
          namespace: default
        spec:
          hosts:
          - shop.example.com
          http:
        """
        + routes.stripIndent().indent(2);
  }

  /** An ownership map in package com.example.shop with these delegations (YAML list items). */
  static String ownership(String delegations) {
    return """
        package: com.example.shop
        teams:
          web: {namespace: web}
          api: {namespace: api}
          admin: {namespace: admin}
        delegations:
        """
        + delegations.stripIndent();
  }

  /** A route item: {@code - match: [{uri: {prefix: P}}], route: [{destination: {host: H}}]}. */
  static String route(String kind, String path, String host) {
    return "- match:\n  - uri:\n      "
        + kind
        + ": "
        + path
        + "\n  route:\n  - destination:\n      host: "
        + host
        + "\n";
  }

  static String all(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    findings.forEach(f -> out.append(f).append('\n'));
    return out.toString();
  }

  static List<Path> filesUnder(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
