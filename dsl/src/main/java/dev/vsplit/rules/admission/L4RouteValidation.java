package dev.vsplit.rules.admission;

import dev.vsplit.model.Destination;
import dev.vsplit.model.PortSelector;
import dev.vsplit.model.VirtualService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tls} and {@code tcp} routes of a VirtualService, which vsplit keeps as plain YAML, as
 * Istio's {@code validateTLSRoute} and {@code validateTCPRoute} check them.
 */
final class L4RouteValidation {
  private L4RouteValidation() {}

  static void validateTls(Object raw, VirtualService vs, At path, Messages out) {
    if (!(raw instanceof Map<?, ?> route)) {
      return;
    }
    List<?> matches = list(route.get("match"));
    if (matches.isEmpty()) {
      out.deny(path, "TLS route must have at least one match condition");
    }
    for (int j = 0; j < matches.size(); j++) {
      At m = path.key("match").index(j);
      if (!(matches.get(j) instanceof Map<?, ?> match)) {
        out.deny(m, "TLS match may not be null");
        continue;
      }
      List<?> sniHosts = list(match.get("sniHosts"));
      if (sniHosts.isEmpty()) {
        out.deny(m, "TLS match must have at least one SNI host");
      } else {
        for (int k = 0; k < sniHosts.size(); k++) {
          sniHost(string(sniHosts.get(k)), vs, m.key("sniHosts").index(k), out);
        }
      }
      commonMatch(match, m, out, out);
    }
    if (list(route.get("route")).isEmpty()) {
      out.deny(path, "TLS route is required");
    }
    destinations(list(route.get("route")), path.key("route"), out);
  }

  static void validateTcp(Object raw, At path, Messages out) {
    if (!(raw instanceof Map<?, ?> route)) {
      return;
    }
    List<?> matches = list(route.get("match"));
    for (int j = 0; j < matches.size(); j++) {
      At m = path.key("match").index(j);
      if (!(matches.get(j) instanceof Map<?, ?> match)) {
        out.deny(m, "tcp match may not be nil");
        continue;
      }
      // Istio collects a tcp match's problems with appendErrors, which drops warnings.
      commonMatch(match, m, out, out.errorsOnly());
    }
    if (list(route.get("route")).isEmpty()) {
      out.deny(path, "TCP route is required");
    }
    destinations(list(route.get("route")), path.key("route"), out);
  }

  private static void commonMatch(Map<?, ?> match, At m, Messages out, Messages gatewayOut) {
    List<?> subnets = list(match.get("destinationSubnets"));
    for (int k = 0; k < subnets.size(); k++) {
      String err = DnsNames.validateIpSubnet(string(subnets.get(k)));
      if (err != null) {
        out.deny(m.key("destinationSubnets").index(k), err);
      }
    }
    long port = number(match.get("port"));
    if (port != 0) {
      String err = DnsNames.validatePort(port);
      if (err != null) {
        out.deny(m.key("port"), err);
      }
    }
    for (String err : DnsNames.validateLabels(stringMap(match.get("sourceLabels")))) {
      out.deny(m.key("sourceLabels"), err);
    }
    List<String> gateways =
        list(match.get("gateways")).stream().map(L4RouteValidation::string).toList();
    GatewayNames.validate(gateways, false, m.key("gateways"), gatewayOut);
  }

  /** {@code validateSniHost}. */
  private static void sniHost(String sni, VirtualService vs, At path, Messages out) {
    String err =
        VirtualServiceValidation.isGateway(vs)
            ? DnsNames.validateWildcardDomainForGateway(true, sni)
            : DnsNames.validateWildcardDomain(sni);
    if (err != null) {
      if (DnsNames.isValidIpAddress(sni)) {
        out.warn(
            path,
            "using an IP address ("
                + GoText.quote(sni)
                + ") goes against SNI spec and most clients do not support this");
        return;
      }
      out.deny(path, err);
      return;
    }
    for (String host : vs.spec().hosts()) {
      if (DnsNames.hostSubsetOf(sni, host)) {
        return;
      }
    }
    out.deny(
        path,
        "SNI host "
            + GoText.quote(sni)
            + " is not a compatible subset of any of the virtual service hosts: ["
            + String.join(", ", vs.spec().hosts())
            + "]");
  }

  /** {@code validateRouteDestinations}. */
  private static void destinations(List<?> route, At path, Messages out) {
    int total = 0;
    for (int k = 0; k < route.size(); k++) {
      At at = path.index(k);
      if (!(route.get(k) instanceof Map<?, ?> weight)) {
        out.deny(at, "weight may not be nil");
        continue;
      }
      Object destination = weight.get("destination");
      if (!(destination instanceof Map<?, ?> d)) {
        out.deny(at, "destination is required");
      } else {
        DestinationValidation.validate(destination(d), at, "destination", out);
      }
      int w = (int) number(weight.get("weight"));
      String err = DestinationValidation.validateWeight(w);
      if (err != null) {
        out.deny(at.key("weight"), err);
      }
      total += w;
    }
    if (route.size() > 1 && total == 0) {
      out.deny(path, "total destination weight = 0");
    }
  }

  private static Destination destination(Map<?, ?> raw) {
    PortSelector port = null;
    if (raw.get("port") instanceof Map<?, ?> p) {
      port = new PortSelector((int) number(p.get("number")), Map.of());
    }
    Object subset = raw.get("subset");
    return new Destination(
        string(raw.get("host")), subset == null ? null : string(subset), port, Map.of());
  }

  // ---------------------------------------------------------------------------------------------
  // plain YAML values

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static String string(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  private static Map<String, String> stringMap(Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    return out;
  }
}
