package dev.vsplit.model;

import java.util.Map;

/** Body of a direct response: {@code string} or base64 {@code bytes}. */
public record HTTPBody(String string, String bytes, Map<String, Object> extra) {
  public HTTPBody {
    extra = Copies.extra(extra);
  }
}
