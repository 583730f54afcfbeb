package dev.vsplit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Analysis;
import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.api.Vsplit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published manifests nobody here wrote: no false errors on the sets Istio handles correctly, and
 * every silent breakage caught, at the resource and code that explain it.
 */
class RealWorldTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| \\[([^]]+)]\\([^)]*\\) \\| (VALID|BROKEN) \\|", Pattern.MULTILINE);

  /**
   * What each BROKEN set must report: code and resource of the finding that explains the breakage.
   */
  private static final Map<String, List<String>> BREAKAGES =
      Map.of(
          "istio-issue-30774-root-route-without-action",
              List.of("VS002 default/sample-virtual-service"),
          "istio-issue-49394-delegate-prefix-conflict", List.of("VS102 default/delegate-1"),
          "istio-issue-52379-delegate-target-has-hosts",
              List.of("VS104 istio-system/delegate-virtualservice"),
          "riskified-dynamic-environment-delegate",
              List.of(
                  "VS102 delegate-virtual-service/test-app-vs-delegated",
                  "VS105 delegate-virtual-service-2/test-app-vs"));

  /**
   * Sets INDEX.md calls VALID that Istio's admission webhook nevertheless refuses. The argo
   * rollouts tls routes name SNI hosts that are not among the VirtualService's hosts; Istio's
   * validateSniHost refuses that ("SNI host ... is not a compatible subset of any of the virtual
   * service hosts"), and a published kubectl apply of this exact file shows both errors. The set's
   * other manifests are clean. vsplit follows Istio, not the index.
   */
  private static final Map<String, List<String>> REFUSED_DESPITE_INDEX =
      Map.of(
          "argo-rollouts-getting-started-istio",
          List.of("VS002 default/rollouts-demo-vsvc1", "VS002 default/rollouts-demo-vsvc2"));

  static Path root() throws URISyntaxException {
    return Path.of(RealWorldTest.class.getResource("/real-world").toURI());
  }

  static Stream<Arguments> sets() throws IOException, URISyntaxException {
    String index = Files.readString(root().resolve("INDEX.md"));
    Matcher m = ROW.matcher(index);
    Stream.Builder<Arguments> out = Stream.builder();
    while (m.find()) {
      out.add(Arguments.of(m.group(1), m.group(2)));
    }
    return out.build();
  }

  @Test
  void indexListsEverySet() throws Exception {
    assertThat(sets().count()).isEqualTo(35);
    assertThat(
            sets().filter(a -> a.get()[1].equals("BROKEN")).map(a -> (String) a.get()[0]).toList())
        .containsExactlyInAnyOrderElementsOf(BREAKAGES.keySet());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("sets")
  void noFalseErrorsAndEveryBreakageCaught(String set, String expected) throws Exception {
    Analysis analysis = Vsplit.analyze(AnalyzeRequest.of(root().resolve(set)));
    List<String> errors =
        analysis.report().errors().stream().map(f -> f.code() + " " + f.resource()).toList();
    if (REFUSED_DESPITE_INDEX.containsKey(set)) {
      assertThat(errors)
          .as(set)
          .containsExactlyInAnyOrderElementsOf(
              REFUSED_DESPITE_INDEX.get(set).stream()
                  .flatMap(e -> java.util.stream.Stream.of(e, e))
                  .toList());
      assertThat(analysis.report().errors())
          .allMatch(
              f ->
                  f.message()
                      .contains("is not a compatible subset of any of the virtual service hosts"));
    } else if (expected.equals("VALID")) {
      assertThat(analysis.report().errors()).as(set).isEmpty();
      assertThat(analysis.input().resources()).as(set + " read something").isNotEmpty();
    } else {
      assertThat(errors).as(set).containsAll(BREAKAGES.get(set));
    }
  }
}
