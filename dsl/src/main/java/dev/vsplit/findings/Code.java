package dev.vsplit.findings;

import static dev.vsplit.findings.Severity.ERROR;
import static dev.vsplit.findings.Severity.INFO;
import static dev.vsplit.findings.Severity.WARNING;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every finding code vsplit reports, each with its severity, its one-line summary and its anchor in
 * the README's rule table: the one place a code is defined. Rules, the DSL's checks and split and
 * scaffold take their codes from here; a {@link Finding} carries one.
 *
 * <ul>
 *   <li>{@code VS0xx}: a manifest that cannot be read, or that Kubernetes or Istio's webhook
 *       refuses;
 *   <li>{@code VS1xx}: delegation that Istio drops, refuses or misroutes;
 *   <li>{@code VS2xx}: the DSL: a spec that cannot be generated as written;
 *   <li>{@code VS3xx}: split and scaffold: a route or a file that cannot be generated.
 * </ul>
 */
public enum Code {
  VS001(
      ERROR,
      "A file or document that cannot be read as a manifest (YAML syntax, a value of the wrong type, a limit exceeded)."),
  VS002(
      ERROR,
      "Istio's admission webhook refuses the resource (any reason not covered by a more specific code)."),
  VS003(WARNING, "Istio's admission webhook admits the resource with a warning."),
  VS004(
      ERROR,
      "A resource that breaks Istio's CRD schema (a wrong type, a missing or conflicting field): the API server refuses it."),
  VS005(
      WARNING,
      "A field Istio's CRD schema does not declare (often a typo or a misplaced field): the API server silently drops it."),
  VS006(
      ERROR,
      "Two manifests with the same kind, namespace and name: kubectl apply keeps only the last."),
  VS007(
      WARNING,
      "A name or namespace that is not a valid Kubernetes name (DNS-1123), so the resource cannot be applied as written."),
  VS008(
      ERROR, "A regex that RE2 (Envoy's regex engine) rejects; the webhook refuses the resource."),

  VS101(
      ERROR,
      "A secondary (delegate) VirtualService whose route itself delegates: only one level of delegation exists."),
  VS102(
      ERROR,
      "A secondary's match that fits no match of the primary route delegating to it: Istio silently drops the whole route."),
  VS103(ERROR, "A primary route with delegate that also has route or redirect."),
  VS104(
      ERROR,
      "A primary delegates to a VirtualService that has hosts: Istio does not treat it as a delegate and drops the route."),
  VS105(
      ERROR,
      "A primary delegates to a VirtualService that does not exist (or that Istio's webhook refuses): Istio drops the route."),
  VS106(
      ERROR,
      "A secondary whose exportTo does not include the primary's namespace: Istio drops the route."),
  VS107(ERROR, "A secondary (no hosts) with gateways, tcp or tls: the webhook refuses it."),
  VS108(ERROR, "exportTo with ~ (none), or * together with other entries."),
  VS109(
      ERROR,
      "A JWT-claim header match (@request.auth.claims.*) in a VirtualService without gateways, such as every secondary."),
  VS110(
      WARNING,
      "A short destination host in a secondary used by a primary in another namespace: it resolves in the secondary's namespace."),
  VS111(
      WARNING,
      "A secondary route plus fields inherited from the primary form a combination the webhook refuses on one route (e.g. redirect + inherited rewrite)."),
  VS112(
      WARNING,
      "A secondary (no hosts) that no primary delegates to: none of its routes takes effect."),
  VS113(
      ERROR,
      "A primary none of whose delegations takes effect: its hosts serve only its own routes, or nothing (404)."),
  VS114(
      ERROR,
      "A primary delegation placed after a route of the primary's own that covers it: that route answers its requests, the team never gets them."),
  VS115(
      WARNING,
      "A route that an earlier route of the same owner, in the effective (merged) order, always wins over: it never matches."),
  VS116(
      WARNING,
      "A primary delegation placed after a broader delegation (/ before /log): it gets only what the earlier team's routes leave."),
  VS117(
      ERROR,
      "A route that never matches because earlier routes of another team's secondary (or of the primary) take all its requests: / before /log steals /login."),
  VS118(
      WARNING,
      "A secondary route that sets a field the primary's delegation sets too (timeout, retries, headers...): the route's value replaces the administrator's whole."),
  VS119(
      WARNING,
      "Requests inside a team's delegation that none of its routes takes fall through to a later team's route that reaches into it: seal the secondary."),

