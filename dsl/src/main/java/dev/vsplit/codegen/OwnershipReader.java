package dev.vsplit.codegen;

import dev.vsplit.api.OwnershipMap;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads an ownership map ({@link OwnershipMap}) from YAML. Every problem is a finding at its line;
 * unknown keys are problems too, so a typo ({@code prefx:}) is not silently ignored.
 */
final class OwnershipReader {

  private static final int MAX_BYTES = 1 << 20;
  private static final Set<String> TOP = Set.of("package", "mesh", "teams", "delegations");
  private static final Set<String> MESH = Set.of("class", "owners");
  private static final Set<String> TEAM = Set.of("name", "namespace", "owners");
  private static final Set<String> PATH = Set.of("prefix", "exact", "team", "secondary", "namespace", "primary", "class");

  /** The map, or {@code null} with the problems in {@code problems}. */
  record Result(OwnershipMap map, List<Finding> problems) {}

  private final String file;
  private final Wording wording;
  private final List<Finding> problems = new ArrayList<>();

  private OwnershipReader(String file, Wording wording) {
    this.file = file;
    this.wording = wording;
  }

  static Result read(Path path, String shownName, Wording wording) throws IOException {
    long size = Files.size(path);
    OwnershipReader reader = new OwnershipReader(shownName, wording);
    if (size > MAX_BYTES) {
      reader.problem(null, "the ownership map is " + size + " bytes; more than 1 MiB is not an ownership map", "check the file name");
      return new Result(null, reader.problems);
    }
    return reader.parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
  }

  static Result readString(String shownName, String text) {
    return new OwnershipReader(shownName, Wording.NEUTRAL).parse(text);
  }

  private Result parse(String text) {
    Optional<Node> root;
    try {
      LoadSettings settings = LoadSettings.builder()
          .setAllowDuplicateKeys(false)
          .setMaxAliasesForCollections(20)
          .setCodePointLimit(MAX_BYTES)
          .setLabel(file)
          .build();
      root = new Compose(settings).composeString(text);
    } catch (YamlEngineException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
      int line = lineIn(message);
      problem(line > 0 ? Location.of(file, line) : Location.of(file, 0),
          "the ownership map is not valid YAML: " + firstLine(message), "fix the YAML syntax");
      return new Result(null, problems);
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
      problem(root.map(this::at).orElse(Location.of(file, 0)), "the ownership map must be a YAML map with a 'delegations' list",
          "start from the map " + wording.word(Fix.operation("split")) + " proposes without one");
      return new Result(null, problems);
    }
    Map<String, Node> entries = entries(top, TOP, "");
    String javaPackage = string(entries.get("package"), "package");
    String meshClass = null;
    List<String> meshOwners = List.of();
    if (entries.get("mesh") instanceof MappingNode mesh) {
      Map<String, Node> m = entries(mesh, MESH, "mesh.");
      meshClass = string(m.get("class"), "mesh.class");
      meshOwners = strings(m.get("owners"), "mesh.owners");
    } else if (entries.containsKey("mesh") && !isNull(entries.get("mesh"))) {
      problem(at(entries.get("mesh")), "mesh must be a map with 'class' and 'owners'", "");
    }
    List<OwnershipMap.TeamEntry> teams = teams(entries.get("teams"));
    List<OwnershipMap.PathEntry> paths = new ArrayList<>();
    Node delegations = entries.get("delegations");
    if (delegations instanceof SequenceNode list) {
      for (int i = 0; i < list.getValue().size(); i++) {
        Node item = list.getValue().get(i);
        String where = "delegations[" + i + "]";
        if (!(item instanceof MappingNode d)) {
          problem(at(item), where + " must be a map such as {prefix: /api, team: api, secondary: api-routes}", "");
          continue;
        }
        Map<String, Node> e = entries(d, PATH, where + ".");
        paths.add(new OwnershipMap.PathEntry(string(e.get("prefix"), where + ".prefix"), string(e.get("exact"), where + ".exact"),
            string(e.get("team"), where + ".team"), string(e.get("secondary"), where + ".secondary"),
            string(e.get("namespace"), where + ".namespace"), string(e.get("primary"), where + ".primary"),
            string(e.get("class"), where + ".class"), at(item)));
      }
    } else {
      problem(delegations == null ? at(top) : at(delegations), "the ownership map has no 'delegations' list",
          "add one: delegations: [{prefix: /api, team: api, secondary: api-routes}, ...]");
    }
    return new Result(problems.isEmpty() ? new OwnershipMap(javaPackage, meshClass, meshOwners, teams, paths) : null, problems);
  }

