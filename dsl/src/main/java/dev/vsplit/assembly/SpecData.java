package dev.vsplit.assembly;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a spec run hands back, as data: the side that runs spec code (a forked JVM) writes it with
 * {@link #meshResult} or {@link #teamResult}; the side that assembles reads it with {@link
 * #readMesh} or {@link #readTeams} and never runs spec code. The encoding ({@link RecordCodec}) is
 * binary data of the {@link MeshDeclarations} and {@link WrittenRoutes} records, decoded strictly
 * into those record types only: no type names in the data, nothing left over, bounded size, depth
 * and strings. What the reader gets is the spec run's claim, not a fact: {@link Assembler#assemble}
 * checks it against the administrator's declarations.
 */
public final class SpecData {

  /** The largest result read: a mesh of thousands of routes is a few megabytes. */
  public static final int MAX_BYTES = 64 << 20;

  private static final byte[] MESH_HEADER = header("mesh");
  private static final byte[] TEAM_HEADER = header("team");

  /** A team run's result: what its specs wrote, and the mesh as its JVM held it afterwards. */
  record TeamResult(List<DeclaredMesh> meshAfter, List<WrittenRoutes> written) {}

  private SpecData() {}

  /** What a result starts with: the format, its version, and which run wrote it. */
  private static byte[] header(String run) {
    return ("vsplit spec result 1 " + run + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Runs the administrator's mesh specs and encodes what they declared.
   *
   * @param specs the mesh specs, created
   * @param notCreated the mesh specs that could not be created, as findings
   * @return the declarations, encoded
   */
  public static byte[] meshResult(List<MeshSpec> specs, List<Finding> notCreated) {
    MeshDeclarations ran = new SpecRunner().runMeshSpecs(specs);
    List<Finding> failures = new ArrayList<>(notCreated);
    failures.addAll(ran.failures());
    return RecordCodec.encode(
        MESH_HEADER, MeshDeclarations.class, new MeshDeclarations(ran.meshes(), failures));
  }

  /**
   * Runs the mesh specs (to give each team spec its scope), then the team specs, and encodes what
   * the team specs wrote. What the mesh specs declared here is not part of the result: the
   * assembling side takes it from a run with no team code in it ({@link #meshResult}).
   *
   * @param meshSpecs the mesh specs, created
   * @param teamSpecs the team specs, created
   * @param notCreated the team specs that could not be created: class name to finding
   * @return what each team spec wrote, encoded
   */
  public static byte[] teamResult(
      List<MeshSpec> meshSpecs, List<TeamSpec> teamSpecs, Map<String, Finding> notCreated) {
    SpecRunner runner = new SpecRunner();
    MeshDeclarations declarations = runner.runMeshSpecs(meshSpecs);
    List<WrittenRoutes> written =
        new ArrayList<>(runner.runTeamSpecs(teamSpecs, MeshAssembly.of(declarations).placements()));
    notCreated.forEach(
        (name, finding) ->
            written.add(new WrittenRoutes(name, finding.source(), null, null, finding)));
    return RecordCodec.encode(
        TEAM_HEADER, TeamResult.class, new TeamResult(runner.declaredNow(), written));
  }

  /**
   * Decodes a {@link #meshResult}.
   *
   * @param data the bytes the run wrote
   * @return the declarations
   * @throws IllegalArgumentException when the data is not a mesh result
   */
  public static MeshData readMesh(byte[] data) {
    return new MeshData(read(data, MESH_HEADER, MeshDeclarations.class));
  }

  /**
   * Decodes a {@link #teamResult}.
   *
   * @param data the bytes the run wrote
   * @return what the team specs wrote
   * @throws IllegalArgumentException when the data is not a team result
   */
  public static TeamData readTeams(byte[] data) {
    TeamResult result = read(data, TEAM_HEADER, TeamResult.class);
    if (result.meshAfter() == null || result.written() == null) {
      throw new IllegalArgumentException("the result lacks meshAfter or written");
    }
    return new TeamData(result.written(), result.meshAfter());
  }

  private static <T> T read(byte[] data, byte[] header, Class<T> type) {
    if (data.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "the result is " + data.length + " bytes, more than the " + MAX_BYTES + " read");
    }
    try {
      return RecordCodec.decode(data, header, type);
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new IllegalArgumentException(
          "the result is not what a spec run writes: "
              + (why.length() > 300 ? why.substring(0, 300) + "..." : why)
              + " (first bytes: "
              + new String(data, 0, Math.min(data.length, 80), StandardCharsets.UTF_8)
              + ")",
          e);
    }
  }

  /**
   * Where a spec class's source is, from the class: what a finding about it names.
   *
   * @param type the spec class
   * @return its source file, e.g. {@code com/example/Foo.java}
   */
  public static Location sourceOf(Class<?> type) {
    return CallSite.ofClass(type);
  }
}