  VS201(ERROR, "(DSL) A team's match outside its scope, or inside a part of it another team owns."),
  VS202(ERROR, "(DSL) Two delegations of one primary with exactly the same scope."),
  VS203(
      ERROR,
      "(DSL) Two delegations that overlap without one containing the other: their order decides, and vsplit will not guess it."),
  VS204(ERROR, "(DSL) A secondary with no TeamSpec and neither a default backend nor fail-closed."),
  VS205(
      ERROR,
      "(DSL) A TeamSpec for a secondary no primary delegates to, or two TeamSpecs for one secondary."),
  VS206(ERROR, "(DSL) A name or namespace Kubernetes refuses (it would also become a file name)."),
  VS207(ERROR, "(DSL) A spec class that cannot be loaded or throws."),
  VS208(ERROR, "(DSL) A route with no destination, redirect or direct response."),
  VS209(
      ERROR,
      "(DSL) A declaration that cannot be generated: a primary without hosts, a delegation without a secondary."),
  VS210(
      ERROR,
      "(DSL) A route field refused where it is written: a duration Go cannot read or Istio refuses (30sec, 0.5ms)."),
  VS220(
      ERROR,
      "(DSL) A spec class outside the place the administrator gave it: a MeshSpec the configuration does not name, a class both MeshSpec and TeamSpec, a TeamSpec outside its team's place."),
  VS221(ERROR, "(DSL) A TeamSpec that returns another team's secondary."),
  VS222(
      ERROR,
      "(DSL) A spec run that did not hand back a usable result: its JVM exited, crashed or hung, wrote something else, or changed the administrator's declarations."),
  VS230(
      ERROR,
      "(DSL) A team route or mirror to a host outside the team's allowed destinations (Team.allowedDestinations)."),

  VS301(
      INFO,
      "(split) A match Istio never merges under a delegation (a regex URI, ignoreUriCase, a JWT claim): it stays in the primary, as the administrators' route."),
  VS302(
      INFO,
      "(split) A match that no single delegation holds (it spans several teams' paths, or none): it stays in the primary, as the administrators' route."),
  VS303(
      ERROR,
      "(split) A match the primary's order would move before an earlier match that shares requests with it."),
  VS304(ERROR, "(split) A route field the DSL cannot write exactly."),
  VS305(
      ERROR,
      "(split) An ownership map that cannot be used: a bad name, a duplicate or overlapping path, an unknown primary."),
  VS306(
      ERROR,
      "(split) Input that is not a monolith to split: no hosts, tcp or tls routes, delegation already, errors of its own."),
  VS307(
      ERROR,
      "(split, scaffold) A source file that exists already: split and scaffold never overwrite one."),
  VS308(
      ERROR,
      "(split) The generated specs do not route exactly as the monolith does (or do not compile or load)."),
  VS309(WARNING, "(split) A delegation that receives no route of the monolith: it is left out."),
  VS310(ERROR, "(scaffold) A secondary the scaffold cannot write a TeamSpec for."),
  VS311(
      INFO,
      "(split) A match or route the monolith never reaches (earlier routes take all its requests): left out of the split, which changes no request's route."),
  VS312(WARNING, "(split) A partial split: the routes left out, and where their requests go now.");

  private final Severity severity;
  private final String summary;

  Code(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /** The code as messages, reports and the README show it, e.g. {@code VS102}. */
  public String id() {
    return name();
  }

  /**
   * The severity its findings have, as the README's rule table lists it. A finding may report less:
   * split's route findings are warnings when a partial split is allowed, and split reports a
   * proposed map's problems as information.
   */
  public Severity severity() {
    return severity;
  }

  /**
   * What it finds, in one line: the README's rule table, {@code help} output, code-scanning rules.
   */
  public String summary() {
    return summary;
  }

  /**
   * The anchor of its row in the README's rule table, e.g. {@code vs102}: {@code README.md#vs102}
   * links to it.
   */
  public String anchor() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The code with this id, e.g. {@code VS102}.
   *
   * @throws IllegalArgumentException when vsplit has no such code
   */
  public static Code of(String id) {
    for (Code c : values()) {
      if (c.name().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "vsplit has no finding code \""
            + id
            + "\"; the codes are "
            + Arrays.stream(values()).map(Code::id).collect(Collectors.joining(", ")));
  }
}
