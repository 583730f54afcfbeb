package dev.vsplit.codegen;

import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
import dev.vsplit.yaml.DocumentReader;
import dev.vsplit.yaml.ReadLimits;
import dev.vsplit.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ownership map ({@link OwnershipMap}) from YAML, through the reader and binder manifests
 * go through ({@link DocumentReader}, the file's shape in {@link OwnershipFile}). Every problem is
 * a finding at its line and field; unknown keys are problems too, so a typo ({@code prefx:}) is not
 * silently ignored.
 */
final class OwnershipReader {

  private static final int MAX_BYTES = 1 << 20;

  /**
   * An ownership map is a page of hand-written YAML: a megabyte, a few aliases, no deep nesting.
   */
  private static final ReadLimits LIMITS = new ReadLimits(MAX_BYTES, 64, 20, 10_000, MAX_BYTES);

  /** What the YAML reader puts before snakeyaml's own words for a syntax error. */
  private static final String SYNTAX_ERROR = "YAML syntax error: ";

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
      reader.problem(
          null,
          "",
          "the ownership map is " + size + " bytes; more than 1 MiB is not an ownership map",
          "check the file name");
      return new Result(null, reader.problems);
    }
    return reader.parse(Files.readAllBytes(path));
  }

  static Result readString(String shownName, String text) {
    return new OwnershipReader(shownName, Wording.NEUTRAL)
        .parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private Result parse(byte[] bytes) {
    DocumentReader.Bound<OwnershipFile> bound =
        new DocumentReader(LIMITS).read(file, bytes, OwnershipFile.class);
    for (YamlProblem p : bound.problems()) {
      if (bound.readable()) {
        problem(p.location(), p.path(), p.message(), hint(p.path()));
      } else if (p.limit() != null) {
        problem(p.location(), p.path(), p.message(), "");
      } else if (p.message().startsWith(SYNTAX_ERROR)) {
        problem(
            p.location(),
            p.path(),
            "the ownership map is not valid YAML: " + p.message().substring(SYNTAX_ERROR.length()),
            "fix the YAML syntax");
      } else {
        problem(p.location(), p.path(), "the ownership map is not valid YAML: " + p.message(), "");
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    OwnershipFile map = bound.value();
    if (map == null) {
      problem(
          Location.of(file, 0),
          "",
          "the ownership map must be a YAML map with a 'delegations' list",
          "start from the map " + wording.word(Fix.operation("split")) + " proposes without one");
      return new Result(null, problems);
    }
    if (map.delegations() == null) {
      problem(
          map.at(),
          "",
          "the ownership map has no 'delegations' list",
          "add one: delegations: [{prefix: /api, team: api, secondary: api-routes}, ...]");
    }
    List<OwnershipMap.TeamEntry> teams = new ArrayList<>();
    List<OwnershipFile.Team> written = orEmpty(map.teams());
    for (int i = 0; i < written.size(); i++) {
      OwnershipFile.Team t = written.get(i);
      if (t.name() == null) {
        problem(t.at(), "teams[" + i + "]", "the team has no name", hint("teams"));
      } else {
        teams.add(new OwnershipMap.TeamEntry(t.name(), t.namespace(), orEmpty(t.owners())));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    List<OwnershipMap.PathEntry> paths = new ArrayList<>();
    for (OwnershipFile.Delegation d : map.delegations()) {
      paths.add(
          new OwnershipMap.PathEntry(
              d.prefix(),
              d.exact(),
              d.team(),
              d.secondary(),
              d.namespace(),
              d.primary(),
              d.className(),
              d.at()));
    }
    OwnershipFile.Mesh mesh = map.mesh();
    return new Result(
        new OwnershipMap(
            map.javaPackage(),
            mesh == null ? null : mesh.className(),
            mesh == null ? List.of() : orEmpty(mesh.owners()),
            teams,
            paths),
        problems);
  }

  /** What the part of the map a problem is in looks like when it is right. */
  private String hint(String path) {
    String top = path.split("[.\\[]", 2)[0];
    return switch (top) {
      case "" ->
          "an ownership map is a YAML map of package, mesh, teams and delegations; start from the map "
              + wording.word(Fix.operation("split"))
              + " proposes without one";
      case "mesh" -> "mesh is a map such as {class: ShopMesh, owners: [\"@org/platform\"]}";
      case "teams" ->
          "teams is a map such as {identity: {namespace: ns1, owners: [\"@org/identity\"]}}";
      case "delegations" ->
          "a delegation is a map such as {prefix: /api, team: api, secondary: api-routes}";
      default -> "";
    };
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private void problem(Location at, String path, String message, String hint) {
    problems.add(
        Finding.error(
            SplitFindings.BAD_OWNERSHIP,
            "",
            path,
            null,
            message,
            hint,
            at == null ? Location.of(file, 0) : at));
  }
}
