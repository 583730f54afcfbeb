package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.DslFindings;
import dev.vsplit.assembly.RootCause;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

  private SpecLoader() {}

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
    Set<String> names = new LinkedHashSet<>();
    for (Path dir : classDirectories) {
      names.addAll(scan(dir));
    }
    // A subclass of a spec class (an abstract base with the common routes) names only its
    // superclass, not MeshSpec or TeamSpec: scan again for classes that name a spec class found.
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
    names.addAll(explicit);
    List<MeshSpec> meshes = new ArrayList<>();
    List<TeamSpec> teams = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (String name : names.stream().sorted().toList()) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        if (explicit.contains(name)) {
          problems.add(DslFindings.specNotLoadable(name, e, sourceOf(name), wording));
        }
        continue;
      }
      if (!MeshSpec.class.isAssignableFrom(type) && !TeamSpec.class.isAssignableFrom(type)) {
        if (explicit.contains(name)) {
          problems.add(DslFindings.notASpec(name, sourceOf(name), wording));
        }
        continue;
      }
      if (type.isInterface()
          || Modifier.isAbstract(type.getModifiers())
          || type.isAnonymousClass()
          || type.isLocalClass()
          || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))) {
        continue;
      }
      seen.add(type);
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
    try {
      Constructor<?> c = type.getDeclaredConstructor();
      if (!Modifier.isPublic(c.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        problems.add(DslFindings.specNotPublic(type.getName(), sourceOf(type.getName())));
        return null;
      }
      return c.newInstance();
    } catch (NoSuchMethodException e) {
      problems.add(DslFindings.specWithoutConstructor(type.getName(), sourceOf(type.getName())));
    } catch (InvocationTargetException e) {
      RootCause root = RootCause.of(e, CallSite.ownCode(type.getClassLoader()));
      problems.add(
          DslFindings.specConstructorThrew(
              type.getName(), root, root.atOr(sourceOf(type.getName()))));
    } catch (ExceptionInInitializerError e) {
      RootCause root = RootCause.of(e, CallSite.ownCode(type.getClassLoader()));
      problems.add(
          DslFindings.specInitializerThrew(
              type.getName(), root, root.atOr(sourceOf(type.getName()))));
    } catch (ReflectiveOperationException | LinkageError e) {
      problems.add(DslFindings.specNotCreatable(type.getName(), e, sourceOf(type.getName())));
    }
    return null;
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
