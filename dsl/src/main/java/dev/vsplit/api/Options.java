package dev.vsplit.api;

import static dev.vsplit.api.Option.FrontEnd.COMMAND_LINE;
import static dev.vsplit.api.Option.FrontEnd.MAVEN;
import static dev.vsplit.api.Option.Type.BOOLEAN;
import static dev.vsplit.api.Option.Type.LIST;
import static dev.vsplit.api.Option.Type.NUMBER;
import static dev.vsplit.api.Option.Type.PATH;
import static dev.vsplit.api.Option.Type.TEXT;

import dev.vsplit.api.Option.FrontEnd;
import dev.vsplit.findings.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every setting of every operation, once: the table the Maven plugin's parameters are held to (its
 * tests compare each goal's parameters with it: name, default and description) and the command line
 * builds its options from. A setting two operations describe differently (what {@code input} is to
 * {@code analyze} and to {@code split}) has one entry per meaning.
 */
public final class Options {

  private static final Set<FrontEnd> BOTH = Set.of(MAVEN, COMMAND_LINE);
  private static final List<String> SPEC_OPERATIONS =
      List.of("check", "explain", "generate", "plan", "scaffold", "report");
  private static final List<String> EVERY_OPERATION =
      List.of("analyze", "check", "explain", "generate", "plan", "scaffold", "split", "report");

