package dev.vsplit;

import dev.vsplit.api.Generation;
import dev.vsplit.api.SpecLoader;
import dev.vsplit.findings.Finding;
import dev.vsplit.yaml.YamlWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Specs written inline in a test, so that a finding's file:line is the test's own line. They are
 * anonymous classes on purpose: {@link SpecLoader} skips anonymous classes, so scanning {@code
 * target/test-classes} does not pick them up.
 */
final class InlineSpecs {

  private InlineSpecs() {}

  static MeshSpec mesh(Consumer<Mesh> body) {
    return new MeshSpec() {
      @Override
      public void define(Mesh mesh) {
        body.accept(mesh);
      }
    };
  }

  static TeamSpec team(Secondary secondary, Consumer<Routes> body) {
    return new TeamSpec() {
      @Override
      public Secondary secondary() {
        return secondary;
      }

      @Override
      public void define(Routes http) {
        body.accept(http);
      }
    };
  }

  /**
   * The line this is called from: write it on the same line as the call a finding must point at.
   */
  static int line() {
    return StackWalker.getInstance()
        .walk(frames -> frames.skip(1).findFirst().orElseThrow())
        .getLineNumber();
  }

  /** The YAML of one generated resource, as {@code vsplit:generate} writes it. */
  static String yaml(Generation generation, String kind, String namespace, String name) {
    var resource = generation.resource(kind, namespace, name);
    if (resource == null) {
      throw new AssertionError(
          kind
              + " "
              + namespace
              + "/"
              + name
              + " was not generated; findings: "
              + generation.findings());
    }
    return YamlWriter.write(resource);
  }

  static List<Finding> withCode(Generation generation, String code) {
    return generation.findings().stream().filter(f -> f.code().id().equals(code)).toList();
  }

  /** Every finding, one per line, for assertion messages. */
  static String describe(Generation generation) {
    StringBuilder out = new StringBuilder();
    generation.findings().forEach(f -> out.append(f).append('\n'));
    return out.toString();
  }
}
