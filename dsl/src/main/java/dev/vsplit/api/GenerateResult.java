package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.HasFindings;
import dev.vsplit.output.Drift;
import dev.vsplit.output.WriteResult;
import java.util.List;

/**
 * The outcome of {@link Vsplit#generate} or {@link Vsplit#check}.
 *
 * @param specClasses the spec classes that ran
 * @param findings every finding: loading the specs, running them, and the engine's on the result
 * @param generation what the specs produced; {@code null} when they could not be loaded
 * @param written what {@code generate} wrote; {@code null} when it wrote nothing (errors, or {@code
 *     check})
 * @param drift what {@code check} found different in the folder; {@code null} for {@code generate}
 * @param upToDate whether {@code generate} skipped its work: nothing that decides the output
 *     changed since the last generation ({@link GenerateRequest#upToDateFile}); then only {@code
 *     specClasses} (those of that generation) is known
 */
public record GenerateResult(
    List<String> specClasses,
    List<Finding> findings,
    Generation generation,
    WriteResult written,
    Drift drift,
    boolean upToDate)
    implements HasFindings {

  /**
   * Copies the lists.
   *
   * @param specClasses the spec classes that ran
   * @param findings every finding
   * @param generation what the specs produced, or {@code null}
   * @param written what {@code generate} wrote, or {@code null}
   * @param drift what {@code check} found different, or {@code null}
   * @param upToDate whether {@code generate} skipped its work
   */
  public GenerateResult {
    specClasses = List.copyOf(specClasses);
    findings = List.copyOf(findings);
  }

  /**
   * A result of specs that ran (not skipped as up to date).
   *
   * @param specClasses the spec classes that ran
   * @param findings every finding
   * @param generation what the specs produced, or {@code null}
   * @param written what {@code generate} wrote, or {@code null}
   * @param drift what {@code check} found different, or {@code null}
   */
  public GenerateResult(
      List<String> specClasses,
      List<Finding> findings,
      Generation generation,
      WriteResult written,
      Drift drift) {
    this(specClasses, findings, generation, written, drift, false);
  }

  /** A generation skipped because the output folder is up to date with these spec classes. */
  static GenerateResult skipped(List<String> specClasses) {
    return new GenerateResult(specClasses, List.of(), null, null, null, true);
  }

  /**
   * Whether there were no specs at all to run.
   *
   * @return true when no spec class was found or named, and nothing was wrong with one (a mesh spec
   *     the configuration does not name runs not, but is reported)
   */
  public boolean noSpecs() {
    return specClasses.isEmpty() && findings.isEmpty();
  }
}
