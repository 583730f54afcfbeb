package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputLayoutTest {

  static VirtualService vs(String namespace, String name) {
    return new VirtualService(ObjectMeta.of(name, namespace), VirtualServiceSpec.EMPTY);
  }

  @Test
  void namespaceThenLowerCaseKindAndName() {
    assertThat(OutputLayout.pathOf(vs("ns1", "vs-1"))).isEqualTo("ns1/virtualservice-vs-1.yaml");
    assertThat(
            OutputLayout.pathOf(
                new Gateway(ObjectMeta.of("bookinfo-gateway", "default"), GatewaySpec.EMPTY)))
        .isEqualTo("default/gateway-bookinfo-gateway.yaml");
    assertThat(OutputLayout.pathOf(vs("a", "reviews.v2")))
        .isEqualTo("a/virtualservice-reviews.v2.yaml");
  }

  @ParameterizedTest(name = "name \"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "../x  | contains '/', which would put the file in another folder",
        "a/b   | contains '/', which would put the file in another folder",
        "a\\b  | contains '\\', which would put the file in another folder",
        "/abs  | contains '/', which would put the file in another folder",
        "UPPER | contains upper case letters",
        "''    | is empty",
        ".     | is \".\", which names a folder, not a file",
        "..    | is \"..\", which names a folder, not a file",
        "-a    | starts with '-'",
        "a.    | ends with '.'",
        "a..b  | has an empty part between two dots",
        "a_b   | contains '_'",
      })
  void refusesNamesThatAreNotDns1123Subdomains(String name, String problem) {
    InvalidNameException e =
        catchThrowableOfType(
            InvalidNameException.class, () -> OutputLayout.pathOf(vs("ns1", name)));
    assertThat(e.value()).isEqualTo(name);
    assertThat(e.field()).isEqualTo("metadata.name");
    assertThat(e.resource()).isEqualTo(new ResourceRef("VirtualService", "ns1", name));
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.rule()).isEqualTo(OutputLayout.NAME_RULE);
  }

  @Test
  void refuses254CharacterNames() {
    String name = "a".repeat(254);
    InvalidNameException e =
        catchThrowableOfType(
            InvalidNameException.class, () -> OutputLayout.pathOf(vs("ns1", name)));
    assertThat(e.problem()).isEqualTo("is 254 characters long, more than 253");
  }

  @Test
  void refusesValidNamesWhoseFileNameNoFileSystemTakes() {
    String name = "a".repeat(250);
    assertThat(OutputLayout.pathOf(vs("ns1", "a".repeat(235)))).endsWith(".yaml");
    InvalidNameException e =
        catchThrowableOfType(
            InvalidNameException.class, () -> OutputLayout.pathOf(vs("ns1", name)));
    assertThat(e.problem())
        .isEqualTo(
            "is 250 characters long, so the file name virtualservice-<name>.yaml would be 270"
                + " characters, more than the 255 most file systems allow");
    assertThat(e.rule())
        .isEqualTo("at most 235 characters here, so that its file name fits in 255");
  }

  @Test
  void refusesNamespacesThatAreNotDns1123Labels() {
    for (String namespace : new String[] {"a".repeat(64), "a.b", "../etc", "", "NS"}) {
      InvalidNameException e =
          catchThrowableOfType(
              InvalidNameException.class, () -> OutputLayout.pathOf(vs(namespace, "vs")));
      assertThat(e.field()).as(namespace).isEqualTo("metadata.namespace");
      assertThat(e.value()).isEqualTo(namespace);
      assertThat(e.rule()).isEqualTo(OutputLayout.NAMESPACE_RULE);
    }
    assertThat(OutputLayout.pathOf(vs("a".repeat(63), "vs"))).startsWith("a".repeat(63) + "/");
    IstioResource noNamespace = vs(null, "vs");
    assertThat(
            catchThrowableOfType(InvalidNameException.class, () -> OutputLayout.pathOf(noNamespace))
                .problem())
        .isEqualTo("is not set");
  }

  @Test
  void messageSaysWhatIsWrongTheRuleAndWhereToFixIt() {
    InvalidNameException e =
        catchThrowableOfType(
            InvalidNameException.class, () -> OutputLayout.pathOf(vs("ns1", "Reviews_V2")));
    assertThat(e)
        .hasMessage(
            "VirtualService \"Reviews_V2\" in namespace \"ns1\": metadata.name \"Reviews_V2\" contains"
                + " upper case letters. A Kubernetes resource name must be a DNS-1123 subdomain: at most 253 characters of lower"
                + " case letters, digits, '-' and '.', starting and ending with a letter or digit. Fix the name in the spec that"
                + " declares this VirtualService, e.g. \"reviews-v2\".");

    InvalidNameException ns =
        catchThrowableOfType(
            InvalidNameException.class, () -> OutputLayout.pathOf(vs("team.a", "vs")));
    assertThat(ns)
        .hasMessage(
            "VirtualService \"vs\" in namespace \"team.a\": metadata.namespace \"team.a\" contains '.'."
                + " A Kubernetes namespace must be a DNS-1123 label: at most 63 characters of lower case letters, digits and '-',"
                + " starting and ending with a letter or digit. Fix the namespace in the spec that declares this VirtualService,"
                + " e.g. \"team-a\".");
  }
}
