package dev.vsplit.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.vsplit.MeshSpec;
import dev.vsplit.Scope;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.DslFindings;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code vsplit:scaffold}: a first {@code TeamSpec} for every secondary that has none, so a team
 * starts from code that compiles and routes exactly as its skeleton did. Programs reach it through
 * {@code dev.vsplit.api.Vsplit#scaffold}, which loads and runs the project's specs for it.
 */
public final class Scaffolder {

  private Scaffolder() {}

  /**
   * What scaffold works from and where it writes.
   *
   * @param projectDirectory the project's folder; file names in messages are relative to it
   * @param sourceDirectory the source folder the new TeamSpecs go to
   * @param javaPackage the new classes' package; {@code null} for the package of the MeshSpec that
   *     declares the secondary
   * @param meshes the project's mesh specs
   * @param teams the project's team specs
   * @param scopes what the specs produce: each secondary's scope
   * @param skeletons what the specs produce: the skeleton secondaries (of teams that have written
   *     no routes yet)
   * @param loading the findings of loading and running the specs
   * @param wording how the front end words a fix in the findings and the new sources
   */
  public record Job(
      Path projectDirectory,
      Path sourceDirectory,
      String javaPackage,
      List<MeshSpec> meshes,
      List<TeamSpec> teams,
      Map<Secondary, Scope> scopes,
      List<VirtualService> skeletons,
      List<Finding> loading,
      Wording wording) {}

  /**
   * What scaffold did.
   *
   * @param findings secondaries that cannot be scaffolded, files that exist, errors of the specs;
   *     any error means nothing was written
   * @param sources the TeamSpecs generated, by path relative to the source folder
   * @param written the files written
   * @param scaffolded the secondaries ({@code namespace/name}) that got a TeamSpec
   */
  public record Outcome(
      List<Finding> findings,
      Map<String, String> sources,
      List<Path> written,
      List<String> scaffolded) {}

  /** Where a secondary is declared: a public constant of a mesh spec. */
  private record Declared(ClassName owner, String field) {}

  /** Writes a TeamSpec for every secondary without one, or nothing when any cannot be written. */
  public static Outcome scaffold(Job request) throws IOException {
    List<Finding> findings = new ArrayList<>();
    // VS204 (no skeleton) is what scaffolding fixes; every other error stops it.
    for (Finding f : request.loading()) {
      if (f.severity() == Severity.ERROR && f.code() != DslFindings.NO_SKELETON) {
        findings.add(f);
      }
    }
    if (!findings.isEmpty()) {
      return new Outcome(findings, Map.of(), List.of(), List.of());
    }
    Set<Secondary> written = new HashSet<>();
    for (TeamSpec t : request.teams()) {
      try {
        written.add(t.secondary());
      } catch (RuntimeException e) {
        // reported by the engine already
      }
    }
    List<Secondary> missing = new ArrayList<>();
    for (Secondary s : request.scopes().keySet()) {
      if (!written.contains(s)) {
        missing.add(s);
      }
    }
    missing.sort(Comparator.comparing(Secondary::namespace).thenComparing(Secondary::name));
    Map<Secondary, Declared> declared = declarations(request.meshes());
    Map<String, String> sources = new LinkedHashMap<>();
    List<String> scaffolded = new ArrayList<>();
    Set<String> classes = new HashSet<>();
    for (Secondary s : missing) {
      Declared d = declared.get(s);
      if (d == null) {
        findings.add(SplitFindings.notAConstant(s));
        continue;
      }
      // the package the administrator bound the team to; else the one asked for; else the mesh's
      String pkg =
          s.team().specPackage() != null
              ? s.team().specPackage()
              : request.javaPackage() != null ? request.javaPackage() : d.owner().packageName();
      long sameTeam = missing.stream().filter(o -> o.team().equals(s.team())).count();
      String name =
          SpecNames.unique(
              SpecNames.teamSpec(s.team().name(), s.name(), sameTeam == 1),
              candidate -> classes.add(pkg + "." + candidate));
      JavaFile file =
          teamSpec(
              pkg,
              name,
              s,
              d,
              request.scopes().get(s),
              fallback(request.skeletons(), s),
              request.wording().word(Fix.operation("scaffold")));
      sources.put(SpecWriter.path(file), file.toString());
      scaffolded.add(s.toString());
    }
    for (Path existing : SourceFiles.existing(request.sourceDirectory(), sources)) {
      findings.add(SplitFindings.teamSpecExists(shown(request, existing), request.wording()));
    }
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return new Outcome(findings, sources, List.of(), List.of());
    }
    List<Path> paths =
        sources.isEmpty() ? List.of() : SourceFiles.writeAll(request.sourceDirectory(), sources);
    return new Outcome(findings, sources, paths, scaffolded);
  }

  /** Public static final Secondary constants of the mesh specs. */
  private static Map<Secondary, Declared> declarations(List<MeshSpec> meshes) {
    Map<Secondary, Declared> out = new LinkedHashMap<>();
    for (MeshSpec m : meshes) {
      Class<?> type = m.getClass();
      for (Field f : type.getFields()) {
        int mod = f.getModifiers();
        if (java.lang.reflect.Modifier.isStatic(mod)
            && java.lang.reflect.Modifier.isFinal(mod)
            && f.getType() == Secondary.class) {
          try {
            Object value = f.get(null);
            if (value instanceof Secondary s) {
              out.putIfAbsent(s, new Declared(ClassName.get(f.getDeclaringClass()), f.getName()));
            }
          } catch (IllegalAccessException e) {
            // not readable: not usable from a TeamSpec either
          }
        }
      }
    }
    return out;
  }

  /**
   * The route the skeleton secondary holds (to the default backend, or fail-closed), or {@code
   * null} when there is none.
   */
  private static HTTPRoute fallback(List<VirtualService> skeletons, Secondary s) {
    for (VirtualService vs : skeletons) {
      if (vs.namespace().equals(s.namespace())
          && vs.name().equals(s.name())
          && !vs.spec().http().isEmpty()) {
        return vs.spec().http().get(0);
      }
    }
    return null;
  }

  /**
   * @param scaffold the scaffold operation as the front end names it, for the Javadoc
   */
  private static JavaFile teamSpec(
      String pkg,
      String name,
      Secondary s,
      Declared d,
      Scope scope,
      HTTPRoute fallback,
      String scaffold) {
    DslCode code = new DslCode(Map.of());
    List<String> javadoc = new ArrayList<>();
    javadoc.add(
        "The routes of team "
            + s.team().name()
            + " for secondary "
            + s
            + "."
            + (s.team().owners().isEmpty()
                ? ""
                : " Owners: " + String.join(", ", s.team().owners()) + "."));
    javadoc.add(
        "Scope: "
            + scope.describe()
            + ". Every match must lie inside it; vsplit reports one that does not at its"
            + " line, naming the scope and its owner.");
    javadoc.add(
        fallback != null
            ? "Scaffolded by {@code "
                + scaffold
                + "}: it routes the whole scope as the skeleton did. Replace the example route"
                + " with the team's routes."
            : "Scaffolded by {@code "
                + scaffold
                + "}: the mesh spec names no default backend, so the example route answers 503."
                + " Replace it with the team's routes.");
    HTTPRoute example =
        fallback != null
            ? fallback.withName(null)
            : HTTPRoute.EMPTY.withDirectResponse(HTTPDirectResponse.of(503));
    List<HTTPMatchRequest> matches =
        scope.delegations().size() == 1 ? scope.delegations().get(0) : List.of();
    if (matches.stream().allMatch(m -> DslCode.unexpressible(m).isEmpty())) {
      example = example.withMatch(matches);
    }
    MethodSpec.Builder define =
        MethodSpec.methodBuilder("define")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(DslCode.ROUTES, "http")
            .addComment("Scope: $L", scope.describe());
    if (fallback == null) {
      define.addComment("TODO: send it to the team's service: .to(destination(\"...\"))");
    }
    define.addStatement("$L", code.route("http", example));
    TypeSpec type =
        TypeSpec.classBuilder(ClassName.get(pkg, name))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(DslCode.TEAM_SPEC)
            .addJavadoc("$L", SpecWriter.paragraphs(javadoc.toArray(String[]::new)))
            .addMethod(
                MethodSpec.methodBuilder("secondary")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(DslCode.SECONDARY)
                    .addStatement("return $T.$N", d.owner(), d.field())
                    .build())
            .addMethod(define.build())
            .build();
    JavaFile.Builder file =
        JavaFile.builder(pkg, type).skipJavaLangImports(true).indent(SpecWriter.INDENT);
    code.addImports(file);
    return file.build();
  }

  private static String shown(Job request, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path base = request.projectDirectory().toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
  }
}
