package dev.vsplit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team: a name, the namespace its secondaries live in, the code owners of its files, the place
 * its specs live (a Java package, or a source folder) and optionally where its routes may send
 * traffic. Immutable: every method returns a new team.
 *
 * <pre>{@code
 * public static final Team IDENTITY =
 *     Team.named("identity").namespace("ns1").owners("@acme/identity").specPackage("com.acme.identity");
 * public static final Secondary VS_1 = IDENTITY.secondary("vs-1");
 * }</pre>
 *
 * <p>The place is the administrator's, like the owners: a TeamSpec of this team must live there
 * (else the build fails), and the CODEOWNERS fragment gives the place to the team's owners. Two
 * teams with the same name are the same team.
 */
public final class Team {

  private final String name;
  private final String namespace;
  private final List<String> owners;
  private final List<String> allowedDestinations;
  private final String specPackage;
  private final String specFolder;

  private Team(
      String name,
      String namespace,
      List<String> owners,
      List<String> allowedDestinations,
      String specPackage,
      String specFolder) {
    this.name = Objects.requireNonNull(name, "team name");
    this.namespace = namespace;
    this.owners = List.copyOf(owners);
    this.allowedDestinations = List.copyOf(allowedDestinations);
    this.specPackage = specPackage;
    this.specFolder = specFolder;
  }

  /**
   * A team without namespace or owners yet.
   *
   * @param name the team's name, as the {@code vsplit.dev/team} label and CODEOWNERS show it
   * @return a new team
   */
  public static Team named(String name) {
    return new Team(name, null, List.of(), List.of(), null, null);
  }

  /**
   * Sets the namespace of the team's secondaries.
   *
   * @param namespace a Kubernetes namespace
   * @return a new team
   */
  public Team namespace(String namespace) {
    return new Team(name, namespace, owners, allowedDestinations, specPackage, specFolder);
  }

  /**
   * Sets the code owners of the team's generated files, replacing any set before.
   *
   * @param owners as CODEOWNERS writes them: {@code @org/team}, {@code user@example.com}
   * @return a new team
   */
  public Team owners(String... owners) {
    return new Team(name, namespace, List.of(owners), allowedDestinations, specPackage, specFolder);
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
    return new Team(name, namespace, all, allowedDestinations, specPackage, specFolder);
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
    return new Team(name, namespace, owners, List.of(allowed), specPackage, specFolder);
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
    return new Team(name, namespace, owners, all, specPackage, specFolder);
  }

  /**
   * Sets the Java package the team's specs live in (its subpackages included), replacing a package
   * or folder set before: a TeamSpec of this team anywhere else fails the build, and the CODEOWNERS
   * fragment gives the package's folder to the team's owners.
   *
   * @param specPackage a package name, e.g. {@code com.acme.identity}
   * @return a new team
   * @throws IllegalArgumentException when it is not a package name
   */
  public Team specPackage(String specPackage) {
    if (specPackage == null
        || !specPackage.matches(
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*")) {
      throw notA("a Java package name", specPackage, "com.acme." + name);
    }
    return new Team(name, namespace, owners, allowedDestinations, specPackage, null);
  }

  /**
   * Sets the source folder the team's specs live in, relative to the project's folder (e.g. a
   * module's {@code identity/src/main/java}), replacing a package or folder set before: a TeamSpec
   * of this team whose source file is anywhere else fails the build, and the CODEOWNERS fragment
   * gives the folder to the team's owners.
   *
   * @param specFolder a relative, {@code /}-separated folder without {@code ..}
   * @return a new team
   * @throws IllegalArgumentException when it is absolute, empty or climbs out with {@code ..}
   */
  public Team specFolder(String specFolder) {
    String folder = specFolder == null ? "" : specFolder.replaceAll("/+$", "");
    if (folder.isEmpty()
        || folder.startsWith("/")
        || folder.contains("\\")
        || List.of(folder.split("/")).contains("..")) {
      throw notA("a folder relative to the project", specFolder, name + "/src/main/java");
    }
    return new Team(name, namespace, owners, allowedDestinations, null, folder);
  }

  /** The refusal of a place for the team's specs that is not {@code what}. */
  private IllegalArgumentException notA(String what, String given, String example) {
    return new IllegalArgumentException(
        "team " + name + ": \"" + given + "\" is not " + what + " (e.g. " + example + ")");
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

  /**
   * The Java package the team's specs live in.
   *
   * @return the package given to {@link #specPackage}, or {@code null} when none is set
   */
  public String specPackage() {
    return specPackage;
  }

  /**
   * The source folder the team's specs live in, relative to the project.
   *
   * @return the folder given to {@link #specFolder}, or {@code null} when none is set
   */
  public String specFolder() {
    return specFolder;
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
