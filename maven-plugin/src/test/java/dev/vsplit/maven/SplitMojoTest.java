package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each outcome of {@code vsplit:split} maps to the right Maven result: the user's to fix is a
 * failure, I/O is an execution error.
 */
class SplitMojoTest {

  @TempDir Path dir;

  private static final String MONOLITH =
      """
      apiVersion: networking.istio.io/v1beta1
      kind: VirtualService
      metadata: {name: shop, namespace: default}
      spec:
        hosts: [shop.example.com]
        http:
        - match: [{uri: {REGEX_OR_PREFIX: /api}}]
          route: [{destination: {host: api}}]
        - route: [{destination: {host: web}}]
      """;

  private SplitMojo mojo(String uriKind, String ownership) throws Exception {
    Files.writeString(dir.resolve("monolith.yaml"), MONOLITH.replace("REGEX_OR_PREFIX", uriKind));
    SplitMojo mojo = new SplitMojo();
    mojo.basedir = dir.toFile();
    mojo.namespace = "default";
    mojo.domainSuffix = "cluster.local";
    mojo.maxFileBytes = 1 << 20;
    mojo.maxDepth = 64;
    mojo.maxAliases = 100;
    mojo.maxAliasExpansion = 10_000;
    mojo.maxScalarLength = 1 << 20;
    mojo.input = List.of("monolith.yaml");
    mojo.sourceDirectory = dir.resolve("src").toFile();
    mojo.suggestionOutput = dir.resolve("vsplit-ownership.yaml").toFile();
    if (ownership != null) {
      Files.writeString(dir.resolve("ownership.yaml"), ownership);
      mojo.ownership = dir.resolve("ownership.yaml").toFile();
    }
    return mojo;
  }

  private static final String OWNERSHIP =
      """
      package: com.example.shop
      delegations:
      - {prefix: /api, team: api, namespace: api}
      - {prefix: /, team: web, namespace: web}
      """;

  @Test
  void aCleanSplitWritesTheSpecs() throws Exception {
    mojo("prefix", OWNERSHIP).execute();

    assertThat(dir.resolve("src/com/example/shop/ShopMesh.java")).isRegularFile();
    assertThat(dir.resolve("src/com/example/shop/api/ApiRoutes.java")).isRegularFile();
    assertThat(dir.resolve("src/com/example/shop/web/WebRoutes.java")).isRegularFile();
  }

  /** A monolith whose /api route mirrors to several destinations, which the DSL cannot write. */
  private void mirrors() throws Exception {
    Files.writeString(
        dir.resolve("monolith.yaml"),
        MONOLITH
            .replace("REGEX_OR_PREFIX", "prefix")
            .replace(
                "route: [{destination: {host: api}}]\n",
                "route: [{destination: {host: api}}]\n    mirrors: [{destination: {host: api-next}}]\n"));
  }

  @Test
  void routesThatCannotMoveAreAFailureAndNothingIsWritten() throws Exception {
    SplitMojo mojo = mojo("prefix", OWNERSHIP);
    mirrors();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "vsplit: 1 error(s) (listed above); nothing was written. Fix them, or pass -Dvsplit.allowPartial=true to"
                + " split the rest and keep those routes out.");
    assertThat(dir.resolve("src")).doesNotExist();
  }

  @Test
  void allowPartialSplitsTheRest() throws Exception {
    SplitMojo mojo = mojo("prefix", OWNERSHIP);
    mirrors();
    mojo.allowPartial = true;
    List<String> log = CapturedLog.of(mojo);

    mojo.execute();

    assertThat(dir.resolve("src/com/example/shop/web/WebRoutes.java")).isRegularFile();
    assertThat(dir.resolve("src/com/example/shop/api/ApiRoutes.java")).doesNotExist();
    assertThat(Files.readString(dir.resolve("ownership.left-out.yaml")))
        .contains("mirrors:")
        .contains("# requests now: spec.http[0] (to api.default.svc.cluster.local)");
    // the left-out routes are no source file: the summary counts and lists the Java only
    assertThat(log)
        .containsSubsequence(
            "[INFO] vsplit: 2 source file(s) written to src:",
            "[INFO]   src/com/example/shop/ShopMesh.java",
            "[INFO]   src/com/example/shop/web/WebRoutes.java",
            "[INFO] vsplit: the routes left out of the split written to ownership.left-out.yaml")
        .noneMatch(line -> line.equals("[INFO]   ownership.left-out.yaml"));
  }

  @Test
  void withoutAMapItProposesOne() throws Exception {
    mojo("prefix", null).execute();

    assertThat(dir.resolve("vsplit-ownership.yaml")).content().contains("- prefix: /api");
    assertThat(dir.resolve("src")).doesNotExist();
  }

  @Test
  void noInputIsAFailure() throws Exception {
    SplitMojo mojo = mojo("prefix", OWNERSHIP);
    mojo.input = null;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("-Dvsplit.input=");
  }

  @Test
  void aSourceFolderThatCannotBeWrittenIsAnExecutionError() throws Exception {
    SplitMojo mojo = mojo("prefix", OWNERSHIP);
    File notAFolder = dir.resolve("src").toFile();
    Files.writeString(notAFolder.toPath(), "a file where the source folder should be");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("vsplit: cannot read the input or write the sources:");
  }

  @Test
  void anInlineMapFromThePomWorksLikeTheFile() throws Exception {
    SplitMojo mojo = mojo("prefix", null);
    mojo.javaPackage = "com.example.inline";
    mojo.delegations = List.of(entry("/api", "api"), entry("/", "web"));

    mojo.execute();

    assertThat(dir.resolve("src/com/example/inline/api/ApiRoutes.java")).isRegularFile();
    assertThat(dir.resolve("src/com/example/inline/ShopMesh.java"))
        .content()
        .contains(
            "public static final Team API = Team.named(\"api\").namespace(\"api\").owners(\"@shop/api\").specPackage(\"com.example.inline.api\");");
  }

  private static OwnershipEntry entry(String prefix, String team) {
    OwnershipEntry e = new OwnershipEntry();
    e.prefix = prefix;
    e.team = team;
    e.namespace = team;
    e.owners = List.of("@shop/" + team);
    return e;
  }
}
