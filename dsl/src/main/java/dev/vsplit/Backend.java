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
 * Immutable: every method returns a new backend, with its field set.
 *
 * <pre>{@code
 * destination("reviews.bookinfo.svc.cluster.local").subset("v2").port(9080).weight(10)
 * }</pre>
 *
 * writes one entry of a route's {@code route} list:
 *
 * <pre>{@code
 * - destination: {host: reviews.bookinfo.svc.cluster.local, subset: v2, port: {number: 9080}}
 *   weight: 10
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
   * A destination service.
   *
   * @param host the fully qualified name, {@code name.namespace.svc.cluster.local}
   * @return a new backend
   */
  public static Backend destination(String host) {
    return new Backend(host, null, null, null, Map.of());
  }

  /**
   * Sets the {@code subset}, one defined in the host's DestinationRule.
   *
   * @param subset the subset's name, e.g. {@code v2}
   * @return a new backend
   */
  public Backend subset(String subset) {
    return new Backend(host, subset, port, weight, setRequestHeaders);
  }

  /**
   * Sets the service {@code port}.
   *
   * @param port the port number
   * @return a new backend
   */
  public Backend port(int port) {
    return new Backend(host, subset, port, weight, setRequestHeaders);
  }

  /**
   * Sets the {@code weight}: the share of the route's traffic, when the route has several
   * destinations (their weights add up to 100).
   *
   * @param weight 0 to 100
   * @return a new backend
   */
  public Backend weight(int weight) {
    return new Backend(host, subset, port, weight, setRequestHeaders);
  }

  /**
   * Istio's {@code set} header operation, on requests sent to this destination only: {@code
   * headers: {request: {set: {name: value}}}}. Naming the same header again replaces its value.
   *
   * @param name the header's name
   * @param value its value
   * @return a new backend
   */
  public Backend setRequestHeader(String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(setRequestHeaders);
    headers.put(name, value);
    return new Backend(host, subset, port, weight, headers);
  }

  /**
   * The destination service.
   *
   * @return the host given to {@link #destination}
   */
  public String host() {
    return host;
  }

  /**
   * The destination as Istio's {@code Destination}, for a mirror.
   *
   * @return host, subset and port
   */
  public Destination toDestination() {
    return new Destination(host, subset, port == null ? null : PortSelector.of(port), Map.of());
  }

  /**
   * The destination with its weight and header operations, as Istio's {@code HTTPRouteDestination}.
   *
   * @return one entry of a route's {@code route} list
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
