package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.DslFindings;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import dev.vsplit.fork.Instances;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the project's spec classes with no configuration: every compiled class that implements
 * {@link MeshSpec} or {@link TeamSpec} (classes whose bytes mention neither interface nor a spec
 * class found, which a subclass of an abstract spec names, are not even loaded), plus those
 * registered with {@link ServiceLoader}, plus any named explicitly.
 */
public final class SpecLoader {

  private static final byte[] MESH = "dev/vsplit/MeshSpec".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TEAM = "dev/vsplit/TeamSpec".getBytes(StandardCharsets.UTF_8);

  /**
   * The specs found, instantiated, and what went wrong on the way.
   *
   * @param meshes the mesh specs
   * @param teams the team specs
   * @param problems classes that could not be loaded or instantiated, as findings
   */
  public record Specs(List<MeshSpec> meshes, List<TeamSpec> teams, List<Finding> problems) {
    /**
     * Copies the lists.
     *
     * @param meshes the mesh specs
     * @param teams the team specs
     * @param problems classes that could not be loaded or instantiated
     */
    public Specs {
      meshes = List.copyOf(meshes);
      teams = List.copyOf(teams);
      problems = List.copyOf(problems);
    }

    /**
     * Whether no spec was found.
     *
     * @return true when there is neither a mesh nor a team spec
     */
    public boolean isEmpty() {
      return meshes.isEmpty() && teams.isEmpty();
    }

    /**
     * The spec classes, sorted: what the up-to-date check and the file headers name.
     *
     * @return fully qualified class names
     */
    public List<String> classNames() {
      List<String> out = new ArrayList<>();
      meshes.forEach(m -> out.add(m.getClass().getName()));
      teams.forEach(t -> out.add(t.getClass().getName()));
      out.sort(null);
      return out;
    }
  }

  /**
   * The spec classes found, by name, none of them initialized: what the forked runs are given.
   *
   * @param meshSpecs the administrator's mesh specs: those the configuration names
   * @param teamSpecs the team specs: those named, or, when none is named, every one found
   * @param problems classes that cannot run, or lie outside the place the administrator gave them
   *     (VS220), as findings
   */
  public record Found(List<String> meshSpecs, List<String> teamSpecs, List<Finding> problems) {
    /**
     * Copies the lists.
     *
     * @param meshSpecs the administrator's mesh specs
     * @param teamSpecs the team specs
     * @param problems what cannot run
     */
    public Found {
      meshSpecs = List.copyOf(meshSpecs);
      teamSpecs = List.copyOf(teamSpecs);
      problems = List.copyOf(problems);
    }

    /**
     * Whether no spec was found at all.
     *
     * @return true when there is neither a mesh nor a team spec nor a problem
     */
    public boolean isEmpty() {
      return meshSpecs.isEmpty() && teamSpecs.isEmpty() && problems.isEmpty();
    }

    /**
     * The spec classes that run, sorted: what the up-to-date check and the file headers name.
     *
     * @return fully qualified class names
     */
    public List<String> classNames() {
      List<String> out = new ArrayList<>(meshSpecs);
      out.addAll(teamSpecs);
      out.sort(null);
      return out;
    }
  }

  private SpecLoader() {}

