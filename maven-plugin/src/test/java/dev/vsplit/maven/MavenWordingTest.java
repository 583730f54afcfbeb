package dev.vsplit.maven;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.Mesh;
import dev.vsplit.MeshSpec;
import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.api.Generation;
import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.output.GeneratedFile;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin words every fix the engine states as the plugin's messages always have: its goals,
 * {@code mvn process-classes}, {@code -Dvsplit.*} properties and {@code <parameters>}. The dsl's
 * own tests hold the engine's neutral words; these hold Maven's, kind by kind and end to end.
 */
class MavenWordingTest {

  private static final MavenWording MAVEN = MavenWording.INSTANCE;

  @TempDir Path dir;

  @Test
  void everyKindOfFixHasTheWordsThePluginsMessagesHave() {
    Map<Fix, String> words = new LinkedHashMap<>();
    words.put(Fix.regenerate(), "run 'mvn process-classes'");
    words.put(Fix.compile(), "mvn compile");
    words.put(Fix.compileThen("scaffold"), "mvn compile vsplit:scaffold");
    words.put(Fix.run("scaffold"), "mvn vsplit:scaffold");
    words.put(Fix.run("split"), "mvn dev.vsplit:vsplit-maven-plugin:split");
    words.put(Fix.operation("split"), "vsplit:split");
    words.put(Fix.operation("analyze"), "vsplit:analyze");
    words.put(Fix.setting("allowPartial", "true"), "-Dvsplit.allowPartial=true");
    words.put(Fix.setting("input", ""), "-Dvsplit.input=");
    words.put(Fix.setting("input", "..."), "-Dvsplit.input=...");
    words.put(Fix.setting("package"), "-Dvsplit.package");
    words.put(Fix.parameter("specs"), "<specs>");
    words.put(Fix.configuration("specs"), "the plugin's <specs>");
    words.put(
        Fix.raiseReadLimit("maxFileBytes"),
        "raise <maxFileBytes> in the plugin's configuration (or -Dvsplit.maxFileBytes)");
    words.put(Fix.launcher(), "Maven");

    assertThat(words.keySet())
        .extracting(Fix::kind)
        .as("a pinned wording for every kind")
        .containsAll(Arrays.asList(Fix.Kind.values()));
    words.forEach((fix, expected) -> assertThat(MAVEN.word(fix)).as("%s", fix).isEqualTo(expected));
    assertThat(MAVEN.aside(Fix.setting("allowPartial", "true")))
        .isEqualTo(" (-Dvsplit.allowPartial=true)");
  }

  /**
   * What the engine names, the plugin has: each operation a goal, each setting a parameter and user
   * property.
   */
  @Test
  void everyOperationAndSettingTheEngineNamesIsOneOfThePlugins() throws IOException {
    String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
    Set<String> goals = all(descriptor, "<goal>([a-z]+)</goal>");
    Set<String> parameters = all(descriptor, "<name>([A-Za-z]+)</name>");
    Set<String> properties = all(descriptor, "\\$\\{vsplit\\.([A-Za-z]+)\\}");
    assertThat(goals).containsAll(Fix.OPERATIONS);

    Set<String> settings = new TreeSet<>();
    Set<String> configured = new TreeSet<>();
    for (Path file : dslSources()) {
      String source = Files.readString(file);
      settings.addAll(all(source, "Fix\\.setting\\(\"([A-Za-z]+)\""));
      configured.addAll(all(source, "Fix\\.(?:parameter|configuration)\\(\"([A-Za-z]+)\""));
    }
    assertThat(settings)
        .as("settings the engine names")
        .contains("allowPartial", "input", "ownership", "package", "host");
    assertThat(configured).contains("specs");
    assertThat(properties)
        .as("the plugin's user properties")
        .containsAll(settings)
        .containsAll(configured);
    assertThat(parameters).as("the plugin's parameters").containsAll(configured);
    for (var limit : ReadLimits.class.getRecordComponents()) {
      assertThat(parameters).contains(limit.getName());
      assertThat(properties).contains(limit.getName());
    }
  }

