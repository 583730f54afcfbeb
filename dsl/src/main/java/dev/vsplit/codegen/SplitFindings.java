package dev.vsplit.codegen;

import static dev.vsplit.findings.Finding.error;
import static dev.vsplit.findings.Finding.warning;

import dev.vsplit.Secondary;
import dev.vsplit.base.Describe;
import dev.vsplit.base.KubernetesNames;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.yaml.LoadedResource;
import java.util.List;

/**
 * The findings of split and scaffold: why a route or a file cannot be generated. Every message is
 * built here, one factory per code and case, so that each text is written once; the codes'
 * summaries are in {@link Code}, and a fix that names a command or a setting is worded by the front
 * end's {@link Wording}.
 */
final class SplitFindings {

  static final Code URI_NOT_DELEGABLE = Code.VS301;
  static final Code NO_SINGLE_OWNER = Code.VS302;
  static final Code ORDER_CHANGED = Code.VS303;
  static final Code NOT_EXPRESSIBLE = Code.VS304;
  static final Code BAD_OWNERSHIP = Code.VS305;
  static final Code NOT_A_MONOLITH = Code.VS306;
  static final Code FILE_EXISTS = Code.VS307;
  static final Code NOT_EQUIVALENT = Code.VS308;
  static final Code EMPTY_DELEGATION = Code.VS309;
  static final Code CANNOT_SCAFFOLD = Code.VS310;
  static final Code DEAD_MATCH = Code.VS311;
  static final Code LEFT_OUT_ROUTES = Code.VS312;

  /** What a route's finding says when a partial split is allowed and the route stays out of it. */
  private static final String LEFT_OUT = "; left out of the split";

  private SplitFindings() {}

  /**
   * A route that stays out of the split: an error, or, when a partial split is allowed, a warning
   * that says it is left out.
   */
  private static Finding route(
      Code code,
      Planner.Monolith m,
      String path,
      String team,
      String message,
      String hint,
      boolean partial) {
    String text = message + (partial ? LEFT_OUT : "");
    return partial
        ? warning(code, m.ref(), path, team, text, hint, m.at(path))
        : error(code, m.ref(), path, team, text, hint, m.at(path));
  }

  /**
   * A finding of a trial split with a proposed map, as a note: what the user would meet with that
   * map.
   */
  static Finding withProposedMap(Finding f) {
    return new Finding(
        f.code(),
        Severity.INFO,
        f.resource(),
        f.path(),
        f.team(),
        f.message().replace(LEFT_OUT, "") + " (with the proposed map)",
        f.hint(),
        f.source());
  }

  // ---------------------------------------------------------------------------------------------
  // VS301, VS302: a match no team can take stays in the primary, as the administrators' route

  /** What a match kept in the primary adds to the reason. */
  private static final String KEPT =
      "; it stays in the primary as a route of the administrators', at its place in Istio's order";

  /** A note: a match that stays in the primary. */
  private static Finding kept(
      Code code, Planner.Monolith m, String path, String message, String hint) {
    return new Finding(code, Severity.INFO, m.ref(), path, null, message + KEPT, hint, m.at(path));
  }

  /**
   * @param what the match, described
   * @param literal the regex's literal start ({@code /reviews/} of {@code /reviews/[0-9]+})
   */
  static Finding regexUri(
      Planner.Monolith m, String path, String what, String literal, Wording wording) {
    return kept(
        URI_NOT_DELEGABLE,
        m,
        path,
        what
            + ": Istio never merges a regex URI under a primary's prefix (it drops the whole route)",
        literal.length() > 1
            ? "to give it to a team, rewrite the regex as prefix \""
                + literal
                + "\" if that is what it means"
            : "nothing to do; to give it to a team, rewrite the regex as a prefix or an exact path");
  }

  /**
   * @param claim the header key of the JWT claim ({@code @request.auth.claims.groups})
   */
  static Finding jwtClaim(Planner.Monolith m, String path, String what, String claim) {
    return kept(
        URI_NOT_DELEGABLE,
        m,
        path,
        what
            + ": Istio's admission webhook accepts a JWT claim match ("
            + claim
            + ") only in a VirtualService bound to a gateway, and a secondary has none",
        "nothing to do; to give it to a team, match a header the gateway sets from the claim");
  }

