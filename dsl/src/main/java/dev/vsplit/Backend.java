package dev.vsplit;

import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.PortSelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a route sends traffic: {@code destination(host)} with an optional subset, port and weight.
 * Immutable.
 *
 * <pre>{@code
 * destination("reviews.bookinfo.svc.cluster.local").subset("v2").port(9080).weight(10)
 * }</pre>
 */
public final class Backend {

  private final String host;
  private final String subset;
  private final Integer port;
  private final Integer weight;
  private final Map<String, String> setRequestHeaders;

  private Backend(
      String host,
      String subset,
      Integer port,
      Integer weight,
      Map<String, String> setRequestHeaders) {
    this.host = Objects.requireNonNull(host, "host");
    this.subset = subset;
    this.port = port;
    this.weight = weight;
    this.setRequestHeaders = Map.copyOf(setRequestHeaders);
  }

  /**
   * A destination service; write the fully qualified name ({@code
   * name.namespace.svc.cluster.local}).
   */
  public static Backend destination(String host) {
    return new Backend(host, null, null, null, Map.of());
  }

  /** A subset defined in the host's DestinationRule. */
  public Backend subset(String subset) {
    return new Backend(host, subset, port, weight, setRequestHeaders);
  }

  /** The service port. */
  public Backend port(int port) {
    return new Backend(host, subset, port, weight, setRequestHeaders);
  }

  /** The share of the route's traffic, when the route has several destinations. */
  public Backend weight(int weight) {
    return new Backend(host, subset, port, weight, setRequestHeaders);
  }

  /** Sets a request header on traffic sent to this destination only. */
  public Backend setRequestHeader(String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(setRequestHeaders);
    headers.put(name, value);
    return new Backend(host, subset, port, weight, headers);
  }

  public String host() {
    return host;
  }

  /** The destination as Istio's {@code Destination}. */
  public Destination toDestination() {
    return new Destination(host, subset, port == null ? null : PortSelector.of(port), Map.of());
  }

  /**
   * The destination with its weight and header operations, as Istio's {@code HTTPRouteDestination}.
   */
  public HTTPRouteDestination toRouteDestination() {
    Headers headers =
        setRequestHeaders.isEmpty()
            ? null
            : Headers.of(
                HeaderOperations.of(
                    new java.util.TreeMap<>(setRequestHeaders), Map.of(), List.of()),
                null);
    return new HTTPRouteDestination(toDestination(), weight, headers, Map.of());
  }

  @Override
  public String toString() {
    return host
        + (subset == null ? "" : " subset " + subset)
        + (port == null ? "" : ":" + port)
        + (weight == null ? "" : " weight " + weight);
  }
}
