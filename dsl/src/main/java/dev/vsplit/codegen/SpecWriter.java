package dev.vsplit.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.vsplit.base.Describe;
import dev.vsplit.base.FieldPath;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.MeshOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a split plan as DSL code with JavaPoet: one {@code MeshSpec} with the teams, the
 * secondaries and each primary's delegations, and one {@code TeamSpec} per secondary with its
 * routes, one statement each, in the monolith's order.
 */
final class SpecWriter {

  /** Two spaces, as the examples are written; continuation lines get four. */
  static final String INDENT = "  ";

  private SpecWriter() {}

  /**
   * The source files: path relative to the source folder ({@code com/example/BookinfoMesh.java}) →
   * text.
   */
  static Map<String, String> write(Planner.Plan plan, MeshOptions mesh, Wording wording) {
    Map<String, String> out = new LinkedHashMap<>();
    String split = wording.word(Fix.operation("split"));
    JavaFile meshFile = meshSpec(plan, mesh, split);
    out.put(path(meshFile), meshFile.toString());
    for (Planner.Secondary s : plan.secondaries()) {
      JavaFile team = teamSpec(plan, s, split);
      out.put(path(team), team.toString());
    }
    return out;
  }

  static String path(JavaFile file) {
    String pkg = file.packageName();
    return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + file.typeSpec().name() + ".java";
  }

  // ---------------------------------------------------------------------------------------------
  // the mesh spec

