package dev.vsplit.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the proxy sees it, for {@link Simulator}: what a route's match is tested
 * against.
 *
 * <pre>{@code
 * Request r = Request.get("/login?next=/home").host("bookinfo.example.com").header("x-canary", "true");
 * Request s = Request.parse("POST /api/orders");
 * }</pre>
 *
 * @param method the {@code :method} header, {@code GET} by default
 * @param path the {@code :path} header: the path with its query string, as sent (vsplit does not
 *     normalize it; Envoy may, see {@code pathNormalization})
 * @param host the host the request is for (the {@code :authority} header), with or without a port;
 *     {@code null} when not given
 * @param scheme the {@code :scheme} header, {@code http} by default
 * @param port the port the request arrives on (a gateway's server port, a service's port); {@code
 *     null}: 443 for {@code https}, 80 otherwise
 * @param gateway the gateway it arrives through: {@code mesh} for a sidecar, {@code ns/name}, or a
 *     bare {@code name} (any namespace); {@code null}: the chosen VirtualService's first gateway
 * @param headers request headers; names are lower-cased, one value each
 * @param sourceNamespace the namespace of the workload whose proxy routes the request (for a
 *     gateway, the gateway's own namespace); {@code null} when unknown
 * @param sourceLabels the labels of that workload
 */
public record Request(
    String method,
    String path,
    String host,
    String scheme,
    Integer port,
    String gateway,
    Map<String, String> headers,
    String sourceNamespace,
    Map<String, String> sourceLabels) {

  public Request {
    method = method == null || method.isEmpty() ? "GET" : method;
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "request path \"" + path + "\" must start with \"/\", e.g. \"/login\"");
    }
    scheme = scheme == null || scheme.isEmpty() ? "http" : scheme;
    host = host == null || host.isEmpty() ? null : host;
    gateway = gateway == null || gateway.isEmpty() ? null : gateway;
    headers = lowerCaseKeys(headers);
    sourceNamespace = sourceNamespace == null || sourceNamespace.isEmpty() ? null : sourceNamespace;
    sourceLabels =
        sourceLabels == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(sourceLabels));
  }

  /** A request with this method and path (query string included), everything else unset. */
  public static Request of(String method, String path) {
    return new Request(method, path, null, null, null, null, Map.of(), null, Map.of());
  }

  public static Request get(String path) {
    return of("GET", path);
  }

  public static Request post(String path) {
    return of("POST", path);
  }

  /**
   * Reads the way {@code vsplit:explain} is given a request: {@code "GET /login"}, or just {@code
   * "/login"} for a GET. The method is upper-cased.
   *
   * @throws IllegalArgumentException when the text is not {@code [METHOD] /path}
   */
  public static Request parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("\\s+");
    if (parts.length == 1 && parts[0].startsWith("/")) {
      return get(parts[0]);
    }
    if (parts.length == 2 && parts[1].startsWith("/") && !parts[0].isEmpty()) {
      return of(parts[0].toUpperCase(Locale.ROOT), parts[1]);
    }
    throw new IllegalArgumentException(
        "cannot read the request \""
            + text
            + "\": write it as \"GET /login\" (a method and a"
            + " path starting with \"/\"), or just \"/login\"");
  }

  public Request method(String method) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  public Request host(String host) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  public Request scheme(String scheme) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  public Request port(Integer port) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  public Request gateway(String gateway) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  /** This request with one more header (the name is lower-cased; an earlier value is replaced). */
  public Request header(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
    return new Request(method, path, host, scheme, port, gateway, h, sourceNamespace, sourceLabels);
  }

  public Request headers(Map<String, String> headers) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  public Request sourceNamespace(String sourceNamespace) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  public Request sourceLabel(String name, String value) {
    Map<String, String> l = new LinkedHashMap<>(sourceLabels);
    l.put(name, value);
    return new Request(method, path, host, scheme, port, gateway, headers, sourceNamespace, l);
  }

  public Request sourceLabels(Map<String, String> sourceLabels) {
    return new Request(
        method, path, host, scheme, port, gateway, headers, sourceNamespace, sourceLabels);
  }

  /** The path without its query string and fragment: what {@code uri} is compared with. */
  public String pathOnly() {
    int end = path.length();
    int q = path.indexOf('?');
    if (q >= 0) {
      end = q;
    }
    int f = path.indexOf('#');
    if (f >= 0 && f < end) {
      end = f;
    }
    return path.substring(0, end);
  }

  /**
   * The query parameters, first value of each name, as Envoy's route matcher reads them: split on
   * {@code &} and the first {@code =}, not percent-decoded; {@code ?flag} has the value {@code ""}.
   */
  public Map<String, String> query() {
    int q = path.indexOf('?');
    if (q < 0) {
      return Map.of();
    }
    int f = path.indexOf('#', q);
    String qs = path.substring(q + 1, f < 0 ? path.length() : f);
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : qs.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      out.putIfAbsent(name, value);
    }
    return out;
  }

  /**
   * The port the request arrives on: the one given, else 443 for {@code https} and 80 otherwise.
   */
  public int effectivePort() {
    return port != null ? port : scheme.equalsIgnoreCase("https") ? 443 : 80;
  }

  /**
   * The host without a port, lower-cased, for choosing a VirtualService by its hosts; {@code null}
   * when not given.
   */
  public String hostName() {
    if (host == null) {
      return null;
    }
    String h = host;
    int colon = h.lastIndexOf(':');
    if (colon > 0
        && h.indexOf(']') < colon
        && h.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      h = h.substring(0, colon);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return ascii(h);
  }

  /** {@code GET /login}, then what else was given. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(method).append(' ').append(path);
    if (host != null) {
      out.append(" host ").append(host);
    }
    if (!headers.isEmpty()) {
      headers.forEach((k, v) -> out.append(" with header ").append(k).append(": ").append(v));
    }
    if (!scheme.equals("http")) {
      out.append(" scheme ").append(scheme);
    }
    if (port != null) {
      out.append(" port ").append(port);
    }
    if (gateway != null) {
      out.append(" through ").append(gateway);
    }
    if (sourceNamespace != null) {
      out.append(" from namespace ").append(sourceNamespace);
    }
    if (!sourceLabels.isEmpty()) {
      out.append(" from labels ").append(sourceLabels);
    }
    return out.toString();
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> in) {
    if (in == null || in.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    in.forEach(
        (k, v) ->
            out.put(k.toLowerCase(Locale.ROOT), Objects.requireNonNull(v, "value of header " + k)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Envoy's {@code ignore_case} folds ASCII letters only ({@code absl::EqualsIgnoreCase}); Java's
   * {@code toLowerCase} also folds others (the Kelvin sign becomes {@code k}, a final sigma changes
   * with its neighbours), which would equate paths Envoy tells apart.
   */
  static String ascii(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return out == null ? s : out.toString();
  }
}
