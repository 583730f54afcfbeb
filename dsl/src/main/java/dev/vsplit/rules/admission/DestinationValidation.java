package dev.vsplit.rules.admission;

import dev.vsplit.model.Destination;

/**
 * Istio's {@code validateDestination}, {@code validateSubsetName}, {@code validatePortSelector} and
 * {@code validateWeight}.
 */
final class DestinationValidation {
  private DestinationValidation() {}

  /**
   * Checks the destination at the field {@code key} of {@code parent}, whose path is made only for
   * a problem: a mesh has a destination in each of its quarter of a million routes, nearly all
   * fine.
   */
  static void validate(Destination destination, At parent, String key, Messages out) {
    if (destination == null) {
      return;
    }
    String host = destination.host() == null ? "" : destination.host();
    if (host.equals("*")) {
      out.deny(parent.key(key).key("host"), "invalid destination host " + host);
    } else {
      String err = DnsNames.validateWildcardDomain(host);
      if (err != null) {
        out.deny(parent.key(key).key("host"), err);
      }
    }
    String subset = destination.subset();
    if (subset != null && !subset.isEmpty() && !DnsNames.isDns1123Label(subset)) {
      out.deny(parent.key(key).key("subset"), "subset name is invalid: " + subset);
    }
    if (destination.port() != null) {
      Integer number = destination.port().number();
      String err = DnsNames.validatePort(number == null ? 0 : Integer.toUnsignedLong(number));
      if (err != null) {
        out.deny(parent.key(key).key("port").key("number"), err);
      }
    }
  }

  /** {@code validateWeight}. */
  static String validateWeight(int weight) {
    return weight < 0 ? "weight " + weight + " < 0" : null;
  }
}
