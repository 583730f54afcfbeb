package dev.vsplit.maven;

import dev.vsplit.api.AnalyzeRequest;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.findings.Wording;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.yaml.ReadLimits;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters every goal shares, and the mapping of outcomes to Maven: what the user must fix is a
 * {@link MojoFailureException}; I/O errors and bugs are a {@link MojoExecutionException}.
 */
abstract class AbstractVsplitMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "vsplit.skip", defaultValue = "false")
  boolean skip;

  /**
   * Namespace of manifests that have no {@code metadata.namespace}, as {@code kubectl apply} would
   * place them.
   */
  @Parameter(property = "vsplit.namespace", defaultValue = "default")
  String namespace;

  /**
   * The cluster's DNS suffix: short host names resolve to {@code
   * <name>.<namespace>.svc.<domainSuffix>}.
   */
  @Parameter(property = "vsplit.domainSuffix", defaultValue = "cluster.local")
  String domainSuffix;

  /**
   * {@code meshConfig.defaultVirtualServiceExportTo}, when the mesh sets one (comma-separated);
   * unset means {@code *}.
   */
  @Parameter(property = "vsplit.defaultExportTo")
  List<String> defaultExportTo;

  /** Largest YAML file read, in bytes (32 MiB). A larger file is a VS001 finding, not read. */
  @Parameter(property = "vsplit.maxFileBytes", defaultValue = "33554432")
  long maxFileBytes;

  /** Deepest nesting of maps and lists in a YAML document (at most 256). */
  @Parameter(property = "vsplit.maxDepth", defaultValue = "64")
  int maxDepth;

  /** Most YAML aliases ({@code *name}) in one document; 0 forbids them. */
  @Parameter(property = "vsplit.maxAliases", defaultValue = "100")
  int maxAliases;

  /**
   * Most nodes the aliases of one YAML document may add once expanded: the "billion laughs" guard.
   */
  @Parameter(property = "vsplit.maxAliasExpansion", defaultValue = "10000")
  long maxAliasExpansion;

  /** Longest single string value in a YAML document, in characters (1 MiB). */
  @Parameter(property = "vsplit.maxScalarLength", defaultValue = "1048576")
  int maxScalarLength;

  /**
   * The directory relative paths are resolved against (the project's, or the current one without a
   * pom).
   */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    String skippedBy = skip ? "vsplit.skip" : skippedBy();
    if (skippedBy != null) {
      getLog().info("vsplit: skipped (" + skippedBy + "=true)");
      return;
    }
    try {
      run();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("vsplit: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "vsplit: unexpected error (a bug in vsplit; please report it with this trace): " + e, e);
    }
  }

  abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * The property of this goal's own skip switch when it is set (e.g. {@code vsplit.check.skip}),
   * else {@code null}; {@code vsplit.skip} skips every goal.
   */
  String skippedBy() {
    return null;
  }

  MeshOptions mesh() {
    return new MeshOptions(domainSuffix, defaultExportTo);
  }

  /**
   * The plugin's words for the fixes the engine states: every request a goal makes carries them.
   */
  Wording wording() {
    return MavenWording.INSTANCE;
  }

  /** The read limits from the parameters; a value out of range is the user's to fix. */
  ReadLimits limits() throws MojoFailureException {
    try {
      return new ReadLimits(maxFileBytes, maxDepth, maxAliases, maxAliasExpansion, maxScalarLength);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "vsplit: "
              + e.getMessage()
              + ". Fix the parameter in the plugin's <configuration>"
              + " or its -Dvsplit.<name> property.",
          e);
    }
  }

  /** A request to read the YAML in {@code paths} with this goal's namespace, mesh and limits. */
  AnalyzeRequest yaml(List<Path> paths) throws MojoFailureException {
    return new AnalyzeRequest(paths, namespace, mesh(), limits(), wording());
  }

  /** Writes {@code text} to {@code file} as UTF-8, creating its folder. */
  static void writeText(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  Path resolve(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : basedir.toPath().resolve(p).normalize();
  }

  List<Path> resolveAll(List<String> paths) {
    List<Path> out = new ArrayList<>();
    for (String p : paths) {
      for (String part : p.split(",", -1)) {
        if (!part.isBlank()) {
          out.add(resolve(part.strip()));
        }
      }
    }
    return out;
  }

  /** A path as the user knows it: relative to the project (or working) directory when inside it. */
  String shown(File file) {
    Path p = file.toPath().toAbsolutePath().normalize();
    Path base = basedir.toPath().toAbsolutePath().normalize();
    return p.startsWith(base) && !p.equals(base) ? base.relativize(p).toString() : p.toString();
  }

  /** Prints findings the way a compiler prints diagnostics, one per line, by severity. */
  void print(List<Finding> findings) {
    for (Finding f : findings) {
      String line = f.format();
      if (f.severity() == Severity.ERROR) {
        getLog().error(line);
      } else if (f.severity() == Severity.WARNING) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
  }
}
