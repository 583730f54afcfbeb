package dev.vsplit.model;

import java.util.Map;

/** Answers with a redirect instead of forwarding. */
public record HTTPRedirect(
    String uri,
    String authority,
    Integer port,
    String derivePort,
    String scheme,
    Integer redirectCode,
    Map<String, Object> extra) {
  public HTTPRedirect {
    extra = Copies.extra(extra);
  }

  public static HTTPRedirect to(String uri) {
    return new HTTPRedirect(uri, null, null, null, null, null, Map.of());
  }
}
