package dev.vsplit.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The plugin is a thin front end over vsplit-dsl's API (README, "Development"): its mojos name
 * {@code dev.vsplit.api} and the types the API hands out (findings, reports, results they print),
 * never the engine's internals; and it shows Maven only what Maven instantiates.
 */
@AnalyzeClasses(packages = "dev.vsplit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The plugin's own packages: the mojos, and the help mojo maven-plugin-plugin generates. */
  private static final String[] PLUGIN = {"dev.vsplit.maven..", "dev.vsplit.vsplit_maven_plugin.."};

  @ArchTest
  static final ArchRule noInternals =
      noClasses()
          .that()
          .resideInAnyPackage(PLUGIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.vsplit",
              "dev.vsplit.assembly..",
              "dev.vsplit.codegen..",
              "dev.vsplit.rules.admission..",
              "dev.vsplit.rules.schema..",
              "dev.vsplit.testing..")
          .because(
              "the mojos run specs, split and scaffold through dev.vsplit.api (Vsplit and its requests), not"
                  + " through the DSL's implementation, codegen or the checker's parts");

  /**
   * Types of vsplit-dsl the plugin may name that no public signature of the API shows, each with
   * its reason. An entry the API now shows, or that the plugin no longer names, fails the rule.
   */
  static final Map<String, String> NAMED_FOR_A_REASON =
      Map.of(
          "dev.vsplit.output.OutputRefusedException",
          "Thrown, unchecked, by Vsplit.generate (its Javadoc says so; unchecked exceptions are not in the class"
              + " file): GenerateMojo catches it to fail the build with its message.");

  /**
   * What the plugin names of vsplit-dsl is {@code dev.vsplit.api} or reached from the API's public
   * signatures (transitively): a type a front end receives from the API, and no other.
   */
  @ArchTest
  static final ArchRule onlyTheApi =
      classes()
          .should(
              new ArchCondition<>(
                  "name of vsplit-dsl only dev.vsplit.api and the types its public signatures hand out") {
                private Set<JavaClass> handedOut = Set.of();
                private final Set<String> named = new HashSet<>();

                @Override
                public void init(Collection<JavaClass> all) {
                  handedOut =
                      handedOut(
                          all.stream()
                              .filter(
                                  c ->
                                      c.getPackageName().equals("dev.vsplit.api")
                                          && c.getModifiers().contains(JavaModifier.PUBLIC))
                              .toList());
                }

                @Override
                public void check(JavaClass c, ConditionEvents events) {
                  if (!inPlugin(c)) {
                    return;
                  }
                  c.getDirectDependenciesFromSelf()
                      .forEach(
                          d -> {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            if (!target.getPackageName().startsWith("dev.vsplit")
                                || inPlugin(target)
                                || target.getPackageName().equals("dev.vsplit.api")) {
                              return;
                            }
                            named.add(target.getName());
                            if (!handedOut.contains(target)
                                && !NAMED_FOR_A_REASON.containsKey(target.getName())) {
                              events.add(
                                  SimpleConditionEvent.violated(
                                      d,
                                      d.getDescription()
                                          + ": "
                                          + target.getName()
                                          + " is none of dev.vsplit.api's and no public signature of the API hands it out. Add what the mojo"
                                          + " needs to the API (a request field, a result accessor), or, with a reason, to"
                                          + " ArchitectureTest.NAMED_FOR_A_REASON"));
                            }
                          });
                }

                @Override
                public void finish(ConditionEvents events) {
                  NAMED_FOR_A_REASON
                      .keySet()
                      .forEach(
                          name -> {
                            String stale =
                                !named.contains(name)
                                    ? "the plugin no longer names"
                                    : handedOut.stream().anyMatch(c -> c.getName().equals(name))
                                        ? "the API hands out now"
                                        : null;
                            if (stale != null) {
                              events.add(
                                  SimpleConditionEvent.violated(
                                      name,
                                      "ArchitectureTest.NAMED_FOR_A_REASON lists "
                                          + name
                                          + ", which "
                                          + stale
                                          + ": remove the entry"));
                            }
                          });
                }
              });

  /**
   * Maven instantiates the mojos (found through the plugin descriptor) and the objects of their
   * parameters; nothing else of the plugin needs to be public.
   */
  @ArchTest
  static final ArchRule publicOnlyForMaven =
      classes()
          .should(
              new ArchCondition<>("be public only as a mojo or as the type of a mojo's parameter") {
                private final Set<JavaClass> parameterTypes = new HashSet<>();

                @Override
                public void init(Collection<JavaClass> all) {
                  for (JavaClass c : all) {
                    for (JavaField f : c.getFields()) {
                      if (inPlugin(c) && f.isAnnotatedWith(Parameter.class)) {
                        f.getType()
                            .getAllInvolvedRawTypes()
                            .forEach(t -> parameterTypes.add(t.getBaseComponentType()));
                      }
                    }
                  }
                }

                @Override
                public void check(JavaClass c, ConditionEvents events) {
                  if (inPlugin(c)
                      && c.getModifiers().contains(JavaModifier.PUBLIC)
                      && !c.isAnnotatedWith(Mojo.class)
                      && !parameterTypes.contains(c)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            c,
                            c.getName()
                                + " is public, but it is neither a @Mojo nor the"
                                + " type of a mojo's @Parameter: make it package-private ("
                                + c.getSimpleName()
                                + ".java)"));
                  }
                }
              });

  private static boolean inPlugin(JavaClass c) {
    String p = c.getPackageName();
    return p.startsWith("dev.vsplit.maven") || p.startsWith("dev.vsplit.vsplit_maven_plugin");
  }

  /**
   * The classes of vsplit-dsl that the public signatures of {@code roots} name, and those of the
   * classes these name, transitively: what a caller of the API can be handed.
   */
  static Set<JavaClass> handedOut(Collection<JavaClass> roots) {
    Set<JavaClass> reached = new HashSet<>();
    Deque<JavaClass> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      JavaClass c = todo.poll().getBaseComponentType();
      if (!c.getPackageName().startsWith("dev.vsplit") || !reached.add(c)) {
        continue;
      }
      c.getSuperclass().ifPresent(t -> name(todo, t));
      c.getInterfaces().forEach(t -> name(todo, t));
      for (JavaField f : c.getFields()) {
        if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
          name(todo, f.getType());
        }
      }
      for (JavaCodeUnit m : c.getCodeUnits()) {
        if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
          name(todo, m.getReturnType());
          m.getParameterTypes().forEach(t -> name(todo, t));
          m.getThrowsClause().getTypes().forEach(todo::add);
        }
      }
      c.getPermittedSubclasses().ifPresent(todo::addAll);
    }
    return reached;
  }

  private static void name(Deque<JavaClass> todo, JavaType type) {
    todo.addAll(type.getAllInvolvedRawTypes());
  }
}
