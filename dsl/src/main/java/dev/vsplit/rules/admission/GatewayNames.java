package dev.vsplit.rules.admission;

import java.util.List;

/** Istio's {@code validateGatewayNames}: {@code namespace/name}, or a legacy FQDN-style name. */
final class GatewayNames {
  private GatewayNames() {}

  /**
   * Checks names in order. As in Istio, the first name without a {@code /} ends the check: the
   * names after it are not looked at.
   */
  static void validate(List<String> names, boolean gatewaySemantics, At path, Messages out) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      At at = path.index(i);
      int slash = name.indexOf('/');
      if (slash < 0) {
        if (name.contains(".")) {
          String[] parts = name.split("\\.", -1);
          String recommended = parts[1] + "/" + parts[0];
          out.warn(
              at,
              "using legacy gatewayName format "
                  + GoText.quote(name)
                  + "; prefer the <namespace>/<name> format: "
                  + GoText.quote(recommended));
        }
        String err = DnsNames.validateFqdn(name);
        if (err != null) {
          out.deny(at, err);
        }
        return;
      }
      String ns = name.substring(0, slash);
      String gw = name.substring(slash + 1);
      if (ns.isEmpty() || gw.isEmpty()) {
        out.deny(at, "config namespace and gateway name cannot be empty");
      }
      if (!DnsNames.isDns1123Label(ns)) {
        out.deny(at, "invalid value for namespace: " + GoText.quote(ns));
      }
      if (!DnsNames.isDns1123Label(gw) && !gatewaySemantics) {
        out.deny(at, "invalid value for gateway name: " + GoText.quote(gw));
      }
    }
  }
}
