package dev.vsplit.api;

import dev.vsplit.routing.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests as front ends are given them: the {@code name=value} pairs of headers and source labels,
 * read once for every front end.
 */
public final class Requests {

  private Requests() {}

  /**
   * {@code name=value} or {@code name:value} items, each possibly several comma-separated; the
   * first separator splits.
   *
   * @param items the items as given, or {@code null}
   * @param what what they are, for the message: {@code header}, {@code source label}
   * @return the pairs, in order
   * @throws IllegalArgumentException when an item has no separator or no name
   */
  public static Map<String, String> pairs(List<String> items, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (items == null) {
      return out;
    }
    for (String item : items) {
      for (String part : item.split(",", -1)) {
        if (part.isBlank()) {
          continue;
        }
        int eq = part.indexOf('=');
        int colon = part.indexOf(':');
        int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
        if (at <= 0) {
          throw new IllegalArgumentException(
              "cannot read the "
                  + what
                  + " \""
                  + part.strip()
                  + "\": write it as name=value,"
                  + " e.g. x-canary=true");
        }
        out.put(part.substring(0, at).strip(), part.substring(at + 1).strip());
      }
    }
    return out;
  }

  /**
   * A request line read from a list or a file, with what was given beside it (host, headers, ...)
   * filling what the line left out: the line's own values win.
   *
   * @param line the request as its line gave it
   * @param host the host, or {@code null}
   * @param headers {@code name=value} headers, or {@code null}
   * @param gateway the gateway, or {@code null}
   * @param port the port, or {@code null}
   * @param scheme the scheme, or {@code null}
   * @param sourceNamespace the sending workload's namespace, or {@code null}
   * @param sourceLabels {@code name=value} labels of the sending workload, or {@code null}
   * @return the request
   * @throws IllegalArgumentException when a pair cannot be read
   */
  public static Request withDefaults(
      Request line,
      String host,
      List<String> headers,
      String gateway,
      Integer port,
      String scheme,
      String sourceNamespace,
      List<String> sourceLabels) {
    Request out = line;
    if (out.host() == null && host != null) {
      out = out.host(host);
    }
    if (out.gateway() == null && gateway != null) {
      out = out.gateway(gateway);
    }
    if (out.port() == null && port != null) {
      out = out.port(port);
    }
    if (out.scheme().equals("http") && scheme != null) {
      out = out.scheme(scheme);
    }
    if (out.sourceNamespace() == null && sourceNamespace != null) {
      out = out.sourceNamespace(sourceNamespace);
    }
    Map<String, String> allHeaders = new LinkedHashMap<>(pairs(headers, "header"));
    allHeaders.putAll(out.headers());
    Map<String, String> labels = new LinkedHashMap<>(pairs(sourceLabels, "source label"));
    labels.putAll(out.sourceLabels());
    return out.headers(allHeaders).sourceLabels(labels);
  }
}
