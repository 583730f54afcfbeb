package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.describe;
import static dev.vsplit.InlineSpecs.line;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Generation;
import dev.vsplit.api.SpecLoader;
import dev.vsplit.api.Vsplit;
import dev.vsplit.assembly.RootCause;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Root causes first, at the line that caused them: a spec whose static initializer throws is told
 * by the DSL's own message at the author's line; a bad duration is refused once, at the call that
 * wrote it, with Go's words and a guess; a finding about a route field points at the builder call
 * that set it.
 */
class RootCausesTest {

  static final String FILE = "dev/vsplit/RootCausesTest.java";
  static final Team PAYMENTS = Team.named("payments").namespace("payments");
  static final Secondary PAY = PAYMENTS.secondary("pay");
  static final Backend WEB = destination("web.payments.svc.cluster.local");

  static MeshSpec shop() {
    return mesh(
        m -> m.primary("shop", "default").hosts("shop.example.com").delegate(prefix("/pay"), PAY));
  }

  static List<Finding> errors(Generation g) {
    return g.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void aBadTimeoutIsOneErrorAtTheTimeoutCallWithGosWordsAndAGuess() {
    int[] at = new int[1];
    TeamSpec routes =
        team(
            PAY,
            http -> {
              Route export = http.route("export").to(WEB);
              // spotless:off (the finding must point at this line: keep the call on it)
              at[0] = line(); export.timeout("30sec");
              // spotless:on
            });

    Generation g = Vsplit.load(shop(), routes);

    List<Finding> errors = errors(g);
    assertThat(errors).as(describe(g)).hasSize(1);
    Finding f = errors.get(0);
    assertThat(f.code()).isEqualTo(Code.VS210);
    assertThat(f.source()).isEqualTo(Location.of(FILE, at[0]));
    assertThat(f.resource()).isEqualTo("payments/pay");
    assertThat(f.path()).isEqualTo("spec.http[0].timeout");
    assertThat(f.team()).isEqualTo("payments");
    assertThat(f.message())
        .isEqualTo(
            "route \"export\": timeout \"30sec\" is refused: bad Duration: time: unknown unit"
                + " \"sec\" in duration \"30sec\" (Istio reads durations as Go does)");
    assertThat(f.hint()).startsWith("did you mean \"30s\"? ");
  }

  @Test
  void aBadPerTryTimeoutAndFaultDelayAreRefusedAtTheirCallsToo() {
    int[] at = new int[2];
    TeamSpec routes =
        team(
            PAY,
            http -> {
              Route r = http.route().to(WEB);
              // spotless:off (the findings must point at these lines: keep the calls on them)
              at[0] = line(); r.retries(3, "2 seconds");
              at[1] = line(); r.faultDelay("0.5ms", 10);
              // spotless:on
            });

    Generation g = Vsplit.load(shop(), routes);

    List<Finding> errors = errors(g);
    assertThat(errors).as(describe(g)).extracting(Finding::code).containsOnly(Code.VS210);
    assertThat(errors)
        .extracting(Finding::source)
        .containsExactly(Location.of(FILE, at[0]), Location.of(FILE, at[1]));
    assertThat(errors.get(0).hint()).startsWith("did you mean \"2s\"? ");
    assertThat(errors.get(1).message()).contains("duration must be greater than 1ms");
  }

  @Test
  void aWebhookFindingAboutARouteFieldPointsAtTheCallThatSetIt() {
    int[] at = new int[1];
    TeamSpec routes =
        team(
            PAY,
            http -> {
              Route r = http.route().to(WEB);
              // spotless:off (the finding must point at this line: keep the call on it)
              at[0] = line(); r.retries(2, "1s", "sometimes");
              // spotless:on
            });

    Generation g = Vsplit.load(shop(), routes);

    Finding f =
        g.findings().stream()
            .filter(x -> x.code() == Code.VS002 && x.resource().equals("payments/pay"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(describe(g)));
    assertThat(f.path()).isEqualTo("spec.http[0].retries.retryOn");
    assertThat(f.source()).isEqualTo(Location.of(FILE, at[0]));
  }

  @Test
  void aStaticInitializerThatThrowsIsToldByItsCauseAtTheAuthorsLine(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path classes = copyOf("com/example/rootcause", dir);
    try (FreshLoader loader = new FreshLoader(classes, "com.example.rootcause.")) {
      SpecLoader.Specs specs = SpecLoader.load(List.of(classes), loader, List.of());

      assertThat(specs.problems()).hasSize(1);
      Finding f = specs.problems().get(0);
      assertThat(f.code()).isEqualTo(Code.VS207);
      assertThat(f.message())
          .isEqualTo(
              "cannot create com.example.rootcause.NoNamespaceMesh: team payments has no namespace:"
                  + " give it one with .namespace(...) or name the secondary's namespace with"
                  + " secondary(name, namespace) (in a static initializer)");
      assertThat(f.source())
          .isEqualTo(
              Location.of(
                  "com/example/rootcause/NoNamespaceMesh.java",
                  lineOf(
                      "src/test/java/com/example/rootcause/NoNamespaceMesh.java",
                      "// <- the root cause")));
    }
  }

  @Test
  void theRootCauseIsAPureFunctionOfTheStack() {
    IllegalStateException cause = new IllegalStateException("team payments has no namespace");
    cause.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("dev.vsplit.Team", "secondary", "Team.java", 81),
          new StackTraceElement("com.acme.mesh.AcmeMesh", "<clinit>", "AcmeMesh.java", 12),
          new StackTraceElement(
              "jdk.internal.reflect.NativeConstructorAccessorImpl", "newInstance0", null, -2),
          new StackTraceElement("dev.vsplit.api.SpecLoader", "instantiate", "SpecLoader.java", 9)
        });
    Throwable thrown = new ExceptionInInitializerError(cause);

    RootCause root = RootCause.of(thrown, name -> name.startsWith("dev.vsplit."));

    assertThat(root.cause()).isSameAs(cause);
    assertThat(root.initializer()).isTrue();
    assertThat(root.at()).isEqualTo(Location.of("com/acme/mesh/AcmeMesh.java", 12));
    assertThat(root.describe()).isEqualTo("team payments has no namespace");
    assertThat(RootCause.of(new java.io.IOException("gone"), n -> true).describe())
        .isEqualTo("IOException: gone");
  }

  /** The 1-based line of the first line of a source file that contains {@code marker}. */
  static int lineOf(String file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not in " + file);
  }

  /** The compiled classes of one test package, copied under {@code dir}. */
  static Path copyOf(String pkg, Path dir) throws IOException, URISyntaxException {
    Path from =
        Path.of(RootCausesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(pkg);
    Path to = Files.createDirectories(dir.resolve(pkg));
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  /**
   * Defines the classes of one package itself (so that each test initializes them afresh) and asks
   * its parent for the rest.
   */
  static final class FreshLoader extends ClassLoader implements AutoCloseable {
    private final Path classes;
    private final String prefix;

    FreshLoader(Path classes, String prefix) {
      super(RootCausesTest.class.getClassLoader());
      this.classes = classes;
      this.prefix = prefix;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (!name.startsWith(prefix)) {
          return super.loadClass(name, resolve);
        }
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          Path file = classes.resolve(name.replace('.', '/') + ".class");
          try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        return c;
      }
    }

    @Override
    public void close() {}
  }
}
