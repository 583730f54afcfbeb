package dev.vsplit.model;

import java.util.Map;

/** Header operations on the request and on the response. */
public record Headers(
    HeaderOperations request, HeaderOperations response, Map<String, Object> extra) {
  public Headers {
    extra = Copies.extra(extra);
  }

  public static Headers of(HeaderOperations request, HeaderOperations response) {
    return new Headers(request, response, Map.of());
  }
}
