package dev.vsplit.rules.admission;

import dev.vsplit.model.Destination;

/**
 * Istio's {@code validateDestination}, {@code validateSubsetName}, {@code validatePortSelector} and
 * {@code validateWeight}.
 */
final class DestinationValidation {
  private DestinationValidation() {}

  static void validate(Destination destination, At path, Messages out) {
    if (destination == null) {
      return;
    }
    String host = destination.host() == null ? "" : destination.host();
    if (host.equals("*")) {
      out.deny(path.key("host"), "invalid destination host " + host);
    } else {
      String err = DnsNames.validateWildcardDomain(host);
      if (err != null) {
        out.deny(path.key("host"), err);
      }
    }
    String subset = destination.subset();
    if (subset != null && !subset.isEmpty() && !DnsNames.isDns1123Label(subset)) {
      out.deny(path.key("subset"), "subset name is invalid: " + subset);
    }
    if (destination.port() != null) {
      Integer number = destination.port().number();
      String err = DnsNames.validatePort(number == null ? 0 : Integer.toUnsignedLong(number));
      if (err != null) {
        out.deny(path.key("port").key("number"), err);
      }
    }
  }

  /** {@code validateWeight}. */
  static String validateWeight(int weight) {
    return weight < 0 ? "weight " + weight + " < 0" : null;
  }
}
