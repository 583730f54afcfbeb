package dev.vsplit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team: a name, the namespace its secondaries live in, the code owners of its files, and
 * optionally where its routes may send traffic. Immutable: every method returns a new team.
 *
 * <pre>{@code
 * public static final Team IDENTITY = Team.named("identity").namespace("ns1").owners("@acme/identity");
 * public static final Secondary VS_1 = IDENTITY.secondary("vs-1");
 * }</pre>
 *
 * Two teams with the same name are the same team.
 */
public final class Team {

  private final String name;
  private final String namespace;
  private final List<String> owners;
  private final List<String> allowedDestinations;

  private Team(
      String name, String namespace, List<String> owners, List<String> allowedDestinations) {
    this.name = Objects.requireNonNull(name, "team name");
    this.namespace = namespace;
    this.owners = List.copyOf(owners);
    this.allowedDestinations = List.copyOf(allowedDestinations);
  }

  /**
   * A team without namespace or owners yet.
   *
   * @param name the team's name, as the {@code vsplit.dev/team} label and CODEOWNERS show it
   * @return a new team
   */
  public static Team named(String name) {
    return new Team(name, null, List.of(), List.of());
  }

  /**
   * Sets the namespace of the team's secondaries.
   *
   * @param namespace a Kubernetes namespace
   * @return a new team
   */
  public Team namespace(String namespace) {
    return new Team(name, namespace, owners, allowedDestinations);
  }

  /**
   * Sets the code owners of the team's generated files, replacing any set before.
   *
   * @param owners as CODEOWNERS writes them: {@code @org/team}, {@code user@example.com}
   * @return a new team
   */
  public Team owners(String... owners) {
    return new Team(name, namespace, List.of(owners), allowedDestinations);
  }

  /**
   * Appends code owners of the team's generated files to those set so far.
   *
   * @param owners as CODEOWNERS writes them: {@code @org/team}, {@code user@example.com}
   * @return a new team
   */
  public Team addOwners(String... owners) {
    List<String> all = new ArrayList<>(this.owners);
    all.addAll(List.of(owners));
    return new Team(name, namespace, all, allowedDestinations);
  }

  /**
   * Sets where the team's routes may send and mirror requests, replacing any set before. Without it
   * (the default) the team may route anywhere; with it, a route or mirror to any other host is an
   * error (VS230) at the spec line that wrote it. Each entry is {@code namespace/*} (any service of
   * that namespace), {@code namespace/name} (one service), a host ({@code api.example.com}) or a
   * host wildcard ({@code *.example.com}). A short host in a route ({@code reviews}) is the service
   * of that name in the secondary's namespace, as Istio resolves it.
   *
   * @param allowed the entries, as above
   * @return a new team
   */
  public Team allowedDestinations(String... allowed) {
    return new Team(name, namespace, owners, List.of(allowed));
  }

  /**
   * Appends entries to where the team's routes may send and mirror requests (see {@link
   * #allowedDestinations(String...)}).
   *
   * @param allowed {@code namespace/*}, {@code namespace/name}, a host or a host wildcard
   * @return a new team
   */
  public Team addAllowedDestinations(String... allowed) {
    List<String> all = new ArrayList<>(allowedDestinations);
    all.addAll(List.of(allowed));
    return new Team(name, namespace, owners, all);
  }

  /**
   * A secondary VirtualService of this team, in the team's namespace.
   *
   * @param name the VirtualService's {@code metadata.name}
   * @return a new secondary, to configure further and delegate to
   * @throws IllegalStateException when the team has no namespace
   */
  public Secondary secondary(String name) {
    if (namespace == null) {
      throw new IllegalStateException(
          "team "
              + this.name
              + " has no namespace: give it one with .namespace(...) or name the"
              + " secondary's namespace with secondary(name, namespace)");
    }
    return new Secondary(this, name, namespace);
  }

  /**
   * A secondary VirtualService of this team, in another namespace than the team's.
   *
   * @param name the VirtualService's {@code metadata.name}
   * @param namespace its {@code metadata.namespace}
   * @return a new secondary, to configure further and delegate to
   */
  public Secondary secondary(String name, String namespace) {
    return new Secondary(this, name, namespace);
  }

  /**
   * The team's name.
   *
   * @return the name given to {@link #named}
   */
  public String name() {
    return name;
  }

  /**
   * The namespace of the team's secondaries.
   *
   * @return the namespace, or {@code null} when not set
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The code owners of the team's generated files.
   *
   * @return the owners, unmodifiable; empty when none are set
   */
  public List<String> owners() {
    return owners;
  }

  /**
   * Where the team's routes may send and mirror requests.
   *
   * @return the entries given to {@link #allowedDestinations(String...)}, unmodifiable; empty when
   *     the team may route anywhere
   */
  public List<String> allowedDestinations() {
    return allowedDestinations;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Team t && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
