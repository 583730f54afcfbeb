package dev.vsplit.api;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where {@link Vsplit#explain} and {@link Vsplit#plan} take effective routes from.
 *
 * <ul>
 *   <li>{@link Specs}: the project's {@link MeshSpec} and {@link TeamSpec} classes, run as {@code
 *       vsplit:generate} runs them;
 *   <li>{@link Yaml}: YAML files or folders. Manifests are merged as Istio merges them. For a plan,
 *       an effective-routes document ({@code effective-routes.yaml}, or what {@code vsplit:analyze}
 *       writes to {@code effectiveOutput}), or a folder with {@code effective-routes.yaml} in it,
 *       is taken as it is: its routes are compared, and the manifests beside a file named {@code
 *       effective-routes.yaml} only say which team owns which route.
 * </ul>
 */
public sealed interface RouteSource {

  /**
   * What the source is, for messages.
   *
   * @return e.g. {@code the specs}, {@code istio/effective-routes.yaml}
   */
  String label();

  /**
   * The project's specs, run as {@code vsplit:generate} runs them (nothing is written).
   *
   * @param request where the specs are
   * @return the source
   */
  static RouteSource specs(GenerateRequest request) {
    return new Specs(request);
  }

  /**
   * YAML files or folders.
   *
   * @param request what to read and how
   * @return the source
   * @throws IllegalArgumentException when the request names no file or folder
   */
  static RouteSource yaml(AnalyzeRequest request) {
    return new Yaml(request);
  }

  /**
   * The project's specs, loaded from its compiled classes.
   *
   * @param request where the specs are
   */
  record Specs(GenerateRequest request) implements RouteSource {
    /**
     * Checks the request.
     *
     * @param request where the specs are
     */
    public Specs {
      Objects.requireNonNull(request, "request");
    }

    @Override
    public String label() {
      return "the specs";
    }
  }

  /**
   * YAML files or folders.
   *
   * @param request what to read and how
   */
  record Yaml(AnalyzeRequest request) implements RouteSource {
    /**
     * Checks that the request names at least one file or folder.
     *
     * @param request what to read and how
     * @throws IllegalArgumentException when it names none
     */
    public Yaml {
      Objects.requireNonNull(request, "request");
      if (request.inputs().isEmpty()) {
        throw new IllegalArgumentException("no YAML file or folder to read");
      }
    }

    @Override
    public String label() {
      return request.inputs().stream().map(Yaml::shown).collect(Collectors.joining(", "));
    }

    private static String shown(Path p) {
      Path abs = p.toAbsolutePath().normalize();
      Path cwd = Path.of("").toAbsolutePath();
      return abs.startsWith(cwd) && !abs.equals(cwd)
          ? cwd.relativize(abs).toString()
          : p.toString();
    }
  }
}
