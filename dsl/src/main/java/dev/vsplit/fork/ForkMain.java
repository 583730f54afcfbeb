package dev.vsplit.fork;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.DslFindings;
import dev.vsplit.assembly.SpecData;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forked JVM's entry point: {@code ForkMain mesh|team <result file> <mesh spec classes> [<team
 * spec classes>]}, class names comma-separated. Runs the mesh specs (and, for {@code team}, then
 * the team specs), writes the result ({@link SpecData}) to the file and exits 0. Whatever else
 * happens (an exit, a crash, no result) the parent reports as VS222. With {@code -D}{@value #LINES}
 * {@code =false} the specs run without their lines ({@link CallSite#withoutLines}).
 */
public final class ForkMain {

  /** The system property that, {@code false}, runs the specs without their lines. */
  static final String LINES = "vsplit.lines";

  private ForkMain() {}

  /**
   * Runs the specs named on the command line.
   *
   * @param args {@code mesh|team}, the result file, the mesh spec classes, the team spec classes
   * @throws IOException when the result cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || !(args[0].equals("mesh") || args[0].equals("team"))) {
      System.err.println("usage: ForkMain mesh|team <result file> <mesh classes> [<team classes>]");
      System.exit(2);
    }
    Path result = Path.of(args[1]);
    byte[] out =
        "false".equals(System.getProperty(LINES))
            ? CallSite.withoutLines(() -> run(args))
            : run(args);
    Path partial = result.resolveSibling(result.getFileName() + ".partial");
    Files.write(partial, out);
    Files.move(partial, result, StandardCopyOption.REPLACE_EXISTING);
    System.out.flush();
    // spec code may have left threads running: the result is written, the run is over
    System.exit(0);
  }

  /** Creates and runs the specs named on the command line: the result's bytes. */
  private static byte[] run(String[] args) {
    ClassLoader loader = ForkMain.class.getClassLoader();
    List<Finding> meshProblems = new ArrayList<>();
    List<MeshSpec> meshes = new ArrayList<>();
    for (String name : names(args[2])) {
      if (create(name, loader, meshProblems::add) instanceof MeshSpec m) {
        meshes.add(m);
      }
    }
    byte[] out;
    if (args[0].equals("mesh")) {
      out = SpecData.meshResult(meshes, meshProblems);
    } else {
      List<TeamSpec> teams = new ArrayList<>();
      Map<String, Finding> notCreated = new LinkedHashMap<>();
      for (String name : names(args.length > 3 ? args[3] : "")) {
        if (create(name, loader, f -> notCreated.put(name, f)) instanceof TeamSpec t) {
          teams.add(t);
        }
      }
      out = SpecData.teamResult(meshes, teams, notCreated);
    }
    return out;
  }

  private static List<String> names(String list) {
    return list.isEmpty() ? List.of() : List.of(list.split(","));
  }

  private static Object create(
      String name, ClassLoader loader, java.util.function.Consumer<Finding> problems) {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      problems.accept(
          DslFindings.specNotCreatable(
              name, e, Location.of(name.replace('.', '/').replaceAll("\\$.*", "") + ".java", 0)));
      return null;
    }
    return Instances.create(type, problems);
  }
}