  static Finding ignoreUriCase(Planner.Monolith m, String path, String what) {
    return kept(
        URI_NOT_DELEGABLE,
        m,
        path,
        what
            + ": Istio merges a match with ignoreUriCase only under a delegation with ignoreUriCase"
            + " too, and the delegations that overlap it match case-sensitively",
        "to give it to a team, give its path to the team with ignoreUriCase: true in the ownership"
            + " map");
  }

  /**
   * @param own {@code exact "/x"} or {@code prefix "/x"}: the match's own path; {@code null} when
   *     it has none
   */
  static Finding noOwner(Planner.Monolith m, String path, String what, String own) {
    return kept(
        NO_SINGLE_OWNER,
        m,
        path,
        what + " lies in no delegated path",
        own == null
            ? "to give it to a team, give prefix \"/\" to one team (it takes everything no other"
                + " team owns)"
            : "to give it to a team, give "
                + own
                + " (or a path holding it) to the team that serves"
                + " it");
  }

  /**
   * @param owners the teams whose paths the match overlaps, with those paths
   */
  static Finding spansOwners(
      Planner.Monolith m, String path, String what, List<Planner.Secondary> owners, String own) {
    List<String> named =
        owners.stream()
            .map(s -> "team " + s.team.name + " (" + Describe.matches(s.paths) + ")")
            .toList();
    return kept(
        NO_SINGLE_OWNER,
        m,
        path,
        what
            + " spans the paths of "
            + String.join(" and ", named)
            + ", and no delegation holds all of it",
        "to give it to a team, "
            + (own == null ? "give prefix \"/\"" : "give " + own)
            + " to one team, or narrow the match to one team's path");
  }

  // ---------------------------------------------------------------------------------------------
  // VS303: the delegation order would change which route a request takes

  /**
   * @param match the later match, which goes to {@code owner} ({@code null}: the primary)
   * @param earlierAt where the earlier route's match is ({@code spec.http[0].match[0]})
   * @param earlier the earlier route's match, which goes to {@code earlierOwner} ({@code null}: the
   *     primary)
   */
  static Finding orderChanged(
      Planner.Monolith m,
      String path,
      HTTPMatchRequest match,
      Planner.Secondary owner,
      String earlierAt,
      HTTPMatchRequest earlier,
      Planner.Secondary earlierOwner,
      boolean partial) {
    String message =
        path
            + " ("
            + Describe.match(match)
            + ") goes to "
            + holder(owner)
            + ", which the primary evaluates before "
            + holder(earlierOwner)
            + "; but "
            + earlierAt
            + " ("
            + Describe.match(earlier)
            + ", "
            + holder(earlierOwner)
            + ") comes first in the monolith and also matches some of its requests: the split"
            + " would change which route those requests take";
    String hint =
        owner != null && earlierOwner != null
            ? "give "
                + Describe.matches(owner.paths)
                + " to team "
                + earlierOwner.team.name
                + " as well, or move "
                + path
                + " above "
                + earlierAt
                + " in the monolith if it was meant to win"
            : "move "
                + path
                + " above "
                + earlierAt
                + " in the monolith if it was meant to win, or"
                + " give both paths to one team";
    return route(
        ORDER_CHANGED, m, path, owner == null ? null : owner.team.name, message, hint, partial);
  }

  /** {@code team api (prefix /api)}, or {@code the primary's own route}. */
  private static String holder(Planner.Secondary s) {
    return s == null
        ? "the primary's own route"
        : "team " + s.team.name + " (" + Describe.matches(s.paths) + ")";
  }

  /**
   * A match no team takes that Istio's order would place after a delegation holding it.
   *
   * @param covering the delegation whose path takes the match
   */
  static Finding noPlaceInPrimary(
      Planner.Monolith m,
      String path,
      HTTPMatchRequest match,
      Planner.Secondary covering,
      boolean partial) {
    return route(
        ORDER_CHANGED,
        m,
        path,
        null,
        Describe.match(match)
            + " stays in the primary (no team can take it), but an earlier route goes to team "
            + covering.team.name
            + " ("
            + Describe.matches(covering.paths)
            + "), whose delegation holds this match; a primary route after a delegation holding it"
            + " would change which route its requests take",
        "give the match's path to team "
            + covering.team.name
            + " in a form Istio merges (no regex; ignoreUriCase on both), or move it above the"
            + " earlier route in the monolith if it was meant to win",
        partial);
  }

  // ---------------------------------------------------------------------------------------------
  // VS311: a match the monolith never reaches

