package dev.vsplit;

import java.util.List;
import java.util.Objects;

/**
 * A team: a name, the namespace its secondaries live in, and the code owners of its files.
 * Immutable: {@code Team.named("identity").namespace("ns1").owners("@acme/identity")}.
 */
public final class Team {

  private final String name;
  private final String namespace;
  private final List<String> owners;

  private Team(String name, String namespace, List<String> owners) {
    this.name = Objects.requireNonNull(name, "team name");
    this.namespace = namespace;
    this.owners = List.copyOf(owners);
  }

  public static Team named(String name) {
    return new Team(name, null, List.of());
  }

  /** The namespace of the team's secondaries. */
  public Team namespace(String namespace) {
    return new Team(name, namespace, owners);
  }

  /**
   * Code owners of the team's generated files, as CODEOWNERS writes them ({@code @org/team}, {@code
   * user@example.com}).
   */
  public Team owners(String... owners) {
    return new Team(name, namespace, List.of(owners));
  }

  /** A secondary VirtualService of this team, in the team's namespace. */
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

  /** A secondary VirtualService of this team, in another namespace. */
  public Secondary secondary(String name, String namespace) {
    return new Secondary(this, name, namespace);
  }

  public String name() {
    return name;
  }

  public String namespace() {
    return namespace;
  }

  public List<String> owners() {
    return owners;
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
