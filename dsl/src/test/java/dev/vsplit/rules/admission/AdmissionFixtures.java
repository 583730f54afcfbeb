package dev.vsplit.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Code;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.VirtualService;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** YAML in, admission messages out: the shared plumbing of the admission tests. */
final class AdmissionFixtures {
  private AdmissionFixtures() {}

  static IstioResource read(String yaml) {
    ReadResult result = new ManifestReader().readString("test.yaml", yaml);
    assertThat(result.problems()).as("YAML problems").isEmpty();
    assertThat(result.resources()).hasSize(1);
    return result.resources().get(0).resource();
  }

  static VirtualService vs(String yaml) {
    return (VirtualService) read(yaml);
  }

  static Gateway gateway(String yaml) {
    return (Gateway) read(yaml);
  }

  /** Admission messages for a VirtualService or Gateway written as YAML. */
  static List<AdmissionMessage> validate(String yaml) {
    IstioResource resource = read(yaml);
    return resource instanceof VirtualService v
        ? Admission.validate(v)
        : Admission.validate((Gateway) resource);
  }

  /**
   * A VirtualService in namespace {@code ns} with host {@code a.example.com} (mesh-bound) whose
   * {@code http} list is the given YAML, written from column 0.
   */
  static String withHttp(String http) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs
          namespace: ns
        spec:
          hosts: [a.example.com]
          http:
        """
        + indent(http, 2);
  }

  /** The same, but a delegate: no hosts. */
  static String delegateWithHttp(String http) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs
          namespace: ns
        spec:
          http:
        """
        + indent(http, 2);
  }

  /** A VirtualService with the given spec, written from column 0. */
  static String withSpec(String spec) {
    return """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: vs
          namespace: ns
        spec:
        """
        + indent(spec, 2);
  }

  /** A Gateway {@code gw} in namespace {@code ns} with the given spec, written from column 0. */
  static String gatewayWithSpec(String spec) {
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: gw
          namespace: ns
        spec:
        """
        + indent(spec, 2);
  }

  static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    return Arrays.stream(text.split("\n", -1))
        .map(line -> line.isEmpty() ? line : pad + line)
        .collect(Collectors.joining("\n"));
  }

  static AdmissionMessage denied(String code, String path, String text) {
    return new AdmissionMessage(Code.of(code), true, path, text);
  }

  /** A denial under the general code VS002. */
  static AdmissionMessage denied(String path, String text) {
    return new AdmissionMessage(Code.VS002, true, path, text);
  }

  static AdmissionMessage warning(String path, String text) {
    return new AdmissionMessage(Code.VS003, false, path, text);
  }

  /** One row of a table-driven test: a YAML input and exactly the messages it must draw. */
  record Case(String name, String yaml, List<AdmissionMessage> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case rejects(String name, String yaml, AdmissionMessage... expected) {
    return new Case(name, yaml, List.of(expected));
  }

  static Case admits(String name, String yaml) {
    return new Case(name, yaml, List.of());
  }
}
