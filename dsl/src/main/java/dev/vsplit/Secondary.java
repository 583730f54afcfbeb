package dev.vsplit;

import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team's secondary (delegate) VirtualService: the administrator names it, delegates prefixes to
 * it, and decides what happens before the team has written routes. Immutable.
 *
 * <pre>{@code
 * IDENTITY.secondary("vs-1").failClosed()                 // 503 until the team writes routes
 * STOREFRONT.secondary("vs-2").defaultBackend(destination("productpage.default.svc.cluster.local").port(9080))
 * PAYMENTS.secondary("payments").sealed()                 // paths the team did not route answer 404
 * }</pre>
 *
 * Two secondaries with the same namespace and name are the same secondary.
 */
public final class Secondary {

  private final Team team;
  private final String name;
  private final String namespace;
  private final Backend defaultBackend;
  private final Integer failClosedStatus;
  private final Integer sealStatus;
  private final List<String> exportTo;
  private final Location site;

  Secondary(Team team, String name, String namespace) {
    this(team, name, namespace, null, null, null, List.of(), CallSite.capture());
  }

  private Secondary(
      Team team,
      String name,
      String namespace,
      Backend defaultBackend,
      Integer failClosedStatus,
      Integer sealStatus,
      List<String> exportTo,
      Location site) {
    this.team = Objects.requireNonNull(team, "team");
    this.name = Objects.requireNonNull(name, "secondary name");
    this.namespace = Objects.requireNonNull(namespace, "secondary namespace");
    this.defaultBackend = defaultBackend;
    this.failClosedStatus = failClosedStatus;
    this.sealStatus = sealStatus;
    this.exportTo = List.copyOf(exportTo);
    this.site = site;
  }

  /**
   * Until the team writes a {@link TeamSpec}, its whole scope goes to this backend.
   *
   * @param backend e.g. {@code destination("productpage.default.svc.cluster.local").port(9080)}
   * @return a new secondary
   */
  public Secondary defaultBackend(Backend backend) {
    return new Secondary(
        team, name, namespace, backend, failClosedStatus, sealStatus, exportTo, site);
  }

  /**
   * Until the team writes a {@link TeamSpec}, its scope answers 503, so unclaimed traffic never
   * falls through to a broader team's routes (Istio would fall through).
   *
   * @return a new secondary
   */
  public Secondary failClosed() {
    return failClosed(503);
  }

  /**
   * Until the team writes a {@link TeamSpec}, its scope answers {@code status}, like {@link
   * #failClosed()} with another status.
   *
   * @param status the HTTP status answered, e.g. 404
   * @return a new secondary
   */
  public Secondary failClosed(int status) {
    return new Secondary(team, name, namespace, defaultBackend, status, sealStatus, exportTo, site);
  }

  /**
   * Ends the secondary with a catch-all of its own scope answering 404: a path inside the scope
   * that the team did not route never reaches another team's routes.
   *
   * @return a new secondary
   */
  public Secondary sealed() {
    return sealed(404);
  }

  /**
   * Ends the secondary with a catch-all of its own scope answering {@code status}, like {@link
   * #sealed()} with another status.
   *
   * @param status the HTTP status answered, e.g. 403
   * @return a new secondary
   */
  public Secondary sealed(int status) {
    return new Secondary(
        team, name, namespace, defaultBackend, failClosedStatus, status, exportTo, site);
  }

  /**
   * Sets the namespaces that see the secondary ({@code exportTo}), replacing any set before; they
   * must include the primary's namespace (vsplit checks).
   *
   * @param namespaces namespace names, {@code .} for its own, {@code *} for all
   * @return a new secondary
   */
  public Secondary exportTo(String... namespaces) {
    return new Secondary(
        team,
        name,
        namespace,
        defaultBackend,
        failClosedStatus,
        sealStatus,
        List.of(namespaces),
        site);
  }

  /**
   * Appends to the namespaces that see the secondary ({@code exportTo}).
   *
   * @param namespaces namespace names, {@code .} for its own, {@code *} for all
   * @return a new secondary
   */
  public Secondary addExportTo(String... namespaces) {
    List<String> all = new ArrayList<>(exportTo);
    all.addAll(List.of(namespaces));
    return new Secondary(
        team, name, namespace, defaultBackend, failClosedStatus, sealStatus, all, site);
  }

  /**
   * The team that owns the secondary.
   *
   * @return the team
   */
  public Team team() {
    return team;
  }

  /**
   * The secondary's name.
   *
   * @return {@code metadata.name}
   */
  public String name() {
    return name;
  }

  /**
   * The secondary's namespace.
   *
   * @return {@code metadata.namespace}
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Where the whole scope goes until the team writes a {@link TeamSpec}.
   *
   * @return the backend, or {@code null}
   */
  public Backend defaultBackend() {
    return defaultBackend;
  }

  /**
   * The status the scope answers until the team writes a {@link TeamSpec}.
   *
   * @return the status, or {@code null} when not fail-closed
   */
  public Integer failClosedStatus() {
    return failClosedStatus;
  }

  /**
   * The status of the catch-all that ends the secondary.
   *
   * @return the status, or {@code null} when it is not sealed
   */
  public Integer sealStatus() {
    return sealStatus;
  }

  /**
   * The spec file and line that declared it.
   *
   * @return the location of the {@code secondary(...)} call
   */
  public Location site() {
    return site;
  }

  /**
   * The namespaces that see it ({@code exportTo}).
   *
   * @return the namespaces, unmodifiable; empty for all
   */
  public List<String> exportTo() {
    return exportTo;
  }

  /**
   * Identity is namespace and name: two declarations of the same secondary are the same secondary.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secondary s && s.name.equals(name) && s.namespace.equals(namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace);
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
