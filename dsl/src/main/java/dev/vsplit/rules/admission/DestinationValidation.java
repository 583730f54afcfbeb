package dev.vsplit.rules.admission;

import dev.vsplit.base.FieldPath;
import dev.vsplit.model.Destination;

/**
 * Istio's {@code validateDestination}, {@code validateSubsetName}, {@code validatePortSelector} and
 * {@code validateWeight}.
 */
final class DestinationValidation {
  private DestinationValidation() {}

  static void validate(Destination destination, String path, Messages out) {
    if (destination == null) {
      return;
    }
    String host = destination.host() == null ? "" : destination.host();
    String hostPath = FieldPath.key(path, "host");
    if (host.equals("*")) {
      out.deny(hostPath, "invalid destination host " + host);
    } else {
      String err = DnsNames.validateWildcardDomain(host);
      if (err != null) {
        out.deny(hostPath, err);
      }
    }
    String subset = destination.subset();
    if (subset != null && !subset.isEmpty() && !DnsNames.isDns1123Label(subset)) {
      out.deny(FieldPath.key(path, "subset"), "subset name is invalid: " + subset);
    }
    if (destination.port() != null) {
      Integer number = destination.port().number();
      String err = DnsNames.validatePort(number == null ? 0 : Integer.toUnsignedLong(number));
      if (err != null) {
        out.deny(FieldPath.key(FieldPath.key(path, "port"), "number"), err);
      }
    }
  }

  /** {@code validateWeight}. */
  static String validateWeight(int weight) {
    return weight < 0 ? "weight " + weight + " < 0" : null;
  }
}