  /**
   * Finds the spec classes without initializing any (no spec code runs): the mesh specs the
   * configuration names, and the team specs. A mesh spec found but not named, a class that is both
   * a mesh and a team spec, or no mesh spec named at all is a VS220 finding: the administrator
   * names the mesh specs, and a mesh spec anywhere else (in a team's sources) must not be a silent
   * extra.
   *
   * @param classDirectories compiled classes to scan (e.g. {@code target/classes})
   * @param loader the class loader that sees those classes and their dependencies
   * @param named the spec classes the configuration names: the mesh specs that run, and, when it
   *     names any team spec, the only team specs that run
   * @param wording how the front end words the setting that names them, in hints
   * @return the classes by name, and the problems
   */
  public static Found find(
      List<Path> classDirectories, ClassLoader loader, List<String> named, Wording wording) {
    Set<String> names = scanned(classDirectories, loader);
    names.addAll(named);
    List<Finding> problems = new ArrayList<>();
    Set<Class<?>> registered = new LinkedHashSet<>();
    registered(MeshSpec.class, loader, registered, problems);
    registered(TeamSpec.class, loader, registered, problems);
    registered.forEach(type -> names.add(type.getName()));
    List<String> meshes = new ArrayList<>();
    Map<String, Location> unnamed = new LinkedHashMap<>();
    List<String> teams = new ArrayList<>();
    List<String> namedTeams = new ArrayList<>();
    for (String name : names.stream().sorted().toList()) {
      Class<?> type = specClass(name, loader, named, problems, wording);
      if (type == null) {
        continue;
      }
      boolean mesh = MeshSpec.class.isAssignableFrom(type);
      boolean team = TeamSpec.class.isAssignableFrom(type);
      if (cannotCreate(type) || (!mesh && inner(type))) {
        continue;
      }
      if (mesh && team) {
        problems.add(DslFindings.bothSpecs(name, sourceOf(name)));
      } else if (mesh && named.contains(name)) {
        meshes.add(name);
      } else if (mesh) {
        unnamed.put(name, sourceOf(name));
      } else {
        teams.add(name);
        if (named.contains(name)) {
          namedTeams.add(name);
        }
      }
    }
    if (meshes.isEmpty() && (!unnamed.isEmpty() || !teams.isEmpty())) {
      problems.add(DslFindings.noMeshSpecNamed(unnamed, wording));
    } else {
      unnamed.forEach(
          (name, at) -> problems.add(DslFindings.meshSpecNotNamed(name, at, meshes, wording)));
    }
    return new Found(meshes, namedTeams.isEmpty() ? teams : namedTeams, problems);
  }

  /**
   * Finds and instantiates the spec classes.
   *
   * @param classDirectories compiled classes to scan (e.g. {@code target/classes})
   * @param loader the class loader that sees those classes and their dependencies
   * @param explicit class names to load whether or not scanning finds them
   * @return the specs, and what could not be loaded
   */
  public static Specs load(List<Path> classDirectories, ClassLoader loader, List<String> explicit) {
    return load(classDirectories, loader, explicit, Wording.NEUTRAL);
  }

  /**
   * Finds and instantiates the spec classes, the hints about what could not be loaded naming the
   * setting that lists spec classes in the words of {@code wording}.
   *
   * @param classDirectories compiled classes to scan (e.g. {@code target/classes})
   * @param loader the class loader that sees those classes and their dependencies
   * @param explicit class names to load whether or not scanning finds them
   * @param wording how the front end words the setting that names them, in hints
   * @return the specs, and what could not be loaded
   */
  public static Specs load(
      List<Path> classDirectories, ClassLoader loader, List<String> explicit, Wording wording) {
    Set<String> names = scanned(classDirectories, loader);
    names.addAll(explicit);
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (String name : names.stream().sorted().toList()) {
      Class<?> type = specClass(name, loader, explicit, problems, wording);
      if (type != null && !cannotCreate(type) && !inner(type)) {
        seen.add(type);
      }
    }
    registered(MeshSpec.class, loader, seen, problems);
    registered(TeamSpec.class, loader, seen, problems);
    for (Class<?> type : seen) {
      Object spec = instantiate(type, problems);
      if (spec instanceof MeshSpec m) {
        meshes.add(m);
      }
      if (spec instanceof TeamSpec t) {
        teams.add(t);
      }
    }
    return new Specs(meshes, teams, problems);
  }

