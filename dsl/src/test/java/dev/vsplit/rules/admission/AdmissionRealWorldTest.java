package dev.vsplit.rules.admission;

import static dev.vsplit.rules.admission.AdmissionFixtures.denied;
import static dev.vsplit.rules.admission.AdmissionFixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.VirtualService;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Publicly published manifests (copied from {@code shared/conformance/real-world}, see the README
 * there): the webhook admits every VirtualService and Gateway of the sets INDEX.md calls VALID, and
 * of the BROKEN sets it refuses only what INDEX.md says it refuses.
 */
class AdmissionRealWorldTest {

  private static final Path ROOT = Path.of("src/test/resources/real-world");

  /**
   * One file of a VALID set that Istio does refuse. INDEX.md only notes that its tls routes never
   * match on the gateway; but their SNI hosts are not among the VirtualService's hosts, and
   * validateSniHost refuses that. Users of the Argo Rollouts guide report exactly these errors from
   * kubectl apply; the lead has been told.
   */
  private static final String ARGO_TLS =
      "argo-rollouts-getting-started-istio/multipleVirtualsvc.yaml";

  /** The sets of INDEX.md, in its order, with their expected outcome (VALID or BROKEN). */
  static Map<String, String> index() throws IOException {
    Map<String, String> sets = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("(?m)^\\| \\[([^\\]]+)\\]\\([^)]*\\) \\| (VALID|BROKEN) \\|")
            .matcher(Files.readString(ROOT.resolve("INDEX.md")));
    while (m.find()) {
      sets.put(m.group(1), m.group(2));
    }
    return sets;
  }

  static Stream<String> validSets() throws IOException {
    return index().entrySet().stream()
        .filter(e -> e.getValue().equals("VALID"))
        .map(Map.Entry::getKey);
  }

  static Stream<String> brokenSetsAdmittedByTheWebhook() throws IOException {
    return index().entrySet().stream()
        .filter(e -> e.getValue().equals("BROKEN"))
        .map(Map.Entry::getKey)
        .filter(set -> !set.equals("istio-issue-30774-root-route-without-action"));
  }

  private static List<LoadedResource> read(String set) {
    ReadResult result = new ManifestReader().read(List.of(ROOT.resolve(set)));
    assertThat(result.problems()).as("YAML problems in %s", set).isEmpty();
    assertThat(result.resources()).as("resources in %s", set).isNotEmpty();
    return result.resources();
  }

  private static List<AdmissionMessage> validate(IstioResource resource) {
    return resource instanceof VirtualService vs
        ? Admission.validate(vs)
        : Admission.validate((Gateway) resource);
  }

  private static String file(LoadedResource r) {
    return ROOT.relativize(Path.of(r.location().file())).toString().replace('\\', '/');
  }

  @Test
  void indexListsAllSets() throws IOException {
    assertThat(index()).hasSize(35);
    try (Stream<Path> dirs = Files.list(ROOT)) {
      assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(index().keySet());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSets")
  void validSetsAreAdmitted(String set) {
    for (LoadedResource r : read(set)) {
      if (file(r).equals(ARGO_TLS)) {
        continue; // see argoRolloutsTlsRoutesAreRefused
      }
      assertThat(validate(r.resource()))
          .as("%s %s/%s", file(r), r.resource().kind(), r.resource().name())
          .noneMatch(AdmissionMessage::denied);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSetsAdmittedByTheWebhook")
  void brokenSetsThatFailSilentlyAreAdmitted(String set) {
    for (LoadedResource r : read(set)) {
      assertThat(validate(r.resource()))
          .as("%s %s/%s", file(r), r.resource().kind(), r.resource().name())
          .noneMatch(AdmissionMessage::denied);
    }
  }

  @Test
  void rootRouteWithoutActionIsRefused() {
    List<LoadedResource> resources = read("istio-issue-30774-root-route-without-action");
    assertThat(resources).hasSize(1);
    String rule1 = "virtualService rule #1 not used (route without matches defined before)";
    assertThat(validate(resources.get(0).resource()))
        .containsExactly(
            denied("spec.http[0]", "HTTP route, redirect or direct_response is required"),
            // http[1] comes after a rule without matches: one warning per match (it has five)
            warning("spec.http[1]", rule1),
            warning("spec.http[1]", rule1),
            warning("spec.http[1]", rule1),
            warning("spec.http[1]", rule1),
            warning("spec.http[1]", rule1));
  }

  @Test
  void argoRolloutsTlsRoutesAreRefused() {
    List<LoadedResource> refused =
        read("argo-rollouts-getting-started-istio").stream()
            .filter(r -> file(r).equals(ARGO_TLS))
            .toList();
    assertThat(refused).hasSize(2);
    for (LoadedResource r : refused) {
      String hosts = "[" + ((VirtualService) r.resource()).spec().hosts().get(0) + "]";
      assertThat(validate(r.resource()))
          .containsExactly(
              denied(
                  "spec.tls[0].match[0].sniHosts[0]",
                  "SNI host \"reviews.bookinfo.com\" is not a compatible subset of any of the virtual service hosts: "
                      + hosts),
              denied(
                  "spec.tls[0].match[0].sniHosts[1]",
                  "SNI host \"localhost\" is not a compatible subset of any of the virtual service hosts: "
                      + hosts));
    }
  }

  @Test
  void expectedWarningsOfValidSets() {
    assertThat(
            validate(
                read("istio-io-task-mirroring").stream()
                    .filter(r -> r.resource() instanceof VirtualService)
                    .findFirst()
                    .orElseThrow()
                    .resource()))
        .containsExactly(
            warning(
                "spec.http[0].mirrorPercent",
                "using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead"));
    assertThat(validate(read("istio-samples-bookinfo-details-fault-abort").get(0).resource()))
        .containsExactly(
            warning(
                "spec.http[1]",
                "virtualService rule #1 not used (only the last rule can have no matches)"));
  }
}