  /** {@code teams:} as a map {@code name: {namespace, owners}} or a list of {@code {name, namespace, owners}}. */
  private List<OwnershipMap.TeamEntry> teams(Node node) {
    List<OwnershipMap.TeamEntry> out = new ArrayList<>();
    if (node == null || isNull(node)) {
      return out;
    }
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String name = string(t.getKeyNode(), "teams");
        Node value = t.getValueNode();
        if (isNull(value)) {
          out.add(new OwnershipMap.TeamEntry(name, null, List.of()));
        } else if (value instanceof MappingNode team) {
          Map<String, Node> e = entries(team, Set.of("namespace", "owners"), "teams." + name + ".");
          out.add(new OwnershipMap.TeamEntry(name, string(e.get("namespace"), "teams." + name + ".namespace"),
              strings(e.get("owners"), "teams." + name + ".owners")));
        } else {
          problem(at(value), "teams." + name + " must be a map such as {namespace: ns1, owners: [\"@org/team\"]}", "");
        }
      }
    } else if (node instanceof SequenceNode list) {
      for (int i = 0; i < list.getValue().size(); i++) {
        Node item = list.getValue().get(i);
        if (!(item instanceof MappingNode team)) {
          problem(at(item), "teams[" + i + "] must be a map such as {name: identity, namespace: ns1}", "");
          continue;
        }
        Map<String, Node> e = entries(team, TEAM, "teams[" + i + "].");
        String name = string(e.get("name"), "teams[" + i + "].name");
        if (name == null) {
          problem(at(item), "teams[" + i + "] has no name", "");
          continue;
        }
        out.add(new OwnershipMap.TeamEntry(name, string(e.get("namespace"), "teams[" + i + "].namespace"),
            strings(e.get("owners"), "teams[" + i + "].owners")));
      }
    } else {
      problem(at(node), "teams must be a map from team name to {namespace, owners}", "");
    }
    return out;
  }

  private Map<String, Node> entries(MappingNode map, Set<String> known, String prefix) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null || !known.contains(key)) {
        problem(at(t.getKeyNode()), "unknown key " + (key == null ? "(not a string)" : "'" + prefix + key + "'"),
            "known keys here: " + String.join(", ", known.stream().sorted().toList()));
        continue;
      }
      if (out.containsKey(key)) {
        problem(at(t.getKeyNode()), "key '" + prefix + key + "' is written twice; YAML readers disagree on which one counts",
            "keep one");
        continue;
      }
      out.put(key, t.getValueNode());
    }
    return out;
  }

  private String string(Node node, String what) {
    if (node == null || isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    problem(at(node), what + " must be a string", "");
    return null;
  }

  private List<String> strings(Node node, String what) {
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (node instanceof ScalarNode s) {
      return List.of(s.getValue());
    }
    if (node instanceof SequenceNode list) {
      List<String> out = new ArrayList<>();
      for (Node item : list.getValue()) {
        String s = string(item, what + " entry");
        if (s != null) {
          out.add(s);
        }
      }
      return out;
    }
    problem(at(node), what + " must be a list of strings", "");
    return List.of();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
  }

  private Location at(Node node) {
    Optional<Mark> mark = node.getStartMark();
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.of(file, 0));
  }

  private void problem(Location at, String message, String hint) {
    problems.add(SplitFindings.error(SplitFindings.BAD_OWNERSHIP, "", "", null, message, hint, at == null ? Location.of(file, 0) : at));
  }

  private static int lineIn(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
