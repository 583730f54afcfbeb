package dev.vsplit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team: a name, the namespace its secondaries live in, and the code owners of its files.
 * Immutable: every method returns a new team.
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

  private Team(String name, String namespace, List<String> owners) {
    this.name = Objects.requireNonNull(name, "team name");
    this.namespace = namespace;
    this.owners = List.copyOf(owners);
  }

  /**
   * A team without namespace or owners yet.
   *
   * @param name the team's name, as the {@code vsplit.dev/team} label and CODEOWNERS show it
   * @return a new team
   */
  public static Team named(String name) {
    return new Team(name, null, List.of());
  }

  /**
   * Sets the namespace of the team's secondaries.
   *
   * @param namespace a Kubernetes namespace
   * @return a new team
   */
  public Team namespace(String namespace) {
    return new Team(name, namespace, owners);
  }

  /**
   * Sets the code owners of the team's generated files, replacing any set before.
   *
   * @param owners as CODEOWNERS writes them: {@code @org/team}, {@code user@example.com}
   * @return a new team
   */
  public Team owners(String... owners) {
    return new Team(name, namespace, List.of(owners));
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
    return new Team(name, namespace, all);
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
