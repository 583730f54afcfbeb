package dev.vsplit.fork;

import dev.vsplit.Team;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.DslFindings;
import dev.vsplit.assembly.MeshData;
import dev.vsplit.assembly.SpecData;
import dev.vsplit.assembly.TeamData;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the specs in forked JVMs and assembles what they hand back. The isolation unit is the folder
 * of team specs (one package of one source root, which lies in at most one team's place): one JVM
 * runs the administrator's mesh specs alone (no team class is loaded there, so what they declare is
 * fixed before any team code runs), and at the same time one JVM per folder runs the mesh specs
 * again (to give the team its scope) and that folder's team specs. The build's JVM runs no spec
 * code: it reads each result as untrusted data ({@link SpecData}), takes the administrator's
 * declarations only from the mesh run, and checks each team's claims against them ({@link
 * Assembler#assemble}).
 */
public final class SpecRuns {

  /** How long a spec run may take by default, from its start. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  /**
   * Options for the forked JVMs that start fast and run a short program: class-data sharing, the
   * client compiler only, the serial collector.
   */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m");

  /**
   * How to run the forks.
   *
   * @param vsplitClasspath vsplit's own classes and libraries, first on each fork's classpath
   * @param classpath the project's compiled classes and the jars its specs need
   * @param timeout how long each run may take
   * @param jvmOptions the forks' JVM options
   * @param lines whether the specs' calls are located at their lines; without, every location a
   *     spec's call would have is {@link dev.vsplit.base.CallSite#NOT_CAPTURED}
   */
  public record Options(
      List<Path> vsplitClasspath,
      List<Path> classpath,
      Duration timeout,
      List<String> jvmOptions,
      boolean lines) {
    /**
     * Copies the lists.
     *
     * @param vsplitClasspath vsplit's own classes and libraries
     * @param classpath the project's classes and jars
     * @param timeout how long each run may take; {@code null} for {@link #DEFAULT_TIMEOUT}
     * @param jvmOptions the forks' JVM options; {@code null} for {@link #DEFAULT_JVM_OPTIONS}
     * @param lines whether the specs' calls are located at their lines
     */
    public Options {
      vsplitClasspath = List.copyOf(vsplitClasspath);
      classpath = List.copyOf(classpath);
      timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
      jvmOptions = jvmOptions == null ? DEFAULT_JVM_OPTIONS : List.copyOf(jvmOptions);
    }

    /**
     * Options with lines.
     *
     * @param vsplitClasspath vsplit's own classes and libraries
     * @param classpath the project's classes and jars
     * @param timeout how long each run may take; {@code null} for {@link #DEFAULT_TIMEOUT}
     * @param jvmOptions the forks' JVM options; {@code null} for {@link #DEFAULT_JVM_OPTIONS}
     */
    public Options(
        List<Path> vsplitClasspath,
        List<Path> classpath,
        Duration timeout,
        List<String> jvmOptions) {
      this(vsplitClasspath, classpath, timeout, jvmOptions, true);
    }

    /**
     * The same options, with or without lines.
     *
     * @param lines whether the specs' calls are located at their lines
     * @return the options
     */
    public Options withLines(boolean lines) {
      return new Options(vsplitClasspath, classpath, timeout, jvmOptions, lines);
    }

    /** The forks' JVM options, with the switch that turns their lines off when they are. */
    List<String> forkOptions() {
      if (lines) {
        return jvmOptions;
      }
      List<String> out = new ArrayList<>(jvmOptions);
      out.add("-D" + ForkMain.LINES + "=false");
      return out;
    }
  }

  /**
   * What the runs produced.
   *
   * @param result the assembled result; {@code null} when a run failed or a spec is out of place
   * @param findings what went wrong before assembling (VS220, VS222); the result's own findings are
   *     in the result
   */
  public record Outcome(Assembler.Result result, List<Finding> findings) {
    /**
     * Copies the findings.
     *
     * @param result the assembled result, or {@code null}
     * @param findings what went wrong before assembling
     */
    public Outcome {
      findings = List.copyOf(findings);
    }
  }

  private SpecRuns() {}

