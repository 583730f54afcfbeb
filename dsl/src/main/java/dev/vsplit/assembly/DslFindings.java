package dev.vsplit.assembly;

import static dev.vsplit.findings.Finding.error;

import dev.vsplit.base.Describe;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import dev.vsplit.routing.Conflict;
import java.util.List;
import java.util.Map;

/**
 * Findings about the specs themselves, reported where they were written. Their summaries are in
 * {@link Code}.
 */
public final class DslFindings {

  public static final Code OUTSIDE_SCOPE = Code.VS201;
  public static final Code TIED_DELEGATIONS = Code.VS202;
  public static final Code AMBIGUOUS_ORDER = Code.VS203;
  public static final Code NO_SKELETON = Code.VS204;
  public static final Code TEAM_SPEC_MISMATCH = Code.VS205;
  public static final Code INVALID_NAME = Code.VS206;
  public static final Code SPEC_FAILED = Code.VS207;
  public static final Code ROUTE_WITHOUT_ACTION = Code.VS208;
  public static final Code INCOMPLETE = Code.VS209;
  public static final Code REFUSED_FIELD = Code.VS210;
  public static final Code SPEC_OUT_OF_PLACE = Code.VS220;
  public static final Code OTHER_TEAMS_SECONDARY = Code.VS221;
  public static final Code SPEC_RUN_FAILED = Code.VS222;
  public static final Code DESTINATION_NOT_ALLOWED = Code.VS230;

  private DslFindings() {}

  /** An error about the routes ({@code spec.http}) of a primary the mesh spec declares. */
  private static Finding onPrimary(
      Code code, String primary, String message, String hint, Location at) {
    return error(code, primary, "spec.http", null, message, hint, at);
  }

  /**
   * An error about a secondary, owned by its team.
   *
   * @param path where inside the secondary; empty for the whole resource
   */
  private static Finding onSecondary(
      Code code, DeclaredSecondary s, String path, String message, String hint, Location at) {
    return error(code, s.ref(), path, s.team().name(), message, hint, at);
  }

  // Each message below is written once, here: one factory per code and variant.

  // ---------------------------------------------------------------------------------------------
  // VS201: a team's match outside its scope

  /**
   * A relative path in a scope without exactly one URI prefix to resolve it against.
   *
   * @param path the match's path ({@code spec.http[0].match[1]})
   */
  static Finding relativeWithoutPrefix(
      String secondary,
      String path,
      String team,
      StringMatch uri,
      SecondaryScope scope,
      Location at) {
    return error(
        OUTSIDE_SCOPE,
        secondary,
        path + ".uri",
        team,
        "relative path "
            + uri
            + " needs a scope with exactly one URI prefix, but the scope is "
            + scope,
        "write the absolute path",
        at);
  }

  /**
   * A match that fits the delegation but lies inside a part the same primary gives to another team
   * first.
   *
   * @param other the other team's match that covers it
   * @param owner the other team's secondary
   */
  static Finding insideCarveOut(
      String secondary,
      String path,
      String team,
      HTTPMatchRequest match,
      HTTPMatchRequest other,
      String primary,
      DeclaredSecondary owner,
      Location at) {
    String ownerTeam = owner.team().name();
    return error(
        OUTSIDE_SCOPE,
        secondary,
        path,
        team,
        liesInside(match, other, primary)
            + " gives to team "
            + ownerTeam
            + " ("
            + owner
            + "); those requests reach "
            + Describe.possessive("team " + ownerTeam)
            + " routes first, so this route would only get what they leave",
        "move the route to team "
            + ownerTeam
            + ", or ask the mesh administrator to change"
            + " the delegation",
        at);
  }

  /** The start of a message about a match inside another one that the primary hands elsewhere. */
  private static String liesInside(HTTPMatchRequest match, HTTPMatchRequest other, String primary) {
    return Describe.match(match)
        + " lies inside "
        + Describe.match(other)
        + ", which primary "
        + primary;
  }

