package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import com.example.scaffold.ScaffoldMesh;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Generation;
import dev.vsplit.api.SplitRequest;
import dev.vsplit.api.SplitResult;
import dev.vsplit.api.Vsplit;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.output.Drift;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second front end (here a command line's words: {@code vsplit split --allow-partial=true}) words
 * every fix its own way through the requests it makes: findings, the generated files' header,
 * drift, generated sources and the proposed ownership map all take its words, and none of another
 * front end's.
 */
class FrontEndWordingTest {

  /**
   * What a command-line front end might say: commands {@code vsplit <operation>}, options {@code
   * --kebab-case}.
   */
  static final Wording CLI =
      fix ->
          switch (fix.kind()) {
            case REGENERATE -> "run 'vsplit generate'";
            case COMPILE -> "";
            case RUN, OPERATION -> "vsplit " + fix.subject();
            case SETTING ->
                "--" + kebab(fix.subject()) + (fix.value() == null ? "" : "=" + fix.value());
            case PARAMETER, CONFIGURATION -> "--" + kebab(fix.subject());
            case RAISE_READ_LIMIT -> "raise it with --" + kebab(fix.subject());
            case LAUNCHER -> "vsplit";
          };

  private static final Pattern OTHER_FRONT_ENDS =
      Pattern.compile("mvn |-Dvsplit|vsplit:[a-z]|<specs>|plugin's|Vsplit\\.");

  @TempDir Path dir;

  @Test
  void generatedFilesAndDriftSayTheFrontEndsCommandForRegenerating() throws Exception {
    Generation g =
        Vsplit.load(
            List.of(new BookinfoMesh()),
            List.of(new IdentityRoutes(), new StorefrontRoutes()),
            MeshOptions.DEFAULTS,
            CLI);
    Path out = dir.resolve("istio");
    g.writeTo(out, CLI);

    List<Path> files;
    try (var walk = Files.walk(out)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .toList();
    }
    assertThat(files)
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(Files.readString(f).lines().findFirst().orElseThrow())
                    .contains(
                        ". Do not edit: change the spec and run 'vsplit generate'. vsplit-sha256:"));
    assertThat(g.check(out, CLI).isClean()).isTrue();

    Path vs =
        files.stream()
            .filter(p -> p.getFileName().toString().startsWith("virtualservice-"))
            .findFirst()
            .orElseThrow();
    Files.writeString(vs, Files.readString(vs) + "# hotfix\n");
    Drift drift = g.check(out, CLI);
    assertThat(drift.describe(5, CLI))
        .contains("\nTo fix: run 'vsplit generate' and commit the output folder.\n");
    assertNoOtherFrontEnd(drift.describe(5, CLI));
  }

  @Test
  void theDslsFindingsNameTheFrontEndsCommand() {
    List<Finding> errors =
        Vsplit.load(List.of(new ScaffoldMesh()), List.of(), MeshOptions.DEFAULTS, CLI).errors();

    assertThat(errors)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.VS204);
              assertThat(f.hint())
                  .startsWith("write the team's TeamSpec (vsplit scaffold), or declare ");
            });
  }

  @Test
  void splitWordsItsHintsTheSourcesItWritesAndTheMapItProposes() throws Exception {
    Path monolith = dir.resolve("monolith.yaml");
    Path ownership = dir.resolve("ownership.yaml");
    Files.writeString(
        ownership,
        """
        package: com.example.shop
        delegations:
        - {prefix: /api, team: api, namespace: api}
        - {prefix: /, team: web, namespace: web}
        """);
    List<String> texts = new ArrayList<>();

    // a field the DSL cannot write: the route cannot move, and the hint names the front end's
    // setting for a partial split
    Files.writeString(
        monolith,
        MONOLITH
            .replace(
                "route: [{destination: {host: api}}]",
                "route: [{destination: {host: api}}]\n    mirrors: [{destination: {host: api-next}}]")
            .replace("URI", "prefix: /api"));
    SplitResult refused =
        Vsplit.split(
            SplitRequest.of(List.of(monolith), ownership, dir.resolve("src")).withWording(CLI));
    assertThat(refused.errors())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.hint())
                    .endsWith(
                        "or keep it out of the split (--allow-partial=true) and move it by hand"));
    texts.addAll(texts(refused));

    Files.writeString(monolith, MONOLITH.replace("URI", "prefix: /api"));
    SplitResult proposed =
        Vsplit.split(
            SplitRequest.of(List.of(monolith), null, dir.resolve("src"))
                .withWording(CLI)
                .withSuggestionFile(dir.resolve("vsplit-ownership.yaml")));
    assertThat(proposed.suggestion())
        .contains(
            "# vsplit ownership map, proposed by vsplit split from the routes' destination services:\n")
        .contains("\n#   vsplit split --input=... --ownership=vsplit-ownership.yaml\n");
    texts.addAll(texts(proposed));
    texts.add(proposed.suggestion());

    SplitResult split =
        Vsplit.split(
            SplitRequest.of(List.of(monolith), ownership, dir.resolve("src")).withWording(CLI));
    assertThat(split.errors()).isEmpty();
    assertThat(split.sources().get("com/example/shop/ShopMesh.java"))
        .contains("by {@code vsplit split}");
    texts.addAll(split.sources().values());

    SplitResult again =
        Vsplit.split(
            SplitRequest.of(List.of(monolith), ownership, dir.resolve("src")).withWording(CLI));
    assertThat(again.errors())
        .first()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains(" exists; vsplit split never overwrites a source file");
              assertThat(f.hint())
                  .isEqualTo(
                      "move it away, or split into another package (--package) or source folder"
                          + " (--source-directory)");
            });
    texts.addAll(texts(again));

    texts.forEach(FrontEndWordingTest::assertNoOtherFrontEnd);
  }

  @Test
  void anOwnershipMapThatIsNoMapPointsToTheFrontEndsSplit() throws Exception {
    Path monolith =
        Files.writeString(dir.resolve("monolith.yaml"), MONOLITH.replace("URI", "prefix: /api"));
    Path ownership = dir.resolve("ownership.yaml");

    Files.writeString(ownership, "- {prefix: /, team: web}\n");
    SplitResult list =
        Vsplit.split(
            SplitRequest.of(List.of(monolith), ownership, dir.resolve("src")).withWording(CLI));
    assertThat(list.errors())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.hint())
                    .endsWith("; start from the map vsplit split proposes without one"));

    Files.writeString(ownership, "# nothing yet\n");
    SplitResult empty =
        Vsplit.split(
            SplitRequest.of(List.of(monolith), ownership, dir.resolve("src")).withWording(CLI));
    assertThat(empty.errors())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.hint())
                    .isEqualTo("start from the map vsplit split proposes without one"));
    texts(list).forEach(FrontEndWordingTest::assertNoOtherFrontEnd);
    texts(empty).forEach(FrontEndWordingTest::assertNoOtherFrontEnd);
  }

  @Test
  void aReadLimitHintNamesTheFrontEndsOption() throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, MONOLITH.replace("URI", "prefix: /api"));
    ReadLimits tight = new ReadLimits(100, 64, 100, 10_000, 1 << 20);

    List<Finding> unreadable =
        Vsplit.analyze(
                new AnalyzeRequest(List.of(big), "default", MeshOptions.DEFAULTS, tight, CLI))
            .findings()
            .stream()
            .filter(f -> f.code() == Code.VS001)
            .toList();

    assertThat(unreadable)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.hint())
                    .isEqualTo(
                        "this is a limit of vsplit's, not of YAML or Kubernetes: if the file is meant to be like this, raise it"
                            + " with --max-file-bytes"));
  }

  /** The check above can fail: it finds the Maven plugin's words and the engine's own. */
  @Test
  void otherFrontEndsWordsAreFound() {
    assertThat(OTHER_FRONT_ENDS.matcher("run 'mvn process-classes'").find()).isTrue();
    assertThat(OTHER_FRONT_ENDS.matcher("(-Dvsplit.allowPartial=true)").find()).isTrue();
    assertThat(OTHER_FRONT_ENDS.matcher("{@code vsplit:split}").find()).isTrue();
    assertThat(OTHER_FRONT_ENDS.matcher("(Vsplit.scaffold)").find()).isTrue();
    assertThat(OTHER_FRONT_ENDS.matcher("(vsplit scaffold) --allow-partial=true").find()).isFalse();
    assertThat(Wording.NEUTRAL.word(Fix.operation("split")))
        .isNotEqualTo(CLI.word(Fix.operation("split")));
  }

  private static final String MONOLITH =
      """
      apiVersion: networking.istio.io/v1beta1
      kind: VirtualService
      metadata: {name: shop, namespace: default}
      spec:
        hosts: [shop.example.com]
        http:
        - match: [{uri: {URI}}]
          route: [{destination: {host: api}}]
        - route: [{destination: {host: web}}]
      """;

  private static List<String> texts(SplitResult result) {
    List<String> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      out.add(f.format());
    }
    return out;
  }

  private static void assertNoOtherFrontEnd(String text) {
    Matcher m = OTHER_FRONT_ENDS.matcher(text);
    assertThat(m.find() ? m.group() : null).as("another front end's words in:\n%s", text).isNull();
  }

  private static String kebab(String name) {
    return name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }
}
