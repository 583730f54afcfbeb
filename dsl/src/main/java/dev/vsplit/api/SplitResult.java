package dev.vsplit.api;

import dev.vsplit.findings.Finding;
import dev.vsplit.findings.HasFindings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@link Vsplit#split}.
 *
 * @param findings what stands in the way (errors: routes that cannot go to one owner, a bad
 *     ownership map, a file that exists, a failed proof), and notes; errors mean nothing was
 *     written
 * @param sources the generated Java, by path relative to the source folder; empty when none was
 *     generated
 * @param written the files written (empty when nothing was)
 * @param proof the proof summary, one line per primary plus a conclusion; empty when no proof ran
 * @param proven whether the split's effective routes were shown equal to the monolith's
 * @param suggestion a proposed ownership map (YAML), when none was given; {@code null} otherwise
 * @param suggestionWritten where the proposal was written, {@code null} when it was not
 * @param meshSpecClass the generated MeshSpec, the class the build's configuration names as the
 *     administrator's (e.g. {@code com.example.shop.ShopMesh}); {@code null} when none was planned
 */
public record SplitResult(
    List<Finding> findings,
    Map<String, String> sources,
    List<Path> written,
    List<String> proof,
    boolean proven,
    String suggestion,
    Path suggestionWritten,
    String meshSpecClass)
    implements HasFindings {

  /**
   * Copies the lists and sorts the sources by path.
   *
   * @param findings what stands in the way, and notes
   * @param sources the generated Java, by path
   * @param written the files written
   * @param proof the proof summary
   * @param proven whether the split was proven to route as the monolith
   * @param suggestion a proposed ownership map, or {@code null}
   * @param suggestionWritten where the proposal was written, or {@code null}
   * @param meshSpecClass the generated MeshSpec's class name, or {@code null}
   */
  public SplitResult {
    findings = List.copyOf(findings);
    sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    written = List.copyOf(written);
    proof = List.copyOf(proof);
  }
}