  /**
   * A match that fits no delegation of a primary to the secondary: Istio drops the route.
   *
   * @param conflict why it does not fit the primary's first match
   * @param delegation the primary's first delegation to the secondary
   * @param owner the delegation of the same primary to another secondary that the match fits, or
   *     {@code null}
   */
  static Finding outsideScope(
      String secondary,
      String path,
      String team,
      HTTPMatchRequest match,
      SecondaryScope scope,
      Conflict conflict,
      String primary,
      DeclaredDelegation delegation,
      DeclaredDelegation owner,
      Location at) {
    String hint =
        owner != null
            ? "primary "
                + primary
                + " gives "
                + Describe.matches(owner.requests())
                + " to team "
                + owner.secondary().team().name()
                + " ("
                + owner.secondary()
                + "): move the route there, or ask the mesh"
                + " administrator for the path"
            : "keep the match inside "
                + Describe.matches(delegation.requests())
                + ", or ask the mesh administrator (primary "
                + primary
                + ") for the prefix";
    return error(
        OUTSIDE_SCOPE,
        secondary,
        path + "." + conflict.field(),
        team,
        Describe.match(match)
            + " is outside the scope of team "
            + team
            + " ("
            + scope
            + "): "
            + conflict.reason()
            + "; Istio would silently drop the whole route",
        hint,
        at);
  }

  /**
   * A team's match that a route the primary answers itself, placed before the delegation, takes
   * entirely.
   *
   * @param route the administrators' route
   * @param other its match that covers the team's
   */
  static Finding insideAdminRoute(
      String secondary,
      String path,
      String team,
      HTTPMatchRequest match,
      DeclaredRoute route,
      HTTPMatchRequest other,
      String primary,
      Location at) {
    return error(
        OUTSIDE_SCOPE,
        secondary,
        path,
        team,
        liesInside(match, other, primary)
            + " answers itself ("
            + route.describe()
            + ", placed before team "
            + team
            + "'s delegation); those requests never reach this route",
        "remove the route, or ask the mesh administrators to narrow or move their route",
        at);
  }