  /** Every setting, the shared ones first, then each operation's own. */
  public static final List<Option> ALL =
      List.of(
          new Option("skip", BOOLEAN, "false", "Skips the goal.", EVERY_OPERATION, Set.of(MAVEN)),
          shared(
              "namespace",
              TEXT,
              "default",
              "Namespace of manifests that have no metadata.namespace, as kubectl apply would place"
                  + " them."),
          shared(
              "domainSuffix",
              TEXT,
              "cluster.local",
              "The cluster's DNS suffix: short host names resolve to"
                  + " <name>.<namespace>.svc.<domainSuffix>."),
          shared(
              "defaultExportTo",
              LIST,
              null,
              "meshConfig.defaultVirtualServiceExportTo, when the mesh sets one (comma-separated);"
                  + " unset means *."),
          shared(
              "maxFileBytes",
              NUMBER,
              "33554432",
              "Largest YAML file read, in bytes (32 MiB). A larger file is a "
                  + Code.VS001.id()
                  + " finding, not read."),
          shared(
              "maxDepth",
              NUMBER,
              "64",
              "Deepest nesting of maps and lists in a YAML document (at most 256)."),
          shared(
              "maxAliases",
              NUMBER,
              "100",
              "Most YAML aliases (*name) in one document; 0 forbids them."),
          shared(
              "maxAliasExpansion",
              NUMBER,
              "10000",
              "Most nodes the aliases of one YAML document may add once expanded: the \"billion"
                  + " laughs\" guard."),
          shared(
              "maxScalarLength",
              NUMBER,
              "1048576",
              "Longest single string value in a YAML document, in characters (1 MiB)."),
          new Option(
              "classpath",
              LIST,
              null,
              "The compiled specs: class folders and jars (separated by the platform's path"
                  + " separator, or the option repeated). Every MeshSpec and TeamSpec in its class"
                  + " folders runs.",
              SPEC_OPERATIONS,
              Set.of(COMMAND_LINE)),
          new Option(
              "outputDirectory",
              PATH,
              "istio",
              "The checked-in folder the generated YAML goes to (applied by your GitOps tool). Files"
                  + " vsplit did not generate there are never touched.",
              SPEC_OPERATIONS,
              BOTH),
          new Option(
              "specs",
              LIST,
              null,
              "The administrator's MeshSpec classes, by name: the only mesh specs that run. A"
                  + " MeshSpec anywhere else in the compiled classes (in a team's sources) fails the"
                  + " build ("
                  + Code.VS220.id()
                  + "), as does naming none. Team specs are found in the places the mesh specs give"
                  + " their teams (Team.specPackage); naming TeamSpec classes here too runs only"
                  + " those.",
              SPEC_OPERATIONS,
              BOTH),
          new Option(
              "forkTimeout",
              NUMBER,
              "120",
              "How long each forked spec run (the mesh specs, then each team's specs) may take, in"
                  + " seconds, before it is stopped and the build fails ("
                  + Code.VS222.id()
                  + ").",
              SPEC_OPERATIONS,
              BOTH),
          new Option(
              "format",
              TEXT,
              "text",
              "How the answer is printed: text, json, yaml or markdown; findings also as sarif"
                  + " (SARIF 2.1.0, for code scanning).",
              List.of("analyze", "check", "generate"),
              Set.of(COMMAND_LINE)),
          new Option(
              "format",
              TEXT,
              "text",
              "How the answer is printed: text, markdown or json.",
              List.of("explain"),
              BOTH),
          new Option(
              "format",
              TEXT,
              "text",
              "How the plan is printed and written: text, markdown (a pull-request comment, grouped"
                  + " by team, code owners mentioned) or json.",
              List.of("plan"),
              BOTH),
          own(
              "analyze",
              "input",
              LIST,
              null,
              "YAML files or folders to analyze (comma-separated; folders are read recursively)."),
          own(
              "analyze",
              "effectiveOutput",
              PATH,
              null,
              "Writes the effective routes (what Istio merges and Envoy sees) to this YAML file."),
          own(
              "analyze",
              "findingsOutput",
              PATH,
              null,
              "Writes the findings to this file: JSON, YAML when the name ends in .yaml/.yml, or"
                  + " SARIF 2.1.0 (for code scanning) when it ends in .sarif."),
          own(
              "analyze",
              "failOnError",
              BOOLEAN,
              "true",
              "Fails the build when a finding is an error."),
          own(
              "analyze",
              "failOnWarning",
              BOOLEAN,
              "false",
              "Fails the build when a finding is a warning, too."),
          new Option(
              "maxDiffLines",
              NUMBER,
              "20",
              "Lines of diff shown per differing file (check, and generate in CI).",
              SPEC_OPERATIONS,
              BOTH),
          new Option(
              "reviewDirectory",
              PATH,
              null,
              "Where the effective routes (effective-routes.yaml) and the CODEOWNERS fragment go:"
                  + " files people review but no cluster applies, kept out of outputDirectory so that"
                  + " it holds only Kubernetes objects and kustomization.yaml. Default: beside it,"
                  + " named after it with -review (istio-review/). outputDirectory itself puts them"
                  + " back in it.",
              SPEC_OPERATIONS,
              BOTH),
          new Option(
              "ci",
              TEXT,
              null,
              "Whether the build runs in CI: then generate writes nothing, compares like check, and"
                  + " fails naming each stale, missing or extra file, so that output not regenerated"
                  + " before the commit fails the build instead of being regenerated in CI's"
                  + " throwaway checkout. Default: the environment variable CI (true on GitHub"
                  + " Actions, GitLab CI, CircleCI and most others); false switches it off, true"
                  + " on.",
              List.of("generate"),
              Set.of(MAVEN)),
          new Option(
              "generate.skip",
              BOOLEAN,
              "false",
              "Skips this goal only (vsplit.skip skips every goal).",
              List.of("generate"),
              Set.of(MAVEN)),
          new Option(
              "check.skip",
              BOOLEAN,
              "false",
              "Skips this goal only (vsplit.skip skips every goal).",
              List.of("check"),
              Set.of(MAVEN)),
          new Option(
              "force",
              BOOLEAN,
              "false",
              "Generates even when nothing changed since the last generation. By default the goal"
                  + " skips its work when the spec classes (and every class and resource in the"
                  + " project's class folders), the jars on the compile classpath, vsplit's version,"
                  + " the settings and the output folder are all as the last generation left them.",
              List.of("generate"),
              Set.of(MAVEN)),
          own(
              "explain",
              "request",
              TEXT,
              null,
              "The request: \"GET /login?next=/\", or just a path for a GET. Without it, the route"
                  + " table is printed."),
          own(
              "explain",
              "host",
              TEXT,
              null,
              "The host the request is for (:authority), with or without a port."),
          own(
              "explain",
              "headers",
              LIST,
              null,
              "Request headers, name=value (or name:value), comma-separated."),
          own(
              "explain",
              "gateway",
              TEXT,
              null,
              "The gateway it arrives through: ns/name, a bare name, or mesh; default: the chosen"
                  + " VirtualService's first."),
          own(
              "explain",
              "port",
              NUMBER,
              null,
              "The port it arrives on; default 80, or 443 for https."),
          own("explain", "scheme", TEXT, null, "The scheme, http by default."),
          own(
              "explain",
              "sourceNamespace",
              TEXT,
              null,
              "The namespace of the workload sending it (what sourceNamespace matches)."),
          own(
              "explain",
              "sourceLabels",
              LIST,
              null,
              "Labels of the workload sending it, name=value, comma-separated (what sourceLabels"
                  + " matches)."),
          new Option(
              "requests",
              TEXT,
              null,
              "Several requests, answered in one table: ;-separated, each [METHOD] PATH then any of"
                  + " host=H, header.NAME=VALUE, gateway=G, port=N, scheme=S. The other request"
                  + " parameters apply to each as defaults.",
              List.of("explain"),
              Set.of(MAVEN)),
          new Option(
              "requestFile",
              PATH,
              null,
              "A file of requests, one per line in the form of requests; # starts a comment.",
              List.of("explain"),
              BOTH),
          new Option(
              "input",
              LIST,
              null,
              "YAML files or folders to read instead of the project's specs (comma-separated).",
              List.of("explain", "report"),
              BOTH),
          own(
              "plan",
              "before",
              TEXT,
              null,
              "The routes before: an effective-routes file or a folder holding one. Default: the"
                  + " review folder's effective-routes.yaml (istio-review/effective-routes.yaml)."),
          own(
              "plan",
              "after",
              TEXT,
              null,
              "The routes after: an effective-routes file or a folder holding one. Default: what the"
                  + " project's specs produce now."),
          own(
              "plan",
              "failOnMultipleTeams",
              BOOLEAN,
              "false",
              "Fails the build when the change touches the routes of more than one team."),
          own("plan", "failOnChange", BOOLEAN, "false", "Fails the build when any route changes."),
          own(
              "plan",
              "planOutput",
              PATH,
              null,
              "Also writes the plan to this file (for a pull-request comment)."),
          own(
              "scaffold",
              "package",
              TEXT,
              null,
              "The TeamSpecs' package; default: the package of the MeshSpec that declares the"
                  + " secondary."),
          own(
              "scaffold",
              "sourceDirectory",
              PATH,
              "src/main/java",
              "The source folder the TeamSpecs are written to."),
          own(
              "split",
              "input",
              LIST,
              null,
              "The monolith: YAML files or folders with the VirtualServices to split"
                  + " (comma-separated)."),
          own(
              "split",
              "ownership",
              PATH,
              null,
              "The ownership map: which team owns which path (YAML). Without one, split proposes one"
                  + " and generates no code."),
          own(
              "split",
              "package",
              TEXT,
              null,
              "The Java package of the generated specs; overrides the ownership map's package."),
          own(
              "split",
              "sourceDirectory",
              PATH,
              "src/main/java",
              "The source folder the specs are written to; existing files are never overwritten."),
          own(
              "split",
              "allowPartial",
              BOOLEAN,
              "false",
              "Generate the routes that split cleanly even when others cannot go to one owner; those"
                  + " are listed and left out."),
          own(
              "split",
              "suggestionOutput",
              PATH,
              "vsplit-ownership.yaml",
              "Where a proposed ownership map is written when none is given (never over an existing"
                  + " file)."),
          own(
              "report",
              "reportOutput",
              PATH,
              "target/vsplit-report.html",
              "The HTML page written: the effective routes per host, their teams, matches,"
                  + " destinations and findings, with a search for which route takes a request."));