  /**
   * Runs the mesh specs, then each team's specs, each in its own JVM, and assembles the results.
   *
   * @param meshSpecs the administrator's mesh spec classes, as the configuration names them
   * @param teamSpecs the team spec classes found
   * @param projectDirectory the project's folder (team folders are relative to it)
   * @param sourceRoots the Java source folders, to place classes by their source file
   * @param options how to run the forks
   * @param wording how the front end words fixes in hints
   * @return the result, or the findings that stopped it
   * @throws IOException when the forks' working folder cannot be made or a fork cannot start
   */
  public static Outcome run(
      List<String> meshSpecs,
      List<String> teamSpecs,
      Path projectDirectory,
      List<Path> sourceRoots,
      Options options,
      Wording wording)
      throws IOException {
    List<Path> classpath = new ArrayList<>(options.vsplitClasspath());
    classpath.addAll(options.classpath());
    Path work = Files.createTempDirectory("vsplit-specs");
    try {
      // All at once: the mesh run, and one run per folder of team specs (a folder holds one
      // package of one source root, so it lies in at most one team's place). Which team a folder
      // belongs to is known when the mesh run has handed back the places; a run of specs outside
      // any place is stopped and its result never read.
      Places unplaced = new Places(List.of(), projectDirectory, sourceRoots);
      Map<String, List<String>> byFolder = new LinkedHashMap<>();
      for (String spec : teamSpecs) {
        Path source = unplaced.sourceFile(spec);
        String folder =
            source == null
                ? spec.substring(0, Math.max(spec.lastIndexOf('.'), 0))
                : source.getParent().toString();
        byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(spec);
      }
      Fork meshFork =
          Fork.start(
              classpath,
              options.forkOptions(),
              work,
              "mesh",
              List.of("mesh", String.join(",", meshSpecs)));
      Map<String, Fork> forks = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : byFolder.entrySet()) {
        forks.put(
            e.getKey(),
            Fork.start(
                classpath,
                options.forkOptions(),
                work,
                "team-" + forks.size(),
                List.of("team", String.join(",", meshSpecs), String.join(",", e.getValue()))));
      }
      Fork.Ended meshEnded = meshFork.await(options.timeout());
      List<Finding> findings = new ArrayList<>();
      MeshData mesh = null;
      if (meshEnded.problem() != null) {
        findings.add(runFailed(meshSpecs, meshEnded.problem(), meshEnded.output()));
      } else {
        try {
          mesh = SpecData.readMesh(meshEnded.result());
        } catch (IllegalArgumentException e) {
          findings.add(runFailed(meshSpecs, "handed back no mesh result: " + e.getMessage(), ""));
        }
      }
      if (mesh == null) {
        forks.values().forEach(Fork::stop);
        return new Outcome(null, findings);
      }
      if (mesh.incomplete()) {
        // a mesh spec threw: its VS207 is the error to fix; the places it would give are unknown
        forks.values().forEach(Fork::stop);
        return new Outcome(new Assembler(wording).assemble(mesh, List.of(), Map.of()), findings);
      }
      Places places = new Places(mesh.teams(), projectDirectory, sourceRoots);
      Map<String, String> teamOfSpec = new LinkedHashMap<>();
      for (String spec : teamSpecs) {
        Team team = places.teamOf(spec);
        if (team == null) {
          findings.add(DslFindings.teamSpecOutsidePlace(spec, sourceOf(spec), places.describe()));
          continue;
        }
        teamOfSpec.put(spec, team.name());
      }
      if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        forks.values().forEach(Fork::stop);
        return new Outcome(null, findings);
      }
      Map<String, List<String>> byTeam = byFolder;
      List<TeamData> teams = new ArrayList<>();
      for (Map.Entry<String, Fork> e : forks.entrySet()) {
        List<String> specs = byTeam.get(e.getKey());
        Fork.Ended ended = e.getValue().await(options.timeout());
        if (ended.problem() != null) {
          findings.add(runFailed(specs, ended.problem(), ended.output()));
          continue;
        }
        try {
          TeamData data = SpecData.readTeams(ended.result());
          Set<String> asked = new HashSet<>(specs);
          if (!asked.containsAll(data.specs()) || data.specs().size() != specs.size()) {
            throw new IllegalArgumentException(
                "it speaks for " + data.specs() + ", not for the specs it was given");
          }
          String changed = data.changed(mesh);
          if (changed != null) {
            findings.add(
                runFailed(
                    specs,
                    "changed the administrator's declarations in its own JVM (reflection on the"
                        + " shared Team or Secondary objects?): "
                        + changed
                        + "; the change reaches no other run, and the build stops here",
                    ""));
            continue;
          }
          teams.add(data);
        } catch (IllegalArgumentException x) {
          findings.add(runFailed(specs, "handed back no team result: " + x.getMessage(), ""));
        }
      }
      if (!findings.isEmpty()) {
        return new Outcome(null, findings);
      }
      return new Outcome(new Assembler(wording).assemble(mesh, teams, teamOfSpec), findings);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the specs ran", e);
    } finally {
      delete(work);
    }
  }

  private static Finding runFailed(List<String> specs, String problem, String output) {
    return DslFindings.specRunFailed(
        specs, problem, output, specs.isEmpty() ? null : sourceOf(specs.get(0)));
  }

  /** {@code com/example/Foo.java} for {@code com.example.Foo$Inner}. */
  static Location sourceOf(String className) {
    return Location.of(className.replaceAll("\\$.*", "").replace('.', '/') + ".java", 0);
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
