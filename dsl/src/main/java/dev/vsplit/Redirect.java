package dev.vsplit;

import dev.vsplit.model.HTTPRedirect;
import java.util.Map;
import java.util.function.Consumer;

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
    return edit(d -> d.authority = authority);
  }

  /**
   * Sets the {@code scheme} to redirect to.
   *
   * @param scheme e.g. {@code https}
   * @return a new redirect
   */
  public Redirect scheme(String scheme) {
    return edit(d -> d.scheme = scheme);
  }

  /**
   * Sets the {@code port} to redirect to.
   *
   * @param port the port number
   * @return a new redirect
   */
  public Redirect port(int port) {
    return edit(
        d -> {
          d.port = port;
          d.derivePort = null;
        });
  }

  /**
   * Sets the {@code redirectCode}, the HTTP status: 301 (Envoy's default) unless set.
   *
   * @param code e.g. 302, 307, 308
   * @return a new redirect
   */
  public Redirect code(int code) {
    return edit(d -> d.redirectCode = code);
  }

  /**
   * The redirect as Istio's {@code HTTPRedirect}.
   *
   * @return the redirect
   */
  public HTTPRedirect toModel() {
    return redirect;
  }

  private Redirect edit(Consumer<Draft> change) {
    Draft d = new Draft(redirect);
    change.accept(d);
    return new Redirect(
        new HTTPRedirect(
            d.uri, d.authority, d.port, d.derivePort, d.scheme, d.redirectCode, Map.of()));
  }

  /** The redirect's fields while one method changes one of them. */
  private static final class Draft {
    final String uri;
    String authority;
    Integer port;
    String derivePort;
    String scheme;
    Integer redirectCode;

    Draft(HTTPRedirect r) {
      uri = r.uri();
      authority = r.authority();
      port = r.port();
      derivePort = r.derivePort();
      scheme = r.scheme();
      redirectCode = r.redirectCode();
    }
  }
}
