package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.HasFindings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@link Vsplit#scaffold}.
 *
 * @param findings problems loading the specs, secondaries that cannot be scaffolded, files that
 *     exist; any error means nothing was written
 * @param sources the TeamSpecs generated, by path relative to the source folder
 * @param written the files written
 * @param scaffolded the secondaries ({@code namespace/name}) that got a TeamSpec
 * @param specClasses the spec classes that ran
 */
public record ScaffoldResult(
    List<Finding> findings,
    Map<String, String> sources,
    List<Path> written,
    List<String> scaffolded,
    List<String> specClasses)
    implements HasFindings {

  /**
   * Copies the lists and sorts the sources by path.
   *
   * @param findings problems; any error means nothing was written
   * @param sources the TeamSpecs generated, by path
   * @param written the files written
   * @param scaffolded the secondaries that got a TeamSpec
   * @param specClasses the spec classes that ran
   */
  public ScaffoldResult {
    findings = List.copyOf(findings);
    sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    written = List.copyOf(written);
    scaffolded = List.copyOf(scaffolded);
    specClasses = List.copyOf(specClasses);
  }

  /**
   * Whether there were no specs at all to run.
   *
   * @return true when no spec class was found or named
   */
  public boolean noSpecs() {
    return specClasses.isEmpty();
  }
}
