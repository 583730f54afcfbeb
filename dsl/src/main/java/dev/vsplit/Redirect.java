package dev.vsplit;

import dev.vsplit.model.HTTPRedirect;
import java.util.Map;

/**
 * A redirect answer for {@link Route#redirect}. Immutable: every method returns a new redirect,
 * with its field set. {@code Redirect.to("/v2/login").code(308)} writes {@code redirect: {uri:
 * /v2/login, redirectCode: 308}}.
 */
public final class Redirect {

  private final HTTPRedirect redirect;

  private Redirect(HTTPRedirect redirect) {
    this.redirect = redirect;
  }

  /**
   * A redirect to another path on the same authority: {@code redirect: {uri: uri}}.
   *
   * @param uri the new path
   * @return a new redirect
   */
  public static Redirect to(String uri) {
    return new Redirect(new HTTPRedirect(uri, null, null, null, null, null, Map.of()));
  }

  /**
   * A redirect to another authority (host), keeping the path: {@code redirect: {authority:
   * authority}}.
   *
   * @param authority the new host
   * @return a new redirect
   */
  public static Redirect toAuthority(String authority) {
    return new Redirect(new HTTPRedirect(null, authority, null, null, null, null, Map.of()));
  }

  /**
   * Sets the {@code authority} (host) to redirect to.
   *
   * @param authority the new host
   * @return a new redirect
   */
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

  /**
   * Sets the {@code scheme} to redirect to.
   *
   * @param scheme e.g. {@code https}
   * @return a new redirect
   */
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

  /**
   * Sets the {@code port} to redirect to.
   *
   * @param port the port number
   * @return a new redirect
   */
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

  /**
   * Sets the {@code redirectCode}, the HTTP status: 301 (Envoy's default) unless set.
   *
   * @param code e.g. 302, 307, 308
   * @return a new redirect
   */
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

  /**
   * The redirect as Istio's {@code HTTPRedirect}.
   *
   * @return the redirect
   */
  public HTTPRedirect toModel() {
    return redirect;
  }
}
