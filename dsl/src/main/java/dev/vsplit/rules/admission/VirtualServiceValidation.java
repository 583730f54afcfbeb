package dev.vsplit.rules.admission;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Istio's {@code ValidateVirtualService}, step by step in its order. */
final class VirtualServiceValidation {
  private VirtualServiceValidation() {}

  static final String MESH = "mesh";
  private static final String ROUTE_SEMANTICS = "internal.istio.io/route-semantics";

  static void validate(VirtualService vs, Messages out) {
    if (MetadataValidation.refused(vs, out)) {
      return;
    }
    VirtualServiceSpec spec = vs.spec();
    if (spec.hosts().isEmpty()) {
      // a delegate: what it may not have
      if (!spec.gateways().isEmpty()) {
        out.deny(
            Messages.DELEGATE_TOP_LEVEL,
            "spec.gateways",
            "delegate virtual service must have no gateways specified");
      }
      if (!spec.tls().isEmpty()) {
        out.deny(
            Messages.DELEGATE_TOP_LEVEL,
            "spec.tls",
            "delegate virtual service must have no tls route specified");
      }
      if (!spec.tcp().isEmpty()) {
        out.deny(
            Messages.DELEGATE_TOP_LEVEL,
            "spec.tcp",
            "delegate virtual service must have no tcp route specified");
      }
    }
    boolean gatewaySemantics = "gateway".equals(vs.metadata().annotations().get(ROUTE_SEMANTICS));

    boolean appliesToMesh;
    boolean appliesToGateway = false;
    if (spec.gateways().isEmpty()) {
      appliesToMesh = true;
    } else {
      GatewayNames.validate(spec.gateways(), gatewaySemantics, At.of("spec.gateways"), out);
      appliesToGateway = isGateway(vs);
      appliesToMesh = !appliesToGateway;
    }

    // JWT claims (not on a gateway) are reported here, before the hosts, as Istio does; they are
    // looked for in the routes' own pass below and put in here then: one walk over a mesh's quarter
    // of a million routes, where a walk of its own, in no route's cache, was a twentieth of the
    // check
    int jwtClaimsAt = out.size();
    Messages claims = appliesToGateway ? null : new Messages();

    boolean allHostsValid = true;
    for (int i = 0; i < spec.hosts().size(); i++) {
      String host = spec.hosts().get(i);
      At at = At.of("spec.hosts").index(i);
      String err =
          appliesToGateway
              ? DnsNames.validateWildcardDomainForGateway(isSniHost(spec), host)
              : DnsNames.validateWildcardDomain(host);
      if (err != null) {
        if (!DnsNames.isValidIpAddress(host)) {
          out.deny(at, err);
          allHostsValid = false;
        }
      } else if (appliesToMesh && host.equals("*")) {
        out.deny(
            at, "wildcard host * is not allowed for virtual services bound to the mesh gateway");
        allHostsValid = false;
      }
    }
    if (allHostsValid) {
      // duplicates, wildcards included: *.foo.com and *.com overlap
      for (int i = 0; i < spec.hosts().size(); i++) {
        for (int j = i + 1; j < spec.hosts().size(); j++) {
          if (DnsNames.hostMatches(spec.hosts().get(i), spec.hosts().get(j))) {
            out.deny(
                At.of("spec.hosts").index(j),
                "duplicate hosts in virtual service: "
                    + spec.hosts().get(i)
                    + " & "
                    + spec.hosts().get(j));
          }
        }
      }
    }

    if (spec.http().isEmpty() && spec.tcp().isEmpty() && spec.tls().isEmpty()) {
      out.deny("spec", "http, tcp or tls must be provided in virtual service");
    }
    At http = At.of("spec.http");
    for (int i = 0; i < spec.http().size(); i++) {
      HTTPRoute route = spec.http().get(i);
      if (claims != null) {
        jwtClaims(spec, route, i, claims);
      }
      HttpRouteValidation.validate(
          route, spec.hosts().isEmpty(), gatewaySemantics, http.index(i), out);
    }
    if (claims != null) {
      out.insert(jwtClaimsAt, claims);
    }
    for (int i = 0; i < spec.tls().size(); i++) {
      L4RouteValidation.validateTls(spec.tls().get(i), vs, At.of("spec.tls").index(i), out);
    }
    for (int i = 0; i < spec.tcp().size(); i++) {
      L4RouteValidation.validateTcp(spec.tcp().get(i), At.of("spec.tcp").index(i), out);
    }

    exportTo(vs.namespace() == null ? "" : vs.namespace(), spec.exportTo(), out);

    UnreachableRules.analyzeHttp(spec.http(), At.of("spec.http"), out);
    UnreachableRules.analyzeL4(spec.tcp(), At.of("spec.tcp"), out);
    UnreachableRules.analyzeL4(spec.tls(), At.of("spec.tls"), out);
  }

