package dev.vsplit.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.vsplit.model.IstioResource;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema problems name the field in vsplit's path form, so that findings point at its line. */
class CrdSchemasTest {

  private static LoadedResource read(String yaml) {
    ReadResult r = new ManifestReader().readString("s.yaml", yaml);
    assertThat(r.problems()).isEmpty();
    return r.resources().get(0);
  }

  private static List<String> problems(IstioResource resource) {
    return CrdSchemas.validate(resource).stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void validatorPathsAreFieldPathsNotJsonPointers() {
    // networknt 3 reports "/spec/http/0/route/0/destination/port/number"; findings said so, and
    // could not be located, so they pointed at the top of the resource.
    LoadedResource vs =
        read(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: a, namespace: b}
        spec:
          hosts: [a]
          http:
          - route:
            - destination:
                host: a
                port:
                  number: -1
          - redirect: {uri: /x, derivePort: SIDEWAYS}
        """);
    assertThat(problems(vs.resource()))
        .containsExactly(
            "spec.http[0].route[0].destination.port.number: must have a minimum value of 0",
            "spec.http[1].redirect.derivePort: does not have a value in the enumeration [\"FROM_PROTOCOL_DEFAULT\", \"FROM_REQUEST_PORT\"]");
    assertThat(vs.source().locate("spec.http[0].route[0].destination.port.number").line())
        .isEqualTo(11);
  }

  @Test
  void gatewaysAreValidatedToo() {
    LoadedResource gw =
        read(
            """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: a, namespace: b}
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: 443, name: https, protocol: HTTPS}
            hosts: ["*"]
            tls: {mode: SIMPLEX}
        """);
    assertThat(problems(gw.resource()))
        .singleElement()
        .asString()
        .startsWith("spec.servers[0].tls.mode: does not have a value in the enumeration");
  }

  @Test
  void mapKeysThatAreNumbersOrNeedQuotingAreKeysNotIndexes() {
    LoadedResource vs =
        read(
            """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: a, namespace: b}
        spec:
          hosts: [a]
          http:
          - match:
            - headers:
                "0": {exact: x}
                "a.b": {exact: y}
            route:
            - destination: {host: a}
              headers: {request: {set: {x: y}, typo: 1}}
        """);
    assertThat(problems(vs.resource()))
        .containsExactly(
            "spec.http[0].route[0].headers.request.typo: unknown field \"typo\": Istio's schema does not declare it,"
                + " so the Kubernetes API server drops it without a word");
    NodePath headers =
        new NodePath(PathType.JSON_POINTER)
            .append("spec")
            .append("http")
            .append(0)
            .append("match")
            .append(0)
            .append("headers");
    assertThat(CrdSchemas.path(headers.append("0"))).isEqualTo("spec.http[0].match[0].headers.0");
    assertThat(CrdSchemas.path(headers.append("a.b")))
        .isEqualTo("spec.http[0].match[0].headers[\"a.b\"]");
    assertThat(CrdSchemas.path(headers.append("x-user")))
        .isEqualTo("spec.http[0].match[0].headers.x-user");
    assertThat(CrdSchemas.path(new NodePath(PathType.JSON_POINTER))).isEmpty();
  }
}