  /**
   * An administrators' route of a primary that a delegation placed before it (the primary keeps its
   * declared order) takes entirely.
   *
   * @param path the match's path in the primary ({@code spec.http[2].match[0]})
   * @param delegation the delegation placed before it
   * @param covering the delegation's match that covers it
   */
  static Finding adminRouteInsideDelegation(
      String primary,
      String path,
      HTTPMatchRequest match,
      DeclaredDelegation delegation,
      HTTPMatchRequest covering,
      Location at) {
    String team = delegation.secondary().team().name();
    return error(
        OUTSIDE_SCOPE,
        primary,
        path,
        null,
        Describe.match(match)
            + " lies inside "
            + Describe.match(covering)
            + ", which the primary delegates to team "
            + team
            + " ("
            + delegation.secondary()
            + ") before this route; those requests reach team "
            + team
            + "'s routes first, so this route would only get what they leave",
        "write the route before the delegation, or drop keepDeclaredOrder() so that vsplit places"
            + " it before every delegation that covers it",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS202, VS203: delegations vsplit cannot order

  /**
   * @param shared the match of {@code second} whose scope {@code first} holds too ({@code null}:
   *     every request)
   */
  static Finding tiedDelegations(
      String primary,
      DeclaredDelegation first,
      DeclaredDelegation second,
      HTTPMatchRequest shared) {
    boolean whole = first.matches().size() <= 1 && second.matches().size() <= 1;
    return aboutPair(
        TIED_DELEGATIONS,
        primary,
        first,
        second,
        whole
            ? " have the same scope, so only the first would ever receive requests"
            : " both delegate "
                + describeOrAll(shared)
                + ", so only the first would ever receive those requests",
        "give the scope to one secondary, or add a condition (a header, a method) that tells them apart");
  }

  static Finding ambiguousOrder(
      String primary, DeclaredDelegation first, DeclaredDelegation second) {
    return aboutPair(
        AMBIGUOUS_ORDER,
        primary,
        first,
        second,
        " overlap without one containing the other:"
            + " a request can match both, and which team gets it depends on the order, which vsplit will not guess",
        "make one contain the other (e.g. add the condition to the narrower path), make them disjoint, or call"
            + " keepDeclaredOrder() on the primary to say that the order written is the order meant");
  }

  /**
   * Two delegations that must each go before the other: {@code firstMatch} lies inside {@code
   * secondMatch} or the other way round, and another pair of their matches asks the opposite.
   */
  static Finding interleavedDelegations(
      String primary,
      DeclaredDelegation first,
      HTTPMatchRequest firstMatch,
      DeclaredDelegation second,
      HTTPMatchRequest secondMatch) {
    return aboutPair(
        AMBIGUOUS_ORDER,
        primary,
        first,
        second,
        " each hold a match inside a match of the other ("
            + describeOrAll(firstMatch)
            + " and "
            + describeOrAll(secondMatch)
            + " among them): whichever route goes first takes requests meant for the other",
        "split the delegation with several matches into one delegate call per match, so that each"
            + " is ordered on its own");
  }

  /**
   * An error about two delegations of one primary, at the later one's {@code delegate} call: {@code
   * delegations <first> and <second><what>}.
   */
  private static Finding aboutPair(
      Code code,
      String primary,
      DeclaredDelegation first,
      DeclaredDelegation second,
      String what,
      String hint) {
    return error(
        code,
        primary,
        "spec.http",
        second.secondary().team().name(),
        "delegations " + first.describe() + " and " + second.describe() + what,
        hint,
        second.site());
  }

  private static String describeOrAll(HTTPMatchRequest m) {
    return m == null ? "every request" : Describe.match(m);
  }

  /**
   * An administrators' route and another entry of the primary (a delegation, described, or another
   * route) with exactly the same scope.
   *
   * @param first the entry written first, described
   * @param second the entry written second, described
   */
  static Finding tiedWithRoute(String primary, String first, String second, Location at) {
    return onPrimary(
        TIED_DELEGATIONS,
        primary,
        first
            + " and "
            + second
            + " match exactly the same requests, so only the first would ever receive them",
        "keep one of them, or add a condition (a header, a method) that tells them apart",
        at);
  }

  /**
   * An administrators' route that overlaps another entry of the primary without either containing
   * the other.
   *
   * @param first the entry written first, described
   * @param second the entry written second, described
   */
  static Finding ambiguousWithRoute(String primary, String first, String second, Location at) {
    return onPrimary(
        AMBIGUOUS_ORDER,
        primary,
        first
            + " and "
            + second
            + " overlap without one containing the other: a request can match both, and which one"
            + " answers it depends on the order, which vsplit will not guess",
        "make one contain the other (e.g. add the route's condition to a narrower path), make them"
            + " disjoint, or call keepDeclaredOrder() on the primary and write them in the order meant",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS204: no skeleton

  /**
   * @param wording how the front end words the command that writes a TeamSpec
   */
  static Finding noSkeleton(DeclaredSecondary s, SecondaryScope scope, Wording wording) {
    String team = s.team().name();
    return error(
        NO_SKELETON,
        s.ref(),
        "",
        team,
        "team "
            + team
            + " has no TeamSpec for secondary "
            + s
            + " yet, and the mesh spec gives it neither"
            + " a default backend nor fail-closed, so vsplit cannot generate a skeleton for its scope "
            + scope,
        "write the team's TeamSpec"
            + wording.aside(Fix.run("scaffold"))
            + ", or declare "
            + s
            + " with .defaultBackend(destination(...)) or .failClosed()",
        s.site());
  }

  // ---------------------------------------------------------------------------------------------
  // VS205: TeamSpecs and secondaries that do not match

  /** One secondary declared for two teams. */
  static Finding secondaryOfTwoTeams(DeclaredSecondary s, String knownTeam, Location at) {
    return onSecondary(
        TEAM_SPEC_MISMATCH,
        s,
        "",
        "secondary "
            + s
            + " is declared for team "
            + knownTeam
            + " and for team "
            + s.team().name()
            + "; one VirtualService can have only one owner",
        "give each team its own secondary name",
        at);
  }

  static Finding teamSpecReturnedNull(String spec, Location at) {
    return error(
        TEAM_SPEC_MISMATCH,
        spec + ".secondary() returned null",
        "return the secondary declared in the mesh spec, e.g. BookinfoMesh.VS_1",
        at);
  }

  static Finding teamSpecForUndelegated(String spec, DeclaredSecondary s, Location at) {
    return onSecondary(
        TEAM_SPEC_MISMATCH,
        s,
        "",
        spec
            + " writes routes for secondary "
            + s
            + ", but no primary delegates to it, so Istio would never use them",
        "ask the mesh administrator to delegate a prefix to "
            + s
            + ", or return the right secondary",
        at);
  }

  static Finding twoTeamSpecs(
      DeclaredSecondary s, String firstSpec, String secondSpec, Location at) {
    return onSecondary(
        TEAM_SPEC_MISMATCH,
        s,
        "",
        "two TeamSpecs write routes for secondary " + s + ": " + firstSpec + " and " + secondSpec,
        "keep one TeamSpec per secondary",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS206: names Kubernetes refuses

  /**
   * @param field {@code name} or {@code namespace}: the field of the metadata that is invalid
   * @param what how the resource is named ({@code primary VirtualService})
   * @param value the name or namespace as written
   * @param problem what is wrong with it
   */
  static Finding invalidName(
      String resource,
      String team,
      String field,
      String what,
      String value,
      String problem,
      String suggestion,
      Location at) {
    return error(
        INVALID_NAME,
        resource,
        "metadata." + field,
        team,
        what + " " + field + " \"" + value + "\" " + problem,
        "for example \"" + suggestion + "\"",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS207: specs that cannot be created or that threw

  /**
   * A spec method that threw: an exception, or a class it uses that cannot be initialized.
   *
   * @param method the method and its parameter ({@code define(Mesh)})
   */
  static Finding specThrew(String spec, String method, RootCause root, Location at) {
    Throwable e = root.cause();
    String what =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return error(
        SPEC_FAILED,
        spec
            + "."
            + method
            + " threw "
            + what
            + (root.initializer() ? " in a static initializer" : ""),
        "fix the spec; nothing is generated until every spec runs",
        at);
  }

  /**
   * A spec class named in the configuration that cannot be loaded.
   *
   * @param wording how the front end words the setting that names spec classes
   */
  public static Finding specNotLoadable(String spec, Throwable e, Location at, Wording wording) {
    return error(
        SPEC_FAILED,
        "cannot load spec class " + spec + ": " + e,
        "check the class name in " + wording.word(Fix.configuration("specs")),
        at);
  }

  /**
   * A class named in the configuration as a spec that is none.
   *
   * @param wording how the front end words the setting that names spec classes
   */
  public static Finding notASpec(String name, Location at, Wording wording) {
    return error(
        SPEC_FAILED,
        name + " implements neither MeshSpec nor TeamSpec",
        "name only spec classes in " + wording.word(Fix.parameter("specs")),
        at);
  }

  /** A class named in {@code META-INF/services/...} that cannot be loaded. */
  public static Finding registeredSpecNotLoadable(String file, String reason) {
    return error(
        SPEC_FAILED,
        "a spec registered in " + file + " cannot be loaded: " + reason,
        "fix the class name in " + file,
        Location.of(file, 0));
  }

  public static Finding specNotPublic(String spec, Location at) {
    return error(
        SPEC_FAILED,
        "spec class " + spec + " and its no-argument constructor must be public",
        "make the class and its constructor public",
        at);
  }

  public static Finding specWithoutConstructor(String spec, Location at) {
    return error(
        SPEC_FAILED,
        "spec class " + spec + " has no no-argument constructor",
        "add a public no-argument constructor: vsplit creates specs itself",
        at);
  }

  /**
   * A spec's constructor that threw.
   *
   * @param root what the constructor threw, and the author's line it came from
   * @param at that line, else the spec's file
   */
  public static Finding specConstructorThrew(String spec, RootCause root, Location at) {
    return error(
        SPEC_FAILED,
        "creating " + spec + " threw " + root.cause(),
        "fix the constructor or static initializer",
        at);
  }

  /**
   * A spec class whose static initialization (its own, or of a class it uses) threw: the root
   * cause, in the DSL's words when the DSL refused something.
   *
   * @param root what the initializer threw, and the author's line it came from
   * @param at that line, else the spec's file
   */
  public static Finding specInitializerThrew(String spec, RootCause root, Location at) {
    return error(
        SPEC_FAILED,
        "cannot create " + spec + ": " + root.describe() + " (in a static initializer)",
        "fix the line shown; nothing is generated until every spec runs",
        at);
  }

  /**
   * A spec class that cannot be created for another reason than its code throwing.
   *
   * @param e why the class cannot be created (not its constructor's throw)
   */
  public static Finding specNotCreatable(String spec, Throwable e, Location at) {
    return error(SPEC_FAILED, "cannot create " + spec + ": " + e, "fix the class", at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS220: a spec class outside the place the administrator gave it

  /**
   * No MeshSpec is named in the configuration, and the project holds some.
   *
   * @param found the MeshSpec classes found, each with its source file
   * @param wording how the front end words the setting that names spec classes
   * @return the finding, at the first one's file
   */
  public static Finding noMeshSpecNamed(Map<String, Location> found, Wording wording) {
    if (found.isEmpty()) {
      return error(
          SPEC_OUT_OF_PLACE,
          "there are TeamSpecs but no MeshSpec is named in "
              + wording.word(Fix.configuration("specs"))
              + ", and the project holds none",
          "write the administrator's MeshSpec and name it there",
          null);
    }
    String first = found.keySet().iterator().next();
    return error(
        SPEC_OUT_OF_PLACE,
        "no MeshSpec is named in "
            + wording.word(Fix.configuration("specs"))
            + ": vsplit runs only the MeshSpec classes the administrator names there, never one it"
            + " merely finds, so that a MeshSpec in a team's sources cannot declare hosts or"
            + " owners; found "
            + String.join(", ", found.keySet()),
        "if "
            + first
            + " is the administrator's, name it there (for one run: "
            + wording.word(Fix.setting("specs", first))
            + ")",
        found.get(first));
  }

  /**
   * A MeshSpec the configuration does not name.
   *
   * @param named the MeshSpec classes the configuration names
   * @param wording how the front end words the setting that names spec classes
   * @return the finding, at the class's file
   */
  public static Finding meshSpecNotNamed(
      String spec, Location at, List<String> named, Wording wording) {
    return error(
        SPEC_OUT_OF_PLACE,
        "MeshSpec "
            + spec
            + " is not named in "
            + wording.word(Fix.configuration("specs"))
            + " (which names "
            + String.join(", ", named)
            + "): only the administrator's MeshSpecs declare hosts, delegations and owners, and a"
            + " MeshSpec anywhere else is refused, not run",
        "delete it; if the administrator wrote it, name it in "
            + wording.word(Fix.configuration("specs")),
        at);
  }

  /**
   * A class that implements both MeshSpec and TeamSpec.
   *
   * @return the finding, at the class's file
   */
  public static Finding bothSpecs(String spec, Location at) {
    return error(
        SPEC_OUT_OF_PLACE,
        spec
            + " implements both MeshSpec and TeamSpec: the administrator's declarations and a"
            + " team's routes must come from different classes",
        "split it into a MeshSpec (the administrator's) and a TeamSpec in the team's place",
        at);
  }

  /**
   * A TeamSpec in no team's place.
   *
   * @param places each team's place, as {@code team: package p} or {@code team: folder f}
   * @return the finding, at the class's file
   */
  public static Finding teamSpecOutsidePlace(String spec, Location at, List<String> places) {
    return error(
        SPEC_OUT_OF_PLACE,
        "TeamSpec "
            + spec
            + " lies in no team's place, so no team owns it and it does not run; the places the"
            + " administrator gave are: "
            + (places.isEmpty() ? "none" : String.join("; ", places)),
        "move it into its team's package or folder; the administrator gives a team its place in"
            + " the MeshSpec with Team.specPackage(...) or Team.specFolder(...)",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS221: a TeamSpec that returns another team's secondary

  /**
   * A TeamSpec of one team (by its place) that returned a secondary of another.
   *
   * @param owner the team the administrator gave the secondary to
   * @param team the team whose place holds the spec
   * @return the finding, at the spec's file
   */
  static Finding otherTeamsSecondary(
      String spec, Location at, String secondary, String owner, String team) {
    return error(
        OTHER_TEAMS_SECONDARY,
        secondary,
        "",
        team,
        "TeamSpec "
            + spec
            + " lies in team "
            + team
            + "'s place but returns "
            + secondary
            + ", which the administrator gave to team "
            + owner
            + "; its routes are refused",
        "return a secondary of team "
            + team
            + "; "
            + secondary
            + "'s routes belong in team "
            + owner
            + "'s place",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS222: a spec run that did not hand back a result

  /**
   * A forked spec run that ended without a usable result.
   *
   * @param specs the spec classes it ran
   * @param what what happened: {@code exited with code 0 before writing its result}
   * @param output the last of what it printed
   * @param at the first spec's file
   * @return the finding
   */
  public static Finding specRunFailed(List<String> specs, String what, String output, Location at) {
    return error(
        SPEC_RUN_FAILED,
        "the JVM running "
            + String.join(", ", specs)
            + " "
            + what
            + (output.isBlank() ? "; it printed nothing" : "; its output ends:\n" + output.strip()),
        "a spec must return from its methods: no System.exit, no endless loop, no output of its"
            + " own to vsplit's result; nothing is generated or checked until every spec runs",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS208: a route without action

  static Finding routeWithoutAction(String secondary, String path, String team, Location at) {
    return error(
        ROUTE_WITHOUT_ACTION,
        secondary,
        path,
        team,
        "this route has no destination, redirect or direct response, so Istio's webhook would refuse the whole secondary",
        "add .to(destination(...)), .redirect(...) or .directResponse(...)",
        at);
  }

  static Finding adminRouteWithoutAction(String primary, Location at) {
    return onPrimary(
        ROUTE_WITHOUT_ACTION,
        primary,
        "this route of the primary has no destination, redirect or direct response, so Istio's"
            + " webhook would refuse the whole primary",
        "add .to(destination(...)), .redirect(...) or .directResponse(...)",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS209: declarations that cannot be generated as written

  static Finding primaryWithoutHosts(String primary, Location at) {
    return error(
        INCOMPLETE,
        primary,
        "spec.hosts",
        null,
        "primary "
            + primary
            + " has no hosts; a VirtualService without hosts is a delegate to Istio, not a primary",
        "give it hosts: .hosts(\"bookinfo.example.com\")",
        at);
  }

  static Finding delegationWithoutSecondary(String primary, DeclaredDelegation d) {
    return onPrimary(
        INCOMPLETE,
        primary,
        "delegation of " + d.matches() + " names no secondary",
        "finish it with .to(SECONDARY)",
        d.site());
  }

  static Finding relativeDelegation(String primary, DeclaredDelegation d) {
    return error(
        INCOMPLETE,
        primary,
        "spec.http",
        d.secondary().team().name(),
        "a delegation's match cannot be relative: relative paths are resolved against a team's scope",
        "write the absolute path, e.g. prefix(\"/api\")",
        d.site());
  }

  static Finding teamSpecWithoutRoutes(String spec, DeclaredSecondary s, Location at) {
    return onSecondary(
        INCOMPLETE,
        s,
        "spec.http",
        spec
            + " writes no routes for "
            + s
            + ", and a VirtualService without routes is refused by Istio's webhook",
        "write the team's routes, or delete the TeamSpec to get the skeleton the mesh spec declares",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS230: a destination outside the team's policy

  /**
   * @param path the host's field, e.g. {@code spec.http[0].route[1].destination.host}
   * @param verb {@code route to} or {@code mirror to}
   * @param host the host as written
   */
  static Finding destinationNotAllowed(
      DeclaredSecondary s, String path, String verb, String host, Location at) {
    String resolved = DestinationPolicy.resolve(host, s.namespace());
    return onSecondary(
        DESTINATION_NOT_ALLOWED,
        s,
        path,
        verb
            + " \""
            + host
            + "\""
            + (resolved.equals(host) ? "" : " (" + resolved + ")")
            + " is outside the destinations team "
            + s.team().name()
            + " may use: "
            + String.join(", ", s.team().allowedDestinations()),
        "send the requests to an allowed destination, or ask the mesh administrator to add this one"
            + " to the team's allowedDestinations",
        at);
  }

  static Finding relativeInAdminRoute(String primary, Location at) {
    return onPrimary(
        INCOMPLETE,
        primary,
        "a route of the primary cannot match a relative path: relative paths are resolved against a"
            + " team's scope, and the administrators' routes have none",
        "write the absolute path, e.g. prefix(\"/api/admin\")",
        at);
  }

  // ---------------------------------------------------------------------------------------------
  // VS210: a route field refused where it is written

  /**
   * A route field Istio would refuse, refused at the builder call that wrote it.
   *
   * @param path the field's path ({@code spec.http[0].timeout})
   * @param routeName the route's name, or {@code null}
   */
  static Finding refusedField(
      String secondary, String path, String team, String routeName, RefusedField refused) {
    String field = refused.field();
    String route = routeName == null ? "the route" : "route \"" + routeName + "\"";
    return error(
        REFUSED_FIELD,
        secondary,
        path,
        team,
        route
            + ": "
            + field
            + " \""
            + refused.value()
            + "\" is refused: "
            + refused.problem()
            + " (Istio reads durations as Go does)",
        (refused.suggestion() == null ? "" : "did you mean \"" + refused.suggestion() + "\"? ")
            + "write a duration such as \"30s\", \"1.5s\", \"250ms\" or \"1m30s\"",
        refused.site());
  }
}
