package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KustomizationTest {

  @Test
  void listsResourcesSortedOnce() {
    assertThat(
            Kustomization.render(
                List.of(
                    "ns1/virtualservice-vs-1.yaml",
                    "default/gateway-bookinfo-gateway.yaml",
                    "default/virtualservice-bookinfo.yaml",
                    "ns1/virtualservice-vs-1.yaml")))
        .isEqualTo(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - default/gateway-bookinfo-gateway.yaml
            - default/virtualservice-bookinfo.yaml
            - ns1/virtualservice-vs-1.yaml
            """);
  }

  @Test
  void quotesWhatAYaml11ReaderWouldMisread() {
    assertThat(Kustomization.render(List.of("on/gateway-yes.yaml", "on"))).contains("- \"on\"\n");
  }

  @Test
  void refusesPathsOutsideTheFolder() {
    assertThatThrownBy(() -> Kustomization.render(List.of("../other/x.yaml")))
        .hasMessage(
            "kustomization resource \"../other/x.yaml\" contains '..', which leads out of the output folder");
  }
}
