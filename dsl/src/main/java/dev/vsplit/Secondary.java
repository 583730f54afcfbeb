package dev.vsplit;

import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
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

  /** Until the team writes a {@link TeamSpec}, its whole scope goes to this backend. */
  public Secondary defaultBackend(Backend backend) {
    return new Secondary(
        team, name, namespace, backend, failClosedStatus, sealStatus, exportTo, site);
  }

  /**
   * Until the team writes a {@link TeamSpec}, its scope answers 503, so unclaimed traffic never
   * falls through to a broader team's routes (Istio would fall through).
   */
  public Secondary failClosed() {
    return failClosed(503);
  }

  public Secondary failClosed(int status) {
    return new Secondary(team, name, namespace, defaultBackend, status, sealStatus, exportTo, site);
  }

  /**
   * Ends the secondary with a catch-all of its own scope answering 404: a path inside the scope
   * that the team did not route never reaches another team's routes.
   */
  public Secondary sealed() {
    return sealed(404);
  }

  public Secondary sealed(int status) {
    return new Secondary(
        team, name, namespace, defaultBackend, failClosedStatus, status, exportTo, site);
  }

  /** Restricts who sees the secondary; it must include the primary's namespace (vsplit checks). */
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

  public Team team() {
    return team;
  }

  public String name() {
    return name;
  }

  public String namespace() {
    return namespace;
  }

  /** Where the whole scope goes until the team writes a {@link TeamSpec}, or {@code null}. */
  public Backend defaultBackend() {
    return defaultBackend;
  }

  /** The status the scope answers until the team writes a {@link TeamSpec}, or {@code null}. */
  public Integer failClosedStatus() {
    return failClosedStatus;
  }

  /** The status of the catch-all that ends the secondary, or {@code null} when it is not sealed. */
  public Integer sealStatus() {
    return sealStatus;
  }

  /** The spec file and line that declared it. */
  public Location site() {
    return site;
  }

  /** The namespaces that see it ({@code exportTo}); empty for all. */
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
