package dev.vsplit.cli;

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

/**
 * The command line is a thin front end over vsplit-dsl's API, as the Maven plugin is (README,
 * "Development"): its commands name {@code dev.vsplit.api} and the types the API hands out
 * (findings, reports, results they print), never the engine's internals; picocli is its own, not
 * the DSL's.
 */
@AnalyzeClasses(packages = "dev.vsplit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The command line's own package. */
  private static final String[] PLUGIN = {"dev.vsplit.cli.."};

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
              "the commands run specs, split and scaffold through dev.vsplit.api (Vsplit and its requests),"
                  + " not through the DSL's implementation, codegen or the checker's parts");

  /**
   * Types of vsplit-dsl the command line may name that no public signature of the API shows, each
   * with its reason. An entry the API now shows, or that the command line no longer names, fails
   * the rule.
   */
  static final Map<String, String> NAMED_FOR_A_REASON =
      Map.of(
          "dev.vsplit.output.OutputRefusedException",
          "Thrown, unchecked, by Vsplit.generate (its Javadoc says so; unchecked exceptions are not in the class"
              + " file): GenerateCommand catches it to print its message and exit 1.");

  /**
   * What the command line names of vsplit-dsl is {@code dev.vsplit.api} or reached from the API's
   * public signatures (transitively): a type a front end receives from the API, and no other.
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
                                          + " is none of dev.vsplit.api's and no public signature of the API hands it out. Add what the command"
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
                                    ? "the command line no longer names"
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

  /** picocli instantiates the commands by reflection; only the entry point needs to be public. */
  @ArchTest
  static final ArchRule onlyMainIsPublic =
      classes()
          .that()
          .resideInAPackage("dev.vsplit.cli")
          .and()
          .doNotHaveSimpleName("Main")
          .should()
          .notBePublic()
          .because(
              "the command line's only entry point is dev.vsplit.cli.Main (java -jar vsplit-cli.jar)");

  private static boolean inPlugin(JavaClass c) {
    return c.getPackageName().startsWith("dev.vsplit.cli");
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
