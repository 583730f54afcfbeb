package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import dev.vsplit.yaml.KeyedBy;
import dev.vsplit.yaml.OneOrMore;
import dev.vsplit.yaml.YamlKey;
import java.util.List;
import java.util.Map;

/**
 * An ownership map as its YAML file is written ({@link OwnershipMap} shows one): the shape that
 * {@link OwnershipReader} binds through the reader and binder manifests go through. A component
 * left out of the file is {@code null}; each {@code at} is where its map was written.
 *
 * @param teams a map from team name to {@code {namespace, owners}}, or a list of {@code {name,
 *     namespace, owners}}
 */
record OwnershipFile(
    @YamlKey("package") String javaPackage,
    Mesh mesh,
    @KeyedBy("name") List<Team> teams,
    List<Delegation> delegations,
    Location at) {

  /** {@code mesh:}, the primary's spec. */
  record Mesh(@YamlKey("class") String className, @OneOrMore List<String> owners) {}

  /** A team; {@code owners} may be one string. */
  record Team(String name, String namespace, @OneOrMore List<String> owners, Location at) {}

  /**
   * A path handed to a team's secondary: one of {@code prefix}, {@code exact} and {@code
   * pathPrefix}, the other conditions of the delegation's match as Istio writes them in a match
   * ({@code method: {exact: GET}}, {@code headers: {x-canary: {exact: "true"}}}), and the owner.
   */
  record Delegation(
      String prefix,
      String exact,
      String pathPrefix,
      Boolean ignoreUriCase,
      StringMatch method,
      StringMatch scheme,
      StringMatch authority,
      Map<String, StringMatch> headers,
      Map<String, StringMatch> withoutHeaders,
      Map<String, StringMatch> queryParams,
      Integer port,
      String sourceNamespace,
      Map<String, String> sourceLabels,
      List<String> gateways,
      String team,
      String secondary,
      String namespace,
      String primary,
      @YamlKey("class") String className,
      Location at) {

    /** The conditions besides the path, as a match without uri. */
    HTTPMatchRequest conditions() {
      return new HTTPMatchRequest(
          null,
          null,
          scheme,
          method,
          authority,
          headers,
          port,
          sourceLabels,
          gateways,
          queryParams,
          ignoreUriCase,
          withoutHeaders,
          sourceNamespace,
          null,
          Map.of());
    }
  }
}