  private Options() {}

  /**
   * The settings {@code operation} takes in {@code frontEnd}, in the table's order.
   *
   * @param operation e.g. {@code analyze}
   * @param frontEnd the Maven plugin or the command line
   * @return its settings; empty for an unknown operation
   */
  public static List<Option> of(String operation, FrontEnd frontEnd) {
    List<Option> out = new ArrayList<>();
    for (Option o : ALL) {
      if (o.appliesTo(operation) && o.offeredBy(frontEnd)) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The setting {@code name} of {@code operation}.
   *
   * @param operation e.g. {@code explain}
   * @param name e.g. {@code input}
   * @return the entry
   * @throws IllegalArgumentException when the operation has no such setting
   */
  public static Option named(String operation, String name) {
    for (Option o : ALL) {
      if (o.name().equals(name) && o.appliesTo(operation)) {
        return o;
      }
    }
    throw new IllegalArgumentException(operation + " has no setting " + name);
  }

  /**
   * A setting's name as a command line's long option: {@code maxFileBytes} is {@code
   * --max-file-bytes}.
   *
   * @param name the setting's camel-case name
   * @return two dashes and the name in kebab case
   */
  public static String flagOf(String name) {
    StringBuilder out = new StringBuilder("--");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append('-').append((char) (c + ('a' - 'A')));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Option shared(String name, Option.Type type, String def, String description) {
    return new Option(name, type, def, description, EVERY_OPERATION, BOTH);
  }

  private static Option own(
      String operation, String name, Option.Type type, String def, String description) {
    return new Option(name, type, def, description, List.of(operation), BOTH);
  }
}
