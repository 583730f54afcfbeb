package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An effective-routes document read back: the YAML list {@code [{name, namespace, http}]} that
 * {@code vsplit:generate} writes to {@code effective-routes.yaml} and {@code vsplit:analyze} to
 * {@code effectiveOutput} (vsplit's header line, a comment, is allowed and ignored).
 *
 * @param items one per VirtualService with hosts, in file order
 * @param problems what could not be read, by file and line; the items hold what could
 */
public record EffectiveRoutesFile(List<Item> items, List<YamlProblem> problems) {

  public EffectiveRoutesFile {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  /**
   * One VirtualService with hosts and its routes in evaluation order.
   *
   * @param location where the item starts
   */
  public record Item(String name, String namespace, List<HTTPRoute> http, Location location) {
    public Item {
      http = List.copyOf(http);
    }

    /** {@code namespace/name}. */
    public String key() {
      return namespace + "/" + name;
    }
  }

  /**
   * Reads a file; a file that is not an effective-routes list gives a problem, not an exception.
   */
  public static EffectiveRoutesFile read(Path file, ReadLimits limits) throws IOException {
    String label = ManifestReader.label(file);
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      return new EffectiveRoutesFile(
          List.of(),
          List.of(
              YamlProblem.overLimit(
                  Location.of(label, 0), "", TreeReader.tooLarge(size, limits), "maxFileBytes")));
    }
    List<YamlProblem> problems = new ArrayList<>();
    List<TreeReader.Document> docs =
        new TreeReader(limits).read(label, Files.readAllBytes(file), problems);
    return bind(label, docs, problems);
  }

  /** Reads text; {@code label} names it in problems. */
  public static EffectiveRoutesFile parse(String label, String text) {
    List<YamlProblem> problems = new ArrayList<>();
    List<TreeReader.Document> docs =
        new TreeReader(ReadLimits.DEFAULTS).readText(label, text, problems);
    return bind(label, docs, problems);
  }

  /**
   * Whether YAML text looks like an effective-routes document rather than manifests: one document,
   * a list (possibly empty) of maps that have {@code http} or {@code name} and no {@code kind}.
   */
  public static boolean looksLikeOne(Path file) {
    try {
      if (Files.size(file) > ReadLimits.DEFAULTS.maxFileBytes()) {
        return false;
      }
      List<YamlProblem> problems = new ArrayList<>();
      List<TreeReader.Document> docs =
          new TreeReader(ReadLimits.DEFAULTS)
              .read(file.toString(), Files.readAllBytes(file), problems);
      if (!problems.isEmpty()
          || docs.size() != 1
          || !(docs.get(0).root() instanceof ListNode list)) {
        return false;
      }
      for (Node item : list.items()) {
        if (!(item instanceof MapNode map)
            || map.entries().containsKey("kind")
            || !(map.entries().containsKey("http") || map.entries().containsKey("name"))) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static EffectiveRoutesFile bind(
      String label, List<TreeReader.Document> docs, List<YamlProblem> problems) {
    List<Item> items = new ArrayList<>();
    if (docs.isEmpty() && problems.isEmpty()) {
      problems.add(
          new YamlProblem(
              Location.of(label, 0),
              "",
              "the file is empty; an effective-routes document is a YAML list (\"[]\" when empty)"));
    }
    if (docs.size() > 1) {
      problems.add(
          new YamlProblem(
              docs.get(1).start(),
              "",
              "an effective-routes document is one YAML list; this file has "
                  + docs.size()
                  + " documents"));
    }
    if (docs.isEmpty() || docs.get(0).root() == null) {
      return new EffectiveRoutesFile(items, problems);
    }
    Node root = docs.get(0).root();
    if (!(root instanceof ListNode list)) {
      problems.add(
          new YamlProblem(
              root.location(),
              "",
              "expected a list of {name, namespace, http} (an effective-routes"
                  + " document), got "
                  + Node.describe(root)));
      return new EffectiveRoutesFile(items, problems);
    }
    Binder binder = new Binder(problems);
    for (int i = 0; i < list.items().size(); i++) {
      Node node = list.items().get(i);
      String path = "[" + i + "]";
      if (!(node instanceof MapNode map)) {
        problems.add(
            new YamlProblem(
                node.location(),
                path,
                "expected {name, namespace, http}, got " + Node.describe(node)));
        continue;
      }
      String name = string(map, "name", path, problems);
      String namespace = string(map, "namespace", path, problems);
      List<HTTPRoute> http = new ArrayList<>();
      Node httpNode = map.entries().get("http");
      if (httpNode instanceof ListNode routes) {
        for (int j = 0; j < routes.items().size(); j++) {
          HTTPRoute route =
              binder.bindRecord(routes.items().get(j), HTTPRoute.class, path + ".http[" + j + "]");
          if (route != null) {
            http.add(route);
          }
        }
      } else if (httpNode != null && !(httpNode instanceof ScalarNode s && s.value() == null)) {
        problems.add(
            new YamlProblem(
                httpNode.location(),
                path + ".http",
                "expected a list of routes, got " + Node.describe(httpNode)));
      }
      if (name != null && namespace != null) {
        items.add(new Item(name, namespace, http, map.location()));
      }
    }
    return new EffectiveRoutesFile(items, problems);
  }

  private static String string(MapNode map, String key, String path, List<YamlProblem> problems) {
    Node node = map.entries().get(key);
    if (node instanceof ScalarNode s && s.value() instanceof String str && !str.isEmpty()) {
      return str;
    }
    problems.add(
        new YamlProblem(
            node == null ? map.location() : node.location(),
            path + "." + key,
            node == null
                ? "missing " + key
                : "expected a non-empty string " + key + ", got " + Node.describe(node)));
    return null;
  }
}