  @Test
  void theGeneratedFilesHeaderAndTheDriftSayRunMvnProcessClasses() throws IOException {
    assertThat(
            new GeneratedFile(
                    "ns1/virtualservice-vs-1.yaml",
                    "apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\n",
                    "dev.example.IdentityRoutes",
                    MAVEN.word(Fix.regenerate()))
                .content())
        .isEqualTo(
            """
            # Generated by vsplit from dev.example.IdentityRoutes. Do not edit: change the spec and run 'mvn process-classes'. \
            vsplit-sha256:ca0a345e0106bc520b85a3018389c517589ea464084d69a3db5c2a35af69da8d
            apiVersion: networking.istio.io/v1beta1
            kind: VirtualService
            """);

    Generation g = Vsplit.load(List.of(new TinyMesh(true)), List.of(), MeshOptions.DEFAULTS, MAVEN);
    Path out = dir.resolve("istio");
    g.writeTo(out, MAVEN);
    Path vs = out.resolve("web/virtualservice-web-routes.yaml");
    assertThat(Files.readString(vs))
        .startsWith(
            "# Generated by vsplit from "
                + TinyMesh.class.getName()
                + ". Do not edit: change the spec and run 'mvn process-classes'. vsplit-sha256:");
    Files.writeString(vs, Files.readString(vs).replace("web.web.svc", "www.web.svc"));
    assertThat(g.check(out, MAVEN).describe(0, MAVEN))
        .contains("\nTo fix: run 'mvn process-classes' and commit the output folder.\n");
  }

