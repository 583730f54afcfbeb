package dev.vsplit;

import dev.vsplit.model.HTTPRedirect;
import java.util.Map;

/** A redirect answer: {@code Redirect.to("/v2/login").code(308)}. Immutable. */
public final class Redirect {

  private final HTTPRedirect redirect;

  private Redirect(HTTPRedirect redirect) {
    this.redirect = redirect;
  }

  /** Redirect to another path on the same authority. */
  public static Redirect to(String uri) {
    return new Redirect(new HTTPRedirect(uri, null, null, null, null, null, Map.of()));
  }

  /** Redirect to another authority (host), keeping the path. */
  public static Redirect toAuthority(String authority) {
    return new Redirect(new HTTPRedirect(null, authority, null, null, null, null, Map.of()));
  }

  public Redirect authority(String authority) {
    return new Redirect(
        new HTTPRedirect(
            redirect.uri(),
            authority,
            redirect.port(),
            redirect.derivePort(),
            redirect.scheme(),
            redirect.redirectCode(),
            Map.of()));
  }

  public Redirect scheme(String scheme) {
    return new Redirect(
        new HTTPRedirect(
            redirect.uri(),
            redirect.authority(),
            redirect.port(),
            redirect.derivePort(),
            scheme,
            redirect.redirectCode(),
            Map.of()));
  }

  public Redirect port(int port) {
    return new Redirect(
        new HTTPRedirect(
            redirect.uri(),
            redirect.authority(),
            port,
            null,
            redirect.scheme(),
            redirect.redirectCode(),
            Map.of()));
  }

  /** The HTTP status, 301 by default (Envoy's). */
  public Redirect code(int code) {
    return new Redirect(
        new HTTPRedirect(
            redirect.uri(),
            redirect.authority(),
            redirect.port(),
            redirect.derivePort(),
            redirect.scheme(),
            code,
            Map.of()));
  }

  /** The redirect as Istio's {@code HTTPRedirect}. */
  public HTTPRedirect toModel() {
    return redirect;
  }
}