  /**
   * The class {@code name}, loaded but not initialized, when it is a MeshSpec or a TeamSpec; else
   * {@code null}, with a finding when {@code named} lists it.
   */
  private static Class<?> specClass(
      String name,
      ClassLoader loader,
      List<String> named,
      List<Finding> problems,
      Wording wording) {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      if (named.contains(name)) {
        problems.add(DslFindings.specNotLoadable(name, e, sourceOf(name), wording));
      }
      return null;
    }
    if (!MeshSpec.class.isAssignableFrom(type) && !TeamSpec.class.isAssignableFrom(type)) {
      if (named.contains(name)) {
        problems.add(DslFindings.notASpec(name, sourceOf(name), wording));
      }
      return null;
    }
    return type;
  }

  /** An interface, an abstract, anonymous or local class: nothing vsplit can create. */
  private static boolean cannotCreate(Class<?> type) {
    return type.isInterface()
        || Modifier.isAbstract(type.getModifiers())
        || type.isAnonymousClass()
        || type.isLocalClass();
  }

  /** A class inside another that is not static: it needs an instance of the outer one. */
  private static boolean inner(Class<?> type) {
    return type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers());
  }

  /**
   * The classes under {@code classDirectories} whose bytes name MeshSpec or TeamSpec, or a spec
   * class found: a subclass of a spec class (an abstract base with the common routes) names only
   * its superclass, so the scan runs again for classes that name one found. None is initialized.
   */
  private static Set<String> scanned(List<Path> classDirectories, ClassLoader loader) {
    Set<String> names = new LinkedHashSet<>();
    for (Path dir : classDirectories) {
      names.addAll(scan(dir));
    }
    Set<String> followed = new HashSet<>();
    for (List<byte[]> bases = specTypes(names, loader, followed); !bases.isEmpty(); ) {
      List<String> more = new ArrayList<>();
      for (Path dir : classDirectories) {
        for (String name : scan(dir, bases)) {
          if (names.add(name)) {
            more.add(name);
          }
        }
      }
      bases = specTypes(more, loader, followed);
    }
    return names;
  }

  /**
   * The classes registered for {@code service}, not created: iterating the {@link ServiceLoader}
   * itself would create each one and end the whole run with a {@link ServiceConfigurationError} if
   * one constructor throws. {@link #instantiate} creates them like the scanned ones.
   */
  private static void registered(
      Class<?> service, ClassLoader loader, Set<Class<?>> seen, List<Finding> problems) {
    var providers = ServiceLoader.load(service, loader).stream().iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return;
        }
        seen.add(providers.next().type());
      } catch (ServiceConfigurationError e) {
        String file = "META-INF/services/" + service.getName();
        problems.add(DslFindings.registeredSpecNotLoadable(file, e.getMessage()));
      }
    }
  }

  private static Object instantiate(Class<?> type, List<Finding> problems) {
    return Instances.create(type, problems::add);
  }

  /**
   * The source file of a class, from its name: {@code com/example/Foo.java} for {@code
   * com.example.Foo$Inner}.
   */
  private static Location sourceOf(String className) {
    String file = className.replace('.', '/');
    int inner = file.indexOf('$');
    return Location.of((inner < 0 ? file : file.substring(0, inner)) + ".java", 0);
  }

  /**
   * The internal names ({@code com/example/BaseRoutes}) of those of {@code names} that are spec
   * types, abstract ones included.
   */
  private static List<byte[]> specTypes(
      Collection<String> names, ClassLoader loader, Set<String> followed) {
    List<byte[]> out = new ArrayList<>();
    for (String name : names) {
      if (!followed.add(name)) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (MeshSpec.class.isAssignableFrom(type) || TeamSpec.class.isAssignableFrom(type)) {
          out.add(name.replace('.', '/').getBytes(StandardCharsets.UTF_8));
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not loadable: load() reports it if it was named explicitly
      }
    }
    return out;
  }

  /** Class names under {@code dir} whose class file mentions MeshSpec or TeamSpec. */
  static List<String> scan(Path dir) {
    return scan(dir, List.of(MESH, TEAM));
  }

  /**
   * Class names under {@code dir} whose class file mentions one of {@code needles} (internal
   * names).
   */
  private static List<String> scan(Path dir, List<byte[]> needles) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        if (needles.stream().anyMatch(needle -> contains(bytes, needle))) {
          String relative = dir.relativize(f).toString().replace('\\', '/');
          out.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + dir + " for spec classes", e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
