package dev.vsplit;

import dev.vsplit.rules.Finding;
import dev.vsplit.rules.Severity;
import dev.vsplit.yaml.Drift;
import dev.vsplit.yaml.WriteResult;
import java.util.List;

/**
 * The outcome of {@link Vsplit#generate} or {@link Vsplit#check}.
 *
 * @param specClasses the spec classes that ran
 * @param findings every finding: loading the specs, running them, and the engine's on the result
 * @param generation what the specs produced; {@code null} when they could not be loaded
 * @param written what {@code generate} wrote; {@code null} when it wrote nothing (errors, or {@code check})
 * @param drift what {@code check} found different in the folder; {@code null} for {@code generate}
 */
public record GenerateResult(
    List<String> specClasses, List<Finding> findings, Generation generation, WriteResult written, Drift drift) {

  public GenerateResult {
    specClasses = List.copyOf(specClasses);
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** Whether there were no specs at all to run. */
  public boolean noSpecs() {
    return specClasses.isEmpty();
  }
}
