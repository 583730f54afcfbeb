package dev.vsplit.model;

import java.util.Map;

/** Answers the request directly with a status and an optional body. */
public record HTTPDirectResponse(Integer status, HTTPBody body, Map<String, Object> extra) {
  public HTTPDirectResponse {
    extra = Copies.extra(extra);
  }

  public static HTTPDirectResponse of(int status) {
    return new HTTPDirectResponse(status, null, Map.of());
  }

  public static HTTPDirectResponse of(int status, String body) {
    return new HTTPDirectResponse(status, new HTTPBody(body, null, Map.of()), Map.of());
  }
}