  /**
   * @param earlierAt where the earlier match that takes all its requests is
   * @param earlier that match; {@code null} when several earlier routes together take them
   */
  static Finding deadMatch(
      Planner.Monolith m,
      String path,
      HTTPMatchRequest match,
      String earlierAt,
      HTTPMatchRequest earlier) {
    return unreached(
        m,
        path,
        Describe.match(match)
            + " never matches: "
            + earlierAt
            + (earlier == null
                ? " (with the routes after it)"
                : " (" + Describe.match(earlier) + ")")
            + " comes first and takes all its requests; the split leaves this match out, which"
            + " changes no request's route",
        "delete the match " + path + " from the monolith; its route's other matches stay");
  }

  /** A note on a match or route of {@code m} at {@code path} that no request reaches. */
  private static Finding unreached(Planner.Monolith m, String path, String message, String hint) {
    return new Finding(DEAD_MATCH, Severity.INFO, m.ref(), path, null, message, hint, m.at(path));
  }

  /**
   * @param earlierAt where an earlier match that takes requests of it is
   */
  static Finding deadRoute(Planner.Monolith m, String path, String earlierAt) {
    return unreached(
        m,
        path,
        "the route never matches: earlier routes ("
            + earlierAt
            + " first) take all its requests; the split leaves it out, which changes no request's"
            + " route",
        "delete " + path + " from the monolith");
  }

  // ---------------------------------------------------------------------------------------------
  // VS312: a partial split, and where the left-out routes' requests go now

