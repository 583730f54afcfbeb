package dev.vsplit.output;

import static dev.vsplit.output.OutputFolders.file;
import static dev.vsplit.output.OutputFolders.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.output.OutputDirectory.Hook;
import dev.vsplit.output.OutputDirectory.Hook.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A write that fails at any point leaves the folder exactly as it was. */
class OutputDirectoryFailureTest {

  @TempDir Path tmp;
  private Path dir;
  private Map<String, String> before;

  /**
   * The next write replaces two files, creates two (one in a new folder), deletes two, keeps one.
   */
  private static final List<GeneratedFile> NEXT =
      List.of(
          file("ns1/virtualservice-a.yaml", "a: 2\n"),
          file("ns1/virtualservice-b.yaml", "b: 2\n"),
          file("ns1/virtualservice-new.yaml", "new: 1\n"),
          file("ns3/deep/virtualservice-new.yaml", "new: 1\n"),
          file("kustomization.yaml", "k: 1\n"));

  @BeforeEach
  void existingFolder() throws IOException {
    dir = tmp.resolve("istio");
    OutputDirectory.write(
        dir,
        List.of(
            file("ns1/virtualservice-a.yaml", "a: 1\n"),
            file("ns1/virtualservice-b.yaml", "b: 1\n"),
            file("ns2/virtualservice-gone.yaml", "gone: 1\n"),
            file("ns1/virtualservice-gone.yaml", "gone: 1\n"),
            file("kustomization.yaml", "k: 1\n")));
    Files.writeString(dir.resolve("README.md"), "hand-written\n");
    before = snapshot(dir);
  }

  @ParameterizedTest(name = "fails at {0} #{1}")
  @CsvSource({"STAGED, 1", "MOVE, 1", "MOVE, 2", "MOVE, 3", "MOVE, 4", "DELETE, 1", "DELETE, 2"})
  void anInjectedIoErrorLeavesEveryOldFileUnchanged(Step failAt, int occurrence) {
    AtomicInteger seen = new AtomicInteger();
    Hook failing =
        (step, path) -> {
          if (step == failAt && seen.incrementAndGet() == occurrence) {
            throw new IOException("disk full (injected at " + step + " " + path + ")");
          }
        };

    assertThatThrownBy(() -> OutputDirectory.write(dir, NEXT, failing))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("disk full (injected at " + failAt);

    assertThat(seen).hasValue(occurrence);
    assertThat(snapshot(dir)).isEqualTo(before); // no staging folder, no lock file, no new folder
  }

  @Test
  void aRuntimeFailureMidWayIsRolledBackToo() {
    AtomicInteger moves = new AtomicInteger();
    Hook failing =
        (step, path) -> {
          if (step == Step.MOVE && moves.incrementAndGet() == 4) {
            throw new IllegalStateException("bug");
          }
        };

    assertThatThrownBy(() -> OutputDirectory.write(dir, NEXT, failing))
        .isInstanceOf(IllegalStateException.class);
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void afterAFailureTheNextWriteSucceeds() throws IOException {
    Hook failing =
        (step, path) -> {
          if (step == Step.DELETE) {
            throw new IOException("injected");
          }
        };
    assertThatThrownBy(() -> OutputDirectory.write(dir, NEXT, failing))
        .isInstanceOf(IOException.class);

    WriteResult result = OutputDirectory.write(dir, NEXT);

    assertThat(result.written())
        .containsExactly(
            "ns1/virtualservice-a.yaml",
            "ns1/virtualservice-b.yaml",
            "ns1/virtualservice-new.yaml",
            "ns3/deep/virtualservice-new.yaml");
    assertThat(result.unchanged()).containsExactly("kustomization.yaml");
    assertThat(result.deleted())
        .containsExactly("ns1/virtualservice-gone.yaml", "ns2/virtualservice-gone.yaml");
    assertThat(snapshot(dir))
        .containsOnlyKeys(
            "README.md",
            "kustomization.yaml",
            "ns1",
            "ns1/virtualservice-a.yaml",
            "ns1/virtualservice-b.yaml",
            "ns1/virtualservice-new.yaml",
            "ns3",
            "ns3/deep",
            "ns3/deep/virtualservice-new.yaml");
  }

  @Test
  void aStagingFolderLeftByAKilledRunIsRemoved() throws IOException {
    Path stale = Files.createDirectories(dir.resolve(".vsplit-staging-123/sub"));
    Files.writeString(stale.resolve("new-0"), "half");

    OutputDirectory.write(dir, NEXT);

    assertThat(dir.resolve(".vsplit-staging-123")).doesNotExist();
  }
}
