package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name or namespace in a spec becomes a file name ({@code <namespace>/<kind>-<name>.yaml}). Every
 * one that could lead elsewhere, or that no file system takes, is a VS206 finding at the line that
 * wrote it, naming the rule it breaks; a generation with one writes nothing.
 */
class NamesAreNotPathsTest {

  private static final String FILE = "dev/vsplit/NamesAreNotPathsTest.java";

  @TempDir Path tmp;

  private static Finding vs206(Generation g) {
    List<Finding> found = g.findings().stream().filter(f -> f.code() == Code.VS206).toList();
    assertThat(found).as(describe(g)).hasSize(1);
    return found.get(0);
  }

  private void assertNothingWritten(Generation g) {
    Path out = tmp.resolve("istio");
    assertThat(g.hasErrors()).isTrue();
    assertThatThrownBy(() -> g.writeTo(out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing can be written");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "name \"{0}\"")
  @ValueSource(
      strings = {
        "../x",
        "a/b",
        "/abs",
        "a\\b",
        "",
        ".",
        "..",
        "../../etc/passwd",
        "Upper",
        "a b",
        "x\u0000y",
        "ü"
      })
  void primaryNames(String name) {
    // spotless:off (a finding must point at this line: keep the call on it)
    int at = line(); MeshSpec spec = mesh(m -> m.primary(name, "default").hosts("shop.example.com").delegate(prefix("/api"), api()));
    // spotless:on

    Generation g = Vsplit.load(spec);

    Finding f = vs206(g);
    assertThat(f.path()).isEqualTo("metadata.name");
    assertThat(f.source()).isEqualTo(Location.of(FILE, at));
    assertThat(f.message())
        .startsWith("primary VirtualService name \"" + name + "\" ")
        .containsAnyOf("DNS-1123 subdomain", "is empty");
    assertNothingWritten(g);
  }

  @ParameterizedTest(name = "namespace \"{0}\"")
  @ValueSource(
      strings = {
        "../x",
        "a/b",
        "/abs",
        "",
        ".",
        "..",
        "a.b",
        "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
      })
  void namespacesOfEveryKind(String namespace) {
    MeshSpec gateway =
        mesh(
            m ->
                m.gateway("gw", namespace)
                    .selector("istio", "ingressgateway")
                    .server(80, "http", "HTTP", "*"));
    MeshSpec primary =
        mesh(
            m ->
                m.primary("shop", namespace)
                    .hosts("shop.example.com")
                    .delegate(prefix("/api"), api()));
    Secondary secondary = Team.named("api").namespace(namespace).secondary("api").failClosed();
    MeshSpec withSecondary =
        mesh(
            m ->
                m.primary("shop", "default")
                    .hosts("shop.example.com")
                    .delegate(prefix("/api"), secondary));

    for (MeshSpec spec : List.of(gateway, primary, withSecondary)) {
      Generation g = Vsplit.load(spec);
      Finding f = vs206(g);
      assertThat(f.path()).isEqualTo("metadata.namespace");
      assertThat(f.message())
          .contains("namespace \"" + namespace + "\" ")
          .containsAnyOf("DNS-1123 label", "is empty", "at most 63");
      assertNothingWritten(g);
    }
  }

  @Test
  void aValidKubernetesNameTooLongForAFileName() {
    // Kubernetes takes 253 characters; "virtualservice-<name>.yaml" must fit in 255. Such a name
    // was
    // accepted by the DSL and only refused, as an exception, when the folder was written.
    String name = "a".repeat(236);
    // spotless:off (a finding must point at this line: keep the call on it)
    int at = line(); MeshSpec spec = mesh(m -> m.primary(name, "default").hosts("shop.example.com").delegate(prefix("/api"), api()));
    // spotless:on

    Generation g = Vsplit.load(spec);

    Finding f = vs206(g);
    assertThat(f.source()).isEqualTo(Location.of(FILE, at));
    assertThat(f.message())
        .isEqualTo(
            "primary VirtualService name \""
                + name
                + "\" is 236 characters long, so the file name"
                + " virtualservice-<name>.yaml would be 256 characters, more than the 255 most file systems allow; a VirtualService"
                + " name has at most 235 characters here");
    assertThat(f.hint()).isEqualTo("for example \"" + "a".repeat(235) + "\"");
    assertNothingWritten(g);

    MeshSpec gateway =
        mesh(
            m ->
                m.gateway("g".repeat(243), "default")
                    .selector("istio", "ingressgateway")
                    .server(80, "http", "HTTP", "*"));
    assertThat(vs206(Vsplit.load(gateway)).message())
        .endsWith("a Gateway name has at most 242 characters here");
  }

  @Test
  void theLongestNamesThatFitAreWrittenInsideTheFolder() throws IOException {
    String name = "a".repeat(235);
    String ns = "n".repeat(63);
    Secondary secondary = Team.named("api").namespace(ns).secondary("s".repeat(235)).failClosed();
    MeshSpec spec =
        mesh(
            m -> {
              // Istio's webhook takes gateway names of one DNS label.
              m.gateway("g".repeat(63), ns)
                  .selector("istio", "ingressgateway")
                  .server(80, "http", "HTTP", "*");
              m.primary(name, ns).hosts("shop.example.com").delegate(prefix("/api"), secondary);
            });

    Generation g = Vsplit.load(spec);
    assertThat(g.errors()).as(describe(g)).isEmpty();
    Path out = tmp.resolve("istio");
    g.writeTo(out);

    Path real = out.toRealPath();
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> real.relativize(toReal(p)).toString()))
          .contains(
              ns + "/virtualservice-" + name + ".yaml",
              ns + "/gateway-" + "g".repeat(63) + ".yaml",
              ns + "/virtualservice-" + "s".repeat(235) + ".yaml")
          .allSatisfy(p -> assertThat(real.resolve(p).normalize()).startsWith(real));
    }
  }

  private static Path toReal(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Secondary api() {
    return Team.named("api")
        .namespace("api")
        .secondary("api")
        .defaultBackend(destination("api.api.svc.cluster.local"));
  }
}
