package dev.vsplit.model;

import java.util.Map;

/** {@code uriRegexRewrite}: an RE2 {@code match} and its {@code rewrite}. */
public record RegexRewrite(String match, String rewrite, Map<String, Object> extra) {
  public RegexRewrite {
    extra = Copies.extra(extra);
  }
}