  @Test
  void aSecondaryWithoutSkeletonNamesTheScaffoldGoal() {
    List<Finding> errors =
        Vsplit.load(List.of(new TinyMesh(false)), List.of(), MeshOptions.DEFAULTS, MAVEN).errors();

    assertThat(errors)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.hint())
                    .isEqualTo(
                        "write the team's TeamSpec (mvn vsplit:scaffold), or declare web/web-routes with"
                            + " .defaultBackend(destination(...)) or .failClosed()"));
  }

  /** The findings report analyze writes keeps the plugin's words, as its log does. */
  @Test
  void analyzesReportNamesTheReadLimitsParameterAndProperty() throws IOException {
    Path big = Files.writeString(dir.resolve("big.yaml"), "# " + "x".repeat(200) + "\n");
    AnalyzeMojo mojo = new AnalyzeMojo();
    mojo.basedir = dir.toFile();
    mojo.namespace = "default";
    mojo.domainSuffix = "cluster.local";
    mojo.maxFileBytes = 100;
    mojo.maxDepth = 64;
    mojo.maxAliases = 100;
    mojo.maxAliasExpansion = 10_000;
    mojo.maxScalarLength = 1 << 20;
    mojo.failOnError = true;
    mojo.input = List.of(big.toString());
    mojo.findingsOutput = dir.resolve("findings.json").toFile();
    List<String> log = CapturedLog.of(mojo);

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    String hint =
        "this is a limit of vsplit's, not of YAML or Kubernetes: if the file is meant to be like this, raise"
            + " <maxFileBytes> in the plugin's configuration (or -Dvsplit.maxFileBytes)";
    assertThat(Files.readString(dir.resolve("findings.json")))
        .contains("\"hint\" : \"" + hint + "\"");
    assertThat(log).anyMatch(line -> line.startsWith("[ERROR] ") && line.endsWith(" — " + hint));
  }

  @Test
  void splitsHintsNameThePluginsPropertiesAndGoals() throws Exception {
    Path monolith =
        Files.writeString(
            dir.resolve("monolith.yaml"),
            """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: shop, namespace: default}
        spec:
          hosts: [shop.example.com]
          http:
          - match: [{uri: {prefix: /api}}]
            route: [{destination: {host: api}}]
            mirrors: [{destination: {host: api-next}}]
          - route: [{destination: {host: web}}]
        """);
    Path ownership =
        Files.writeString(
            dir.resolve("ownership.yaml"),
            """
        package: com.example.shop
        delegations:
        - {prefix: /api, team: api, namespace: api}
        - {prefix: /, team: web, namespace: web}
        """);
    SplitMojo mojo = split(monolith, ownership);
    List<String> log = CapturedLog.of(mojo);

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log)
        .anyMatch(
            line ->
                line.startsWith("[ERROR] ")
                    && line.endsWith(
                        "or keep it out of the split (-Dvsplit.allowPartial=true) and move it by"
                            + " hand"));

    mojo.allowPartial = true;
    mojo.execute();
    Files.writeString(dir.resolve("src/com/example/shop/web/WebRoutes.java"), "// mine\n");
    log.clear();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log)
        .anyMatch(
            line ->
                line.contains(
                        "src/com/example/shop/web/WebRoutes.java exists; vsplit:split never overwrites a"
                            + " source file")
                    && line.endsWith(
                        " — move it away, or split into another package (-Dvsplit.package) or source folder"
                            + " (-Dvsplit.sourceDirectory)"));
  }

  /**
   * Split's sources and proposed map are the dsl's golden files (the engine's words) with Maven's
   * words in their place: the bytes the plugin wrote before the engine left the words to it.
   */
  @Test
  void splitWritesTheGoldenSourcesAndProposalInMavensWords() throws IOException {
    Path example = Path.of("../examples/monolith");
    Path golden = Path.of("../dsl/src/test/resources/codegen/golden/bookinfo");

    SplitResult split =
        Vsplit.split(
            SplitRequest.of(
                    List.of(example.resolve("bookinfo-monolith.yaml")),
                    example.resolve("ownership.yaml"),
                    dir.resolve("src"))
                .withWording(MAVEN));
    assertThat(split.errors()).isEmpty();
    assertThat(split.sources()).hasSize(5);
    for (var e : split.sources().entrySet()) {
      String expected =
          Files.readString(golden.resolve(e.getKey()))
              .replace("{@code Vsplit.split}", "{@code vsplit:split}");
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected).contains("{@code vsplit:split}");
    }

    SplitResult proposal =
        Vsplit.split(
            SplitRequest.of(
                    List.of(example.resolve("bookinfo-monolith.yaml")), null, dir.resolve("src2"))
                .withJavaPackage("com.example.bookinfo")
                .withSuggestionFile(dir.resolve("vsplit-ownership.yaml"))
                .withWording(MAVEN));
    String expected =
        Files.readString(golden.resolve("proposal/vsplit-ownership.yaml"))
            .replace("proposed by Vsplit.split", "proposed by vsplit:split")
            .replace(
                "#   Vsplit.split input=... ownership=",
                "#   mvn dev.vsplit:vsplit-maven-plugin:split -Dvsplit.input=... -Dvsplit.ownership=");
    assertThat(proposal.suggestion())
        .isEqualTo(expected)
        .contains(
            "#   mvn dev.vsplit:vsplit-maven-plugin:split -Dvsplit.input=... -Dvsplit.ownership=vsplit-ownership.yaml\n");
  }

  private SplitMojo split(Path monolith, Path ownership) {
    SplitMojo mojo = new SplitMojo();
    mojo.basedir = dir.toFile();
    mojo.namespace = "default";
    mojo.domainSuffix = "cluster.local";
    mojo.maxFileBytes = 1 << 20;
    mojo.maxDepth = 64;
    mojo.maxAliases = 100;
    mojo.maxAliasExpansion = 10_000;
    mojo.maxScalarLength = 1 << 20;
    mojo.input = List.of(monolith.toString());
    mojo.ownership = ownership.toFile();
    mojo.sourceDirectory = dir.resolve("src").toFile();
    mojo.suggestionOutput = dir.resolve("vsplit-ownership.yaml").toFile();
    return mojo;
  }

  private static Set<String> all(String text, String regex) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<Path> dslSources() {
    try (Stream<Path> walk = Files.walk(Path.of("../dsl/src/main/java"))) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One team's secondary under {@code /}, with a default backend or without one (then there is no
   * skeleton to generate).
   */
  public static final class TinyMesh implements MeshSpec {
    static final Team WEB = Team.named("web").namespace("web");

    private final boolean backend;

    public TinyMesh() {
      this(true);
    }

    TinyMesh(boolean backend) {
      this.backend = backend;
    }

    @Override
    public void define(Mesh mesh) {
      Secondary routes = WEB.secondary("web-routes");
      mesh.primary("shop", "istio-system")
          .hosts("shop.example.com")
          .delegate(
              prefix("/"),
              backend
                  ? routes.defaultBackend(destination("web.web.svc.cluster.local").port(80))
                  : routes);
    }
  }
}