  /**
   * @param routes each left-out route and where its requests go in the split, one line each
   * @param file where the left-out routes were written, {@code null} when they were not
   */
  static Finding leftOut(String ref, List<String> routes, String file) {
    return new Finding(
        LEFT_OUT_ROUTES,
        Severity.WARNING,
        ref,
        "",
        null,
        "partial split: routing CHANGED for "
            + routes.size()
            + " route(s) left out of the split; their requests now go elsewhere:\n  "
            + String.join("\n  ", routes),
        file == null
            ? "move these routes by hand, or fix what their findings say and split again"
            : "the left-out routes are in "
                + file
                + ": move them by hand, or fix what their"
                + " findings say and split again",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // VS304: a route the DSL cannot write exactly

  /**
   * @param missing what the DSL cannot write, one phrase each
   */
  static Finding notExpressible(
      Planner.Monolith m, String path, List<String> missing, boolean partial, Wording wording) {
    return route(
        NOT_EXPRESSIBLE,
        m,
        path,
        null,
        "the DSL cannot write "
            + String.join("; ", missing)
            + " exactly, so the"
            + " generated route would differ",
        "simplify the route in the monolith first ("
            + wording.word(Fix.operation("analyze"))
            + " shows what Istio makes of it), or keep it out of the split"
            + wording.aside(Fix.setting("allowPartial", "true"))
            + " and move it by hand",
        partial);
  }

  // ---------------------------------------------------------------------------------------------
  // VS305: an ownership map that cannot be used

  private static Finding ownership(Location at, String message, String hint) {
    return error(BAD_OWNERSHIP, message, hint, at);
  }

  static Finding noPackage(Location at, Wording wording) {
    return ownership(
        at,
        "no Java package for the generated specs",
        "set 'package: com.example.mesh' in the ownership map, or pass "
            + wording.word(Fix.setting("package", "com.example.mesh")));
  }

  /**
   * @param problem why it is no package name ({@link JavaNames#checkPackage})
   */
  static Finding badPackage(String javaPackage, String problem, Location at) {
    return ownership(
        at, "package \"" + javaPackage + "\" " + problem, "for example com.example.mesh");
  }

  /**
   * @param problem why it is no class name ({@link JavaNames#checkType})
   */
  static Finding badMeshClass(String meshClass, String problem, Location at) {
    return ownership(at, "mesh class \"" + meshClass + "\" " + problem, "for example BookinfoMesh");
  }

  static Finding teamDeclaredTwice(String team, Location at) {
    return ownership(
        at, "team " + team + " is declared twice", "declare each team once under teams:");
  }

  static Finding teamNotALabel(String team, Location at) {
    return ownership(
        at,
        "team name \""
            + team
            + "\" cannot be a Kubernetes label value (vsplit labels each secondary"
            + " with its team): at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
        "for example \"" + KubernetesNames.suggest(team) + "\"");
  }

  /**
   * @param problem why it is no namespace ({@link KubernetesNames#checkNamespace})
   */
  static Finding badTeamNamespace(String namespace, String team, String problem, Location at) {
    return ownership(
        at,
        "namespace \"" + namespace + "\" of team " + team + " " + problem,
        "for example \"" + KubernetesNames.suggest(namespace) + "\"");
  }

  static Finding notOnePath(Location at) {
    return ownership(
        at, "a delegation needs exactly one of 'prefix' and 'exact'", "for example prefix: /api");
  }

  /**
   * @param kind {@code prefix} or {@code exact}
   */
  static Finding pathWithoutSlash(String kind, String path, Location at) {
    return ownership(
        at,
        kind
            + " \""
            + path
            + "\" does not start with '/'; Envoy's paths always do, so it would hold no"
            + " request",
        "write \"/" + path + "\"");
  }

  static Finding noTeam(String path, Location at) {
    return ownership(at, "the delegation of " + path + " names no team", "add team: <name>");
  }

  /**
   * @param read {@code namespace/name} of the VirtualServices read
   */
  static Finding unknownPrimary(String primary, Iterable<String> read, Location at) {
    return ownership(
        at,
        "primary \""
            + primary
            + "\" is not among the VirtualServices read ("
            + String.join(", ", read)
            + ")",
        "write it as namespace/name, one of those");
  }

  /**
   * @param read {@code namespace/name} of the VirtualServices read
   */
  static Finding whichPrimary(String path, int count, Iterable<String> read, Location at) {
    return ownership(
        at,
        "the delegation of "
            + path
            + " does not say which primary it splits, and the input has "
            + count
            + " ("
            + String.join(", ", read)
            + ")",
        "add primary: namespace/name");
  }

  static Finding teamWithoutNamespace(String team, Location at) {
    return ownership(
        at,
        "team " + team + " has no namespace for its secondary",
        "give the team one under teams: ("
            + team
            + ": {namespace: ...}) or add namespace: to the delegation");
  }

  /**
   * @param problem why it is no VirtualService name ({@link KubernetesNames#checkName})
   */
  static Finding badSecondaryName(String name, String problem, Location at) {
    return ownership(
        at,
        "secondary name \"" + name + "\" " + problem,
        "for example \"" + KubernetesNames.suggest(name) + "\"");
  }

  /**
   * @param problem why it is no namespace ({@link KubernetesNames#checkNamespace})
   */
  static Finding badNamespace(String namespace, String problem, Location at) {
    return ownership(
        at,
        "namespace \"" + namespace + "\" " + problem,
        "for example \"" + KubernetesNames.suggest(namespace) + "\"");
  }

  /**
   * @param problem why it is no class name ({@link JavaNames#checkType})
   * @param example a class name the team's spec could have
   */
  static Finding badTeamSpecClass(String className, String problem, String example, Location at) {
    return ownership(at, "class \"" + className + "\" " + problem, "for example " + example);
  }

  static Finding secondaryIsPrimary(String ref, Location at) {
    return ownership(
        at,
        "secondary "
            + ref
            + " has the name and namespace of a primary; the two VirtualServices would be"
            + " one resource",
        "name the secondary differently");
  }

  static Finding secondaryOfTwoTeams(String ref, String team, String before, Location at) {
    return ownership(
        at,
        "secondary "
            + ref
            + " is given to team "
            + team
            + " here and to team "
            + before
            + " before",
        "a secondary has one owning team: name this one differently");
  }

  /**
   * @param other a name the second secondary could have
   */
  static Finding secondaryOfTwoPrimaries(String ref, String primary, String other, Location at) {
    return ownership(
        at,
        "secondary "
            + ref
            + " already splits primary "
            + primary
            + "; a secondary serves one primary here,"
            + " because Istio merges all of its routes under every primary that delegates to it",
        "name this one differently, e.g. " + other);
  }

  static Finding twoClasses(String ref, String className, String other, Location at) {
    return ownership(
        at,
        "secondary " + ref + " is given two classes, " + className + " and " + other,
        "keep one");
  }

  /**
   * @param before the secondary the path was given to first; {@code ref} again when it is listed
   *     twice for one
   */
  static Finding pathGivenTwice(
      HTTPMatchRequest path, String primary, String before, String ref, Location at) {
    return ownership(
        at,
        Describe.match(path)
            + " of primary "
            + primary
            + (before.equals(ref)
                ? " is listed twice for " + ref
                : " is given to both " + before + " and " + ref)
            + "; Istio would send its requests to the first only",
        "keep one entry for it");
  }

  static Finding nestedPaths(
      HTTPMatchRequest path, HTTPMatchRequest other, String ref, Location at) {
    return ownership(
        at,
        Describe.match(path)
            + " and "
            + Describe.match(other)
            + " both go to "
            + ref
            + " and one holds"
            + " the other; a secondary's paths are delegated together, in one place of the primary's order",
        "keep the outer one, or give the inner one a secondary of its own");
  }

  static Finding primaryWithoutDelegations(String primary, Location at) {
    return ownership(
        at,
        "no delegation names primary " + primary + ", so none of its routes would have an owner",
        "add delegations with 'primary: " + primary + "', or leave its file out of the input");
  }

  /**
   * Two secondaries of one primary whose paths overlap without one set holding the other ({@code
   * first} declared first).
   */
  static Finding overlappingPaths(Planner.Secondary first, Planner.Secondary second, Location at) {
    return ownership(
        at,
        "the paths of "
            + first.ref()
            + " ("
            + Describe.matches(first.paths)
            + ") and of "
            + second.ref()
            + " ("
            + Describe.matches(second.paths)
            + ") overlap without one set holding the other, so no order of the two"
            + " delegations keeps each team's requests",
        "give the overlapping paths to one of them, or a secondary of their own");
  }

  static Finding classForTwoSpecs(String className, Location at) {
    return ownership(
        at,
        "class " + className + " is named for two specs",
        "give each TeamSpec its own class name");
  }

  /**
   * @param file the ownership file, as shown to the user
   */
  static Finding twoMaps(String file) {
    return ownership(
        null,
        "two ownership maps: a file (" + file + ") and one in the configuration",
        "keep one of them");
  }

  /**
   * @param file the ownership file, as shown to the user
   */
  static Finding noSuchMap(String file, Wording wording) {
    return ownership(
        null,
        "ownership map " + file + " does not exist",
        "run "
            + wording.word(Fix.operation("split"))
            + " without "
            + wording.word(Fix.setting("ownership"))
            + " to have one proposed");
  }

  /**
   * @param verdict how the proposed map splits
   * @param written the file the proposal was written to, as shown to the user; {@code null} when
   *     none was
   */
  static Finding mapProposed(String verdict, String written, Wording wording) {
    return new Finding(
        BAD_OWNERSHIP,
        Severity.INFO,
        "",
        "",
        null,
        "no ownership map given, so no code was generated; a"
            + " map is proposed below. "
            + verdict,
        "review the proposal, then split with "
            + wording.word(Fix.setting("ownership", written == null ? "FILE" : written)),
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // VS306: input that is no monolith to split

  static Finding noInput(Wording wording) {
    return error(
        NOT_A_MONOLITH,
        "no input to split",
        "name the monolith's YAML files or folders" + wording.aside(Fix.setting("input", "...")),
        null);
  }

  /** A resource of the input that is not a VirtualService: kept as it is. */
  static Finding notSplit(LoadedResource r) {
    String ref = r.resource().namespace() + "/" + r.resource().name();
    return new Finding(
        NOT_A_MONOLITH,
        Severity.INFO,
        ref,
        "",
        null,
        r.resource().kind()
            + " "
            + ref
            + " is not part of the"
            + " split; keep applying it as it is",
        "",
        r.location());
  }

  static Finding noHosts(String ref, Location at) {
    return notAMonolith(ref, "has no hosts: it is a secondary already, not a monolith", at);
  }

  static Finding delegatesAlready(String ref, Location at, Wording wording) {
    return notAMonolith(
        ref,
        "delegates already; "
            + wording.word(Fix.operation("analyze"))
            + " checks a split that exists",
        at);
  }

  static Finding tcpOrTls(String ref, Location at) {
    return notAMonolith(
        ref, "has tcp or tls routes, which a primary written in the DSL cannot hold", at);
  }

  static Finding noHttpRoutes(String ref, Location at) {
    return notAMonolith(ref, "has no http routes to split", at);
  }

  private static Finding notAMonolith(String ref, String problem, Location at) {
    return error(
        NOT_A_MONOLITH,
        ref,
        "spec",
        null,
        "VirtualService " + ref + " " + problem,
        "leave it out of the input",
        at);
  }

  static Finding inputHasErrors(Wording wording) {
    return error(
        NOT_A_MONOLITH,
        "the input has errors of its own (above): Istio would not route it as"
            + " written, so there is nothing exact to split",
        "fix them first (" + wording.word(Fix.operation("analyze")) + " shows them too)",
        null);
  }

  static Finding noMonolith() {
    return error(
        NOT_A_MONOLITH,
        "the input holds no VirtualService with hosts and http routes",
        "name the monolith's YAML files or folders",
        null);
  }

  /** Every route of {@code m} stays out of the split. */
  static Finding nothingSplit(Planner.Monolith m) {
    return error(
        NOT_A_MONOLITH,
        m.ref(),
        "spec.http",
        null,
        "no route of " + m.ref() + " can be split",
        "fix the routes listed above",
        m.at("spec.http"));
  }

  // ---------------------------------------------------------------------------------------------
  // VS307: a file that exists already

  /**
   * @param file as shown to the user
   */
  static Finding sourceExists(String file, Wording wording) {
    return error(
        FILE_EXISTS,
        file
            + " exists; "
            + wording.word(Fix.operation("split"))
            + " never overwrites a"
            + " source file, and writes nothing unless it can write everything",
        "move it away, or split into another package"
            + wording.aside(Fix.setting("package"))
            + " or source folder"
            + wording.aside(Fix.setting("sourceDirectory")),
        null);
  }

  /**
   * @param file as shown to the user
   */
  static Finding proposalExists(String file, Wording wording) {
    return error(
        FILE_EXISTS,
        file + " exists; " + wording.word(Fix.operation("split")) + " never overwrites it",
        "split with it"
            + wording.aside(Fix.setting("ownership", file))
            + ", or move it away to have a new one proposed",
        null);
  }

  /**
   * @param file as shown to the user
   */
  static Finding teamSpecExists(String file, Wording wording) {
    return error(
        FILE_EXISTS,
        file
            + " exists but is no compiled TeamSpec for its secondary; "
            + wording.word(Fix.operation("scaffold"))
            + " never overwrites a file",
        "compile the project first"
            + wording.aside(Fix.compileThen("scaffold"))
            + ", or move the file away",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // VS308: the proof could not run or failed (a vsplit bug)

  /**
   * @param compiler what javac said
   */
  static Finding doesNotCompile(String compiler) {
    return bug("the generated specs do not compile:\n" + compiler);
  }

  static Finding constructorThrew(Class<?> type, Throwable cause) {
    return bug("creating " + type.getName() + " threw " + cause);
  }

  static Finding cannotCreate(Class<?> type, ReflectiveOperationException e) {
    return bug("cannot create " + type.getName() + ": " + e);
  }

  /**
   * @param errors the errors of loading the generated specs
   */
  static Finding doesNotLoad(List<Finding> errors) {
    StringBuilder message = new StringBuilder("the generated specs do not load cleanly:");
    errors.forEach(f -> message.append("\n  ").append(f.format()));
    return bug(message.toString());
  }

  private static Finding bug(String message) {
    return error(
        NOT_EQUIVALENT,
        message,
        "this is a vsplit bug; please report it with the monolith and the ownership map",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // VS309: a delegation that receives no route

  static Finding emptyDelegation(Planner.Secondary s) {
    return warning(
        EMPTY_DELEGATION,
        s.primary.monolith.ref(),
        "",
        s.team.name,
        Describe.matches(s.paths)
            + " ("
            + s.ref()
            + ") receives no route of the monolith, so no delegation is generated for it; requests there go on to the next"
            + " delegation, as they found no route before",
        "remove it from the ownership map, or add its routes to the" + " monolith first",
        s.sites.get(0));
  }

  // ---------------------------------------------------------------------------------------------
  // VS310: a secondary scaffold cannot write a TeamSpec for

  static Finding notAConstant(Secondary s) {
    return error(
        CANNOT_SCAFFOLD,
        s.toString(),
        "",
        s.team().name(),
        "secondary "
            + s
            + " is not a public static final"
            + " constant of a MeshSpec, so a TeamSpec cannot return it",
        "declare it as one, e.g. public static final Secondary "
            + JavaNames.constant(s.name())
            + " = "
            + JavaNames.constant(s.team().name())
            + ".secondary(\""
            + s.name()
            + "\");",
        null);
  }
}