  /**
   * @param split the split operation as the front end names it, for the Javadoc
   */
  private static JavaFile meshSpec(Planner.Plan plan, MeshOptions options, String split) {
    DslCode code = new DslCode(Map.of());
    ClassName self = ClassName.get(plan.javaPackage(), plan.meshClass());
    List<String> monoliths = plan.primaries().stream().map(p -> p.monolith.ref()).toList();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(DslCode.MESH_SPEC)
            .addJavadoc(
                "$L",
                paragraphs(
                    "The mesh administrator's spec: which team owns which path of "
                        + String.join(", ", monoliths)
                        + ".",
                    "Split from the monolithic VirtualService"
                        + (monoliths.size() == 1 ? " " : "s ")
                        + String.join(", ", monoliths)
                        + " by {@code "
                        + split
                        + "}; each team's routes are in its own TeamSpec. The delegations are written most"
                        + " specific first, the order Istio evaluates them in."));
    for (Planner.Team t : plan.teams()) {
      CodeBlock.Builder init =
          CodeBlock.builder().add("$T.named($S).namespace($S)", DslCode.TEAM, t.name, t.namespace);
      if (!t.owners.isEmpty()) {
        init.add(".owners($L)", DslCode.strings(t.owners));
      }
      // each team's specs in a package of its own, bound here by the administrator
      init.add(".specPackage($S)", teamPackage(plan, t));
      type.addField(
          FieldSpec.builder(
                  DslCode.TEAM, t.constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer(init.build())
              .build());
    }
    for (Planner.Secondary s : plan.secondaries()) {
      CodeBlock.Builder init = CodeBlock.builder();
      if (s.namespace.equals(s.team.namespace)) {
        init.add("$N.secondary($S)", s.team.constant, s.name);
      } else {
        init.add("$N.secondary($S, $S)", s.team.constant, s.name, s.namespace);
      }
      String primaryNs = s.primary.monolith.resolved().namespace();
      if (!visible(options, s.namespace, primaryNs)) {
        init.add(".exportTo($S)", primaryNs);
      }
      type.addField(
          FieldSpec.builder(
                  DslCode.SECONDARY, s.constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "$L",
                  paragraphs(Describe.matches(s.paths) + " of " + s.primary.monolith.ref() + "."))
              .initializer(init.build())
              .build());
    }
    MethodSpec.Builder define =
        MethodSpec.methodBuilder("define")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(DslCode.MESH, "mesh");
    boolean first = true;
    if (!plan.meshOwners().isEmpty()) {
      define.addStatement("mesh.owners($L)", DslCode.strings(plan.meshOwners()));
      first = false;
    }
    for (Planner.Primary p : plan.primaries()) {
      if (p.sequence.isEmpty()) {
        continue;
      }
      if (!first) {
        define.addCode("\n");
      }
      first = false;
      if (p.own.isEmpty()) {
        define.addStatement("$L", primary(p, code));
        continue;
      }
      // the administrators' routes are no builder of the primary: one statement per entry
      String var = variable(p.monolith.resolved().name());
      define.addStatement("$T.PrimaryBuilder $L = $L", DslCode.MESH, var, header(p));
      for (Planner.Slot slot : p.sequence) {
        if (slot.secondary() != null) {
          define.addStatement("$L$L", var, delegate(slot.secondary(), code));
        } else {
          define.addStatement("$L", code.route(var, slot.own().route()));
        }
      }
    }
    type.addMethod(define.build());
    JavaFile.Builder file =
        JavaFile.builder(plan.javaPackage(), type.build()).skipJavaLangImports(true).indent(INDENT);
    code.addImports(file);
    return file.build();
  }

  private static CodeBlock primary(Planner.Primary p, DslCode code) {
    CodeBlock.Builder out = header(p).toBuilder();
    for (Planner.Slot slot : p.sequence) {
      out.add("\n$L", delegate(slot.secondary(), code));
    }
    return out.build();
  }

  /** A local variable named after the primary: {@code shopApi} for {@code shop-api}. */
  private static String variable(String name) {
    String type = JavaNames.type(name);
    String var = Character.toLowerCase(type.charAt(0)) + type.substring(1);
    return var.equals("mesh") || javax.lang.model.SourceVersion.isKeyword(var) ? "the" + type : var;
  }

  /** {@code .delegate(prefix("/api"), API)}, a path prefix as one {@code pathPrefix}. */
  private static CodeBlock delegate(Planner.Secondary s, DslCode code) {
    List<CodeBlock> matches = code.matches(s.paths);
    if (matches.size() == 1) {
      return CodeBlock.of(".delegate($L, $N)", matches.get(0), s.constant);
    }
    return CodeBlock.of(".delegate($T.of($L), $N)", List.class, DslCode.join(matches), s.constant);
  }

  /** {@code mesh.primary(name, namespace)} with its hosts and other fields, no delegation. */
  private static CodeBlock header(Planner.Primary p) {
    VirtualService vs = p.monolith.written();
    CodeBlock.Builder out =
        CodeBlock.builder()
            .add("mesh.primary($S, $S)", vs.name(), p.monolith.resolved().namespace());
    if (!vs.apiVersion().equals(VirtualService.DEFAULT_API_VERSION)) {
      out.add("\n.apiVersion($S)", vs.apiVersion());
    }
    vs.metadata()
        .labels()
        .forEach(
            (k, v) -> {
              if (!k.equals("app.kubernetes.io/managed-by")
                  && !k.equals(dev.vsplit.rules.Ownership.TEAM_LABEL)) {
                out.add("\n.label($S, $S)", k, v);
              }
            });
    out.add("\n.hosts($L)", DslCode.strings(vs.spec().hosts()));
    if (!vs.spec().gateways().isEmpty()) {
      out.add("\n.gateways($L)", DslCode.strings(vs.spec().gateways()));
    }
    if (!vs.spec().exportTo().isEmpty()) {
      out.add("\n.exportTo($L)", DslCode.strings(vs.spec().exportTo()));
    }
    if (p.keepDeclaredOrder) {
      out.add("\n.keepDeclaredOrder()");
    }
    return out.build();
  }

  /**
   * Whether the mesh's default exportTo lets the primary's namespace see a secondary in {@code
   * namespace}.
   */
  static boolean visible(MeshOptions options, String namespace, String primaryNamespace) {
    for (String e : options.defaultExportTo()) {
      String ns = e.equals(".") ? namespace : e;
      if (ns.equals("*") || ns.equals(primaryNamespace)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // the team specs

  /** The package of a team's specs: the mesh spec's package and the team's name. */
  static String teamPackage(Planner.Plan plan, Planner.Team team) {
    return plan.javaPackage() + "." + JavaNames.packageSegment(team.name);
  }

  private static JavaFile teamSpec(Planner.Plan plan, Planner.Secondary s, String split) {
    DslCode code = new DslCode(hostConstants(s));
    ClassName mesh = ClassName.get(plan.javaPackage(), plan.meshClass());
    String teamPackage = teamPackage(plan, s.team);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(ClassName.get(teamPackage, s.className))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(DslCode.TEAM_SPEC)
            .addJavadoc(
                "$L",
                paragraphs(
                    "The routes of team "
                        + s.team.name
                        + " for "
                        + s.ref()
                        + ": "
                        + Describe.matches(s.paths)
                        + " of "
                        + s.primary.monolith.ref()
                        + ".",
                    "Split from "
                        + s.primary.monolith.ref()
                        + " by {@code "
                        + split
                        + "}: "
                        + origins(s)
                        + "."));
    code.hostConstantFields().forEach(type::addField);
    type.addMethod(
        MethodSpec.methodBuilder("secondary")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(DslCode.SECONDARY)
            .addStatement("return $T.$N", mesh, s.constant)
            .build());
    MethodSpec.Builder define =
        MethodSpec.methodBuilder("define")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(DslCode.ROUTES, "http");
    for (int i = 0; i < s.pieces.size(); i++) {
      if (i > 0) {
        define.addCode("\n");
      }
      define.addStatement("$L", code.route("http", s.pieces.get(i).route()));
    }
    type.addMethod(define.build());
    JavaFile.Builder file =
        JavaFile.builder(teamPackage, type.build()).skipJavaLangImports(true).indent(INDENT);
    code.addImports(file);
    return file.build();
  }

  /** {@code spec.http[0] (matches 2, 3 of 5), spec.http[4] to spec.http[7]}. */
  private static String origins(Planner.Secondary s) {
    List<String> parts = new ArrayList<>();
    List<Planner.Piece> pieces = s.pieces;
    for (int i = 0; i < pieces.size(); i++) {
      Planner.Piece p = pieces.get(i);
      String part = FieldPath.httpRoute(p.routeIndex());
      if (p.matchCount() > 0 && p.matchIndexes().size() < p.matchCount()) {
        part +=
            " (match"
                + (p.matchIndexes().size() == 1 ? " " : "es ")
                + String.join(", ", p.matchIndexes().stream().map(String::valueOf).toList())
                + " of "
                + p.matchCount()
                + ")";
      } else {
        int last = i;
        while (last + 1 < pieces.size()
            && pieces.get(last + 1).routeIndex() == pieces.get(last).routeIndex() + 1
            && whole(pieces.get(last + 1))) {
          last++;
        }
        if (last >= i + 2) {
          part += " to spec.http[" + pieces.get(last).routeIndex() + "]";
          i = last;
        }
      }
      parts.add(part);
    }
    return String.join(", ", parts);
  }

  private static boolean whole(Planner.Piece p) {
    return p.matchCount() == 0 || p.matchIndexes().size() == p.matchCount();
  }

  /**
   * Javadoc text: paragraphs ({@code <p>} from the second on) wrapped at 100 columns, the comment's
   * indentation included.
   */
  static String paragraphs(String... paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      String text = javadoc(p);
      if (out.length() > 0) {
        out.append('\n');
        text = "<p>" + text;
      }
      StringBuilder line = new StringBuilder();
      // limit 0: trailing spaces leave no empty words, so no line ends in a blank
      for (String word : text.split(" ", 0)) {
        if (line.length() > 0 && line.length() + 1 + word.length() > 92) {
          out.append(line).append('\n');
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * Hosts the class names more than once become constants: {@code PRODUCTPAGE =
   * "productpage.default.svc.cluster.local"}.
   */
  private static Map<String, String> hostConstants(Planner.Secondary s) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Planner.Piece p : s.pieces) {
      HTTPRoute r = p.route();
      for (HTTPRouteDestination d : r.route()) {
        counts.merge(d.destination().host(), 1, Integer::sum);
      }
      if (r.mirror() != null) {
        counts.merge(r.mirror().host(), 1, Integer::sum);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (var e : counts.entrySet()) {
      if (e.getValue() < 2) {
        continue;
      }
      // limit 0: the empty label after a fully qualified "host." is no label
      String[] labels = e.getKey().split("\\.", 0);
      String name = JavaNames.constant(labels[0]);
      if (taken.contains(name) && labels.length > 1) {
        name = JavaNames.constant(labels[0] + "-" + labels[1]);
      }
      String unique = name;
      for (int i = 2; taken.contains(unique); i++) {
        unique = name + "_" + i;
      }
      taken.add(unique);
      out.put(e.getKey(), unique);
    }
    return out;
  }

  /**
   * Text safe inside a Javadoc comment: HTML escaped, no comment end; inline tags (braces with
   * {@code @code} and the like) are kept.
   */
  static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;");
  }
}
