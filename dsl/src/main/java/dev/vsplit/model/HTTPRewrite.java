package dev.vsplit.model;

import java.util.Map;

/** Rewrites the path or authority before forwarding. */
public record HTTPRewrite(
    String uri, String authority, RegexRewrite uriRegexRewrite, Map<String, Object> extra) {
  public HTTPRewrite {
    extra = Copies.extra(extra);
  }

  public static HTTPRewrite uri(String uri) {
    return new HTTPRewrite(uri, null, null, Map.of());
  }
}
