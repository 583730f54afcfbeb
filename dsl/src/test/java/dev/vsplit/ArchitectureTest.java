package dev.vsplit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The layering of vsplit-dsl (README, "Development"), held over its main classes: which package may
 * depend on which, no package cycles, no Maven or picocli, {@code dev.vsplit} is exactly the DSL a
 * spec author writes against, and nothing else is public without a reason.
 */
@AnalyzeClasses(packages = "dev.vsplit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * The packages of vsplit-dsl, low to high: a package may depend only on those before it in this
   * list. The DSL ({@code dev.vsplit}) is the exception: it sees only model and base, so that a
   * spec author's {@code import dev.vsplit.*} brings nothing of the engine. A new package gets its
   * place here (the rule fails for a class in no layer).
   */
  static final List<String> LAYERS =
      List.of(
          "dev.vsplit.model",
          "dev.vsplit.base",
          "dev.vsplit.findings",
          "dev.vsplit.yaml",
          "dev.vsplit.routing",
          "dev.vsplit.rules.admission",
          "dev.vsplit.rules.schema",
          "dev.vsplit.rules",
          "dev.vsplit.output",
          "dev.vsplit.report",
          "dev.vsplit",
          "dev.vsplit.assembly",
          "dev.vsplit.fork",
          "dev.vsplit.codegen",
          "dev.vsplit.api",
          "dev.vsplit.testing");

  /** What the DSL may see of the layers before it. */
  static final List<String> DSL_SEES = List.of("dev.vsplit.model", "dev.vsplit.base");

  @ArchTest static final ArchRule layers = layers();

  private static ArchRule layers() {
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : LAYERS) {
      rule = rule.layer(layer).definedBy(layer);
    }
    rule = rule.whereLayer(LAYERS.get(0)).mayNotAccessAnyLayer();
    for (int i = 1; i < LAYERS.size(); i++) {
      List<String> below = LAYERS.get(i).equals("dev.vsplit") ? DSL_SEES : LAYERS.subList(0, i);
      rule = rule.whereLayer(LAYERS.get(i)).mayOnlyAccessLayers(below.toArray(String[]::new));
    }
    return rule.ensureAllClassesAreContainedInArchitecture()
        .as(
            "vsplit-dsl's packages depend only on those before them in "
                + LAYERS
                + ", the DSL (dev.vsplit) only on "
                + DSL_SEES)
        .because("the packages are layered (README, Development; ArchitectureTest.LAYERS)");
  }

  /** Each package is a slice: no two packages may reach each other, however far round. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .assignedFrom(
              new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                  return SliceIdentifier.of(javaClass.getPackageName());
                }

                @Override
                public String getDescription() {
                  return "each package of vsplit-dsl";
                }
              })
          .should()
          .beFreeOfCycles();

  @ArchTest
  static final ArchRule noMavenNorPicocli =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..", "picocli..")
          .because(
              "vsplit-dsl knows nothing of its front ends: the Maven plugin (and any other) words its own"
                  + " commands over dev.vsplit.api");

  /**
   * {@code dev.vsplit} is exactly the DSL: its public types are the ones a spec author meets
   * starting from {@code MeshSpec} and {@code TeamSpec} (their public signatures, and those of the
   * types these reach, within the package), and every type reached so is public.
   */
  @ArchTest
  static final ArchRule dslIsWhatSpecsReach =
      classes()
          .that()
          .resideInAPackage("dev.vsplit")
          .should(
              new ArchCondition<>(
                  "be public exactly when reached from the signatures of MeshSpec and TeamSpec") {
                private Map<JavaClass, String> reached = Map.of();

                @Override
                public void init(Collection<JavaClass> dsl) {
                  Set<String> specs = Set.of(MeshSpec.class.getName(), TeamSpec.class.getName());
                  List<JavaClass> roots =
                      dsl.stream().filter(c -> specs.contains(c.getName())).toList();
                  reached =
                      Surface.walk(
                          roots, Set.copyOf(dsl), c -> c.getPackageName().equals("dev.vsplit"));
                }

                @Override
                public void check(JavaClass c, ConditionEvents events) {
                  if (c.getSimpleName().equals("package-info")) {
                    return;
                  }
                  boolean isPublic = Surface.effectivelyPublic(c);
                  String via = reached.get(c);
                  if (isPublic && via == null) {
                    events.add(
                        SimpleConditionEvent.violated(
                            c,
                            c.getName()
                                + " is public, but no public signature of"
                                + " MeshSpec or TeamSpec leads to it: dev.vsplit holds the DSL only. Move it next to its users"
                                + " (the tool's API to dev.vsplit.api, the DSL's implementation to dev.vsplit.assembly) or make it"
                                + " package-private ("
                                + Surface.file(c)
                                + ")"));
                  } else if (!isPublic && via != null) {
                    events.add(
                        SimpleConditionEvent.violated(
                            c,
                            c.getName()
                                + " is not public, but a spec author meets it: "
                                + via
                                + ". Make it public, or keep it out of the DSL's public signatures"));
                  }
                }
              });

  /**
   * Public types of the internal packages that the rule below cannot see a reason for, each with
   * its reason. An entry that is no longer public, or that the classes now justify by themselves,
   * fails the rule: the list stays as short as it can be.
   */
  static final Map<String, String> PUBLIC_FOR_A_REASON =
      Map.of(
          "dev.vsplit.output.InvalidNameException",
          "Thrown, unchecked, by OutputLayout.pathOf (its Javadoc says so; unchecked exceptions are not in the"
              + " class file): a caller catches it by type to read the value, field and naming rule at fault.",
          "dev.vsplit.output.OutputRefusedException",
          "Thrown, unchecked, by Vsplit.generate and Generation.writeTo (their Javadoc says so): the Maven"
              + " plugin's GenerateMojo catches it, and the plugin's classes are not on this module's class path.",
          "dev.vsplit.fork.ForkMain",
          "The forked JVM's main class: SpecRuns starts it by name on a java command line, which"
              + " needs a public class with a public main.",
          "dev.vsplit.routing.EffectiveRoutes$Item",
          "Built by YamlWriterListTest (in dev.vsplit.yaml), which writes a list of these records item by item;"
              + " tests are not imported here.");

  /**
   * The packages a user of vsplit-dsl programs against: the DSL, the API, the routing assertions.
   * Every other package is internal, and its public types need a reason.
   */
  static final Set<String> API = Set.of("dev.vsplit", "dev.vsplit.api", "dev.vsplit.testing");

  /**
   * A public type in an internal package has a reason when another package uses it (names it, or
   * calls a member whose signature does, or annotates a record component with it), when the API's
   * public signatures hand it to users, or when a type that has a reason exposes it (in a public
   * signature, or as a case of a sealed type). Else it is public for nobody: make it
   * package-private.
   */
  @ArchTest
  static final ArchRule nothingPublicWithoutAReason =
      classes()
          .should(
              new ArchCondition<>("be public only when another package or the API needs it") {
                private Set<JavaClass> justified = Set.of();
                private Set<JavaClass> justifiedWithoutList = Set.of();
                private Set<JavaClass> all = Set.of();

                @Override
                public void init(Collection<JavaClass> imported) {
                  all = Set.copyOf(imported);
                  Set<JavaClass> roots = new LinkedHashSet<>(Surface.usedFromAnotherPackage(all));
                  imported.stream()
                      .filter(c -> API.contains(c.getPackageName()) && Surface.effectivelyPublic(c))
                      .forEach(roots::add);
                  justifiedWithoutList =
                      Surface.walk(roots, all, c -> c.getPackageName().startsWith("dev.vsplit"))
                          .keySet();
                  imported.stream()
                      .filter(c -> PUBLIC_FOR_A_REASON.containsKey(c.getName()))
                      .forEach(roots::add);
                  justified =
                      Surface.walk(roots, all, c -> c.getPackageName().startsWith("dev.vsplit"))
                          .keySet();
                }

                @Override
                public void check(JavaClass c, ConditionEvents events) {
                  if (!API.contains(c.getPackageName())
                      && Surface.effectivelyPublic(c)
                      && !justified.contains(c)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            c,
                            c.getName()
                                + " is public, but no other package uses it and no"
                                + " public type exposes it. Make it package-private ("
                                + Surface.file(c)
                                + "), or, if it is public"
                                + " for a reason no class shows, add it with the reason to"
                                + " ArchitectureTest.PUBLIC_FOR_A_REASON"));
                  }
                }

                @Override
                public void finish(ConditionEvents events) {
                  for (String name : new TreeSet<>(PUBLIC_FOR_A_REASON.keySet())) {
                    JavaClass c =
                        all.stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
                    String stale =
                        c == null
                            ? "names no class of vsplit-dsl"
                            : !Surface.effectivelyPublic(c)
                                ? "is no longer public"
                                : justifiedWithoutList.contains(c)
                                    ? "is justified by the classes themselves now"
                                    : null;
                    if (stale != null) {
                      events.add(
                          SimpleConditionEvent.violated(
                              name,
                              "ArchitectureTest.PUBLIC_FOR_A_REASON lists "
                                  + name
                                  + ", which "
                                  + stale
                                  + ": remove the entry"));
                    }
                  }
                }
              });

  /** What a type shows to other packages: its public signatures, the types they name. */
  static final class Surface {
    private Surface() {}

    /** Public, and so is every class it is nested in. */
    static boolean effectivelyPublic(JavaClass c) {
      return c.getModifiers().contains(JavaModifier.PUBLIC)
          && c.getEnclosingClass().map(Surface::effectivelyPublic).orElse(true);
    }

    /** The source file {@code c} was compiled from, for a message. */
    static String file(JavaClass c) {
      return c.getSource().flatMap(s -> s.getFileName()).orElse(c.getSimpleName() + ".java");
    }

    private static boolean shown(HasModifiers m) {
      Set<JavaModifier> modifiers = m.getModifiers();
      return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
          && !modifiers.contains(JavaModifier.SYNTHETIC)
          && !modifiers.contains(JavaModifier.BRIDGE);
    }

    /** Each type {@code c}'s public and protected signatures name, with where it names it. */
    static Map<JavaClass, String> signatures(JavaClass c) {
      Map<JavaClass, String> out = new LinkedHashMap<>();
      String name = c.getSimpleName();
      c.getSuperclass().ifPresent(t -> name(out, t, name + " extends it"));
      c.getInterfaces().forEach(t -> name(out, t, name + " implements it"));
      c.getTypeParameters().forEach(t -> name(out, t, name + "'s bound"));
      for (JavaField f : c.getFields()) {
        if (shown(f)) {
          name(out, f.getType(), name + "." + f.getName());
        }
      }
      for (JavaCodeUnit m : c.getCodeUnits()) {
        if (shown(m)) {
          String where = name + "." + m.getName() + "(...)";
          name(out, m.getReturnType(), where);
          m.getParameterTypes().forEach(t -> name(out, t, where));
          m.getTypeParameters().forEach(t -> name(out, t, where));
          m.getThrowsClause().getTypes().forEach(t -> out.putIfAbsent(t, where));
        }
      }
      // the public cases of a sealed type: a caller tells them apart
      c.getPermittedSubclasses()
          .ifPresent(
              cases ->
                  cases.stream()
                      .filter(Surface::effectivelyPublic)
                      .forEach(t -> out.putIfAbsent(t, "a case of sealed " + name)));
      return out;
    }

    /**
     * The classes {@code type} names (itself, its type arguments, bounds), each with {@code where}.
     */
    private static void name(Map<JavaClass, String> out, JavaType type, String where) {
      type.getAllInvolvedRawTypes().forEach(t -> out.putIfAbsent(t, where));
    }

    /**
     * The types reached from {@code roots} through public signatures and public nested types,
     * staying {@code within}; each with how it was first reached.
     */
    static Map<JavaClass, String> walk(
        Collection<JavaClass> roots, Set<JavaClass> all, Predicate<JavaClass> within) {
      Map<JavaClass, String> reached = new LinkedHashMap<>();
      Deque<Map.Entry<JavaClass, String>> todo = new ArrayDeque<>();
      roots.forEach(r -> todo.add(Map.entry(r, r.getSimpleName())));
      while (!todo.isEmpty()) {
        Map.Entry<JavaClass, String> next = todo.poll();
        JavaClass c = next.getKey();
        while (c.isArray()) {
          c = c.getComponentType();
        }
        if (!within.test(c) || reached.containsKey(c)) {
          continue;
        }
        reached.put(c, next.getValue());
        String path = next.getValue();
        signatures(c).forEach((t, where) -> todo.add(Map.entry(t, path + " -> " + where)));
      }
      return reached;
    }

    /**
     * The classes some class of another package uses: names in its bytecode, the signature of a
     * member it calls (a lambda passed as a parameter names no type), and annotations on its record
     * components (which the class file keeps apart from fields and methods).
     */
    static Set<JavaClass> usedFromAnotherPackage(Set<JavaClass> all) {
      Map<String, JavaClass> byName = new HashMap<>();
      all.forEach(c -> byName.put(c.getName(), c));
      Set<JavaClass> used = new HashSet<>();
      for (JavaClass c : all) {
        String from = c.getPackageName();
        Consumer<JavaClass> use =
            t -> {
              while (t.isArray()) {
                t = t.getComponentType();
              }
              if (!t.getPackageName().equals(from)) {
                used.add(t);
              }
            };
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          use.accept(d.getTargetClass());
        }
        for (JavaAccess<?> access : c.getAccessesFromSelf()) {
          JavaMember member = access.getTarget().resolveMember().orElse(null);
          if (member instanceof JavaCodeUnit m) {
            m.getReturnType().getAllInvolvedRawTypes().forEach(use);
            m.getParameterTypes().forEach(t -> t.getAllInvolvedRawTypes().forEach(use));
          } else if (member instanceof JavaField f) {
            f.getType().getAllInvolvedRawTypes().forEach(use);
          }
        }
        if (c.isRecord()) {
          for (RecordComponent component : c.reflect().getRecordComponents()) {
            for (Annotation a : component.getAnnotations()) {
              JavaClass type = byName.get(a.annotationType().getName());
              if (type != null) {
                use.accept(type);
              }
            }
          }
        }
      }
      return used;
    }
  }
}