  /**
   * {@code isGateway}: true unless {@code mesh} is among the gateways (and true when there are
   * none).
   */
  static boolean isGateway(VirtualService vs) {
    return !vs.spec().gateways().contains(MESH);
  }

  /** {@code isSniHost}: some tls route matches on SNI hosts. */
  private static boolean isSniHost(VirtualServiceSpec spec) {
    for (Object route : spec.tls()) {
      if (route instanceof Map<?, ?> r && r.get("match") instanceof List<?> matches) {
        for (Object match : matches) {
          if (match instanceof Map<?, ?> m
              && m.get("sniHosts") instanceof List<?> sni
              && !sni.isEmpty()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * JWT claims are matched only on gateways: a VirtualService that applies to sidecars may not use
   * them.
   */
  private static void jwtClaims(VirtualServiceSpec spec, HTTPRoute http, int i, Messages out) {
    for (int j = 0; j < http.match().size(); j++) {
      HTTPMatchRequest m = http.match().get(j);
      if (!hasJwtClaim(m.headers()) && !hasJwtClaim(m.withoutHeaders())) {
        continue; // nothing to report: spare the paths and the text
      }
      String gateways = GoText.list(spec.gateways());
      At matchPath = At.of("spec.http").index(i).key("match").index(j);
      jwtClaims(m.headers(), matchPath.key("headers"), gateways, out);
      jwtClaims(m.withoutHeaders(), matchPath.key("withoutHeaders"), gateways, out);
    }
  }

  private static boolean hasJwtClaim(Map<String, StringMatch> headers) {
    if (headers.isEmpty()) {
      return false; // most matches: spare the iterator
    }
    for (String key : headers.keySet()) {
      if (HeaderValidation.isJwtClaim(key)) {
        return true;
      }
    }
    return false;
  }

  private static void jwtClaims(
      Map<String, StringMatch> headers, At path, String gateways, Messages out) {
    for (String key : headers.keySet()) {
      if (HeaderValidation.isJwtClaim(key)) {
        out.deny(
            Messages.JWT_CLAIM_WITHOUT_GATEWAY,
            path.key(key),
            "JWT claim based routing (key: "
                + key
                + ") is only supported for gateway, found no gateways: "
                + gateways);
      }
    }
  }

  /**
   * {@code validateExportTo} for a VirtualService (not a ServiceEntry, so {@code ~} is refused).
   */
  private static void exportTo(String namespace, List<String> exportTo, Messages out) {
    if (exportTo.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < exportTo.size(); i++) {
      String e = exportTo.get(i);
      At at = At.of("spec.exportTo").index(i);
      String key = e.equals(".") ? namespace : e;
      if (seen.contains(key)) {
        if (!key.equals(e)) {
          out.deny(
              Messages.EXPORT_TO,
              at,
              "duplicate entries in exportTo: . and current namespace " + namespace);
        } else {
          out.deny(Messages.EXPORT_TO, at, "duplicate entries in exportTo for entry " + e);
        }
        continue;
      }
      String err = visibilityError(key);
      if (err != null) {
        out.deny(Messages.EXPORT_TO, at, err);
      } else {
        seen.add(key);
      }
    }
    if (seen.contains("*") && exportTo.size() > 1) {
      out.deny(
          Messages.EXPORT_TO,
          "spec.exportTo",
          "cannot have both public (*) and non-public exportTo values for a resource");
    }
  }

  /** {@code visibility.Instance.Validate}. */
  private static String visibilityError(String v) {
    return switch (v) {
      case ".", "*" -> null;
      case "~" -> "exportTo ~ (none) is not allowed for Istio configuration objects";
      default ->
          DnsNames.isDns1123Label(v)
              ? null
              : "only .,*,~, or a valid DNS 1123 label is allowed as exportTo entry";
    };
  }
}
