package dev.vsplit.output;

import static dev.vsplit.output.OutputFolders.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vsplit.faults.Folders;
import dev.vsplit.output.OutputDirectory.Hook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file {@link OutputDirectory#write} creates, replaces or deletes lies inside the output
 * folder, by its canonical path: paths that could lead elsewhere are refused before anything is
 * written, links that lead elsewhere are refused when the folder is read, and a folder swapped for
 * such a link while vsplit writes is caught just before the move.
 */
class OutputPathSafetyTest {

  @TempDir Path tmp;
  private Path dir;
  private Path outside;
  private Map<String, String> outsideBefore;

  private static final List<GeneratedFile> FILES =
      List.of(
          file("ns1/virtualservice-a.yaml", "a: 1\n"),
          file("ns1/virtualservice-b.yaml", "b: 1\n"),
          file("kustomization.yaml", "k: 1\n"));

  @BeforeEach
  void folders() throws IOException {
    dir = tmp.resolve("istio");
    outside = Files.createDirectories(tmp.resolve("outside"));
    // What an attacker would like overwritten: a file vsplit itself generated, elsewhere.
    OutputDirectory.write(
        outside, List.of(file("virtualservice-a.yaml", "precious: 1\n"), file("x.yaml", "x: 1\n")));
    outsideBefore = Folders.snapshot(outside);
  }

  private UnsafeOutputPathException refused(List<GeneratedFile> files) {
    return catchThrowableOfType(
        UnsafeOutputPathException.class, () -> OutputDirectory.write(dir, files));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x.yaml",
        "ns1/../../x.yaml",
        "/etc/x.yaml",
        "",
        "a/b/",
        "..",
        ".",
        "ns1//a.yaml",
        "C:\\x.yaml",
        "ns1\\a.yaml",
        "a\u0000b.yaml",
        ".vsplit.lock",
        ".vsplit-staging-1/x",
        ".git/hooks/pre-commit"
      })
  void pathsThatCouldLeadElsewhereAreRefusedBeforeAnythingIsWritten(String path) {
    UnsafeOutputPathException e = refused(List.of(FILES.get(0), file(path, "x: 1\n")));

    assertThat(e.problems()).containsOnlyKeys(path);
    assertThat(e.getMessage()).startsWith("vsplit wrote nothing to " + dir.toAbsolutePath());
    assertThat(dir).doesNotExist();
    assertThat(Folders.snapshot(outside)).isEqualTo(outsideBefore);
  }

  @Test
  void aFileOrFolderNameLongerThanFileSystemsAllowIsRefusedBeforeAnythingIsWritten() {
    String name = "a".repeat(251) + ".yaml";
    UnsafeOutputPathException e =
        refused(
            List.of(
                FILES.get(0),
                file("ns1/" + name, "x: 1\n"),
                file("b".repeat(256) + "/x.yaml", "x\n")));

    assertThat(e.problems())
        .containsOnly(
            Map.entry(
                "ns1/" + name, "has a file or folder name of 256 bytes; file systems allow 255"),
            Map.entry(
                "b".repeat(256) + "/x.yaml",
                "has a file or folder name of 256 bytes; file systems allow 255"));
    assertThat(dir).doesNotExist();
  }

  @Test
  void aPathLongerThanFileSystemsOpenIsRefusedBeforeAnythingIsWritten() {
    // Found by OutputDirectoryFuzzTest: each name under 255 bytes, but 20 nested folders of 250
    // bytes pass PATH_MAX; the write failed with "File name too long" half-way (and rolled back).
    String deep = (("d".repeat(250) + "/").repeat(20)) + "x.yaml";
    UnsafeOutputPathException e = refused(List.of(FILES.get(0), file(deep, "x: 1\n")));

    assertThat(e.problems()).containsOnlyKeys(deep);
    assertThat(e.problems().get(deep))
        .matches(
            "would be a path of \\d+ bytes in the output folder; file systems open"
                + " paths of at most 4095");
    assertThat(dir).doesNotExist();
  }

  @Test
  void aLinkThatLeadsNowhereOrInACircleOrBackToTheFolderIsRefused() throws IOException {
    Files.createDirectories(dir);
    Files.createSymbolicLink(dir.resolve("ns1"), tmp.resolve("missing"));
    assertThat(refused(FILES).problems())
        .containsEntry(
            "ns1/virtualservice-a.yaml",
            "goes through the symbolic link \"ns1\", which leads nowhere");

    Files.delete(dir.resolve("ns1"));
    Files.createSymbolicLink(dir.resolve("ns1"), dir.resolve("ns1"));
    assertThat(refused(FILES).problems().get("ns1/virtualservice-a.yaml"))
        .startsWith("goes through the symbolic link \"ns1\", which");

    Files.delete(dir.resolve("ns1"));
    Files.createSymbolicLink(dir.resolve("ns1"), dir);
    assertThat(refused(FILES).problems())
        .containsEntry(
            "ns1/virtualservice-a.yaml",
            "goes through the symbolic link \"ns1\", which leads back to the output folder itself");
    assertThat(Folders.snapshot(outside)).isEqualTo(outsideBefore);
  }

  @Test
  void aHardLinkToAFileOutsideIsReplacedNotWrittenThrough() throws IOException {
    OutputDirectory.write(dir, FILES);
    Path inside = dir.resolve("ns1/virtualservice-a.yaml");
    Files.delete(inside);
    Files.createLink(inside, outside.resolve("virtualservice-a.yaml"));

    // vsplit's header on the outside file: to vsplit it is an earlier output with other content.
    OutputDirectory.write(dir, FILES);

    assertThat(inside).hasContent(Header.file("dev.example.IdentityRoutes", "a: 1\n"));
    assertThat(Folders.snapshot(outside)).isEqualTo(outsideBefore);
  }

  @Test
  void aStaleFileThatIsALinkIsNeverDeletedNorFollowed() throws IOException {
    OutputDirectory.write(dir, FILES);
    Files.createSymbolicLink(dir.resolve("ns1/virtualservice-old.yaml"), outside.resolve("x.yaml"));

    WriteResult result = OutputDirectory.write(dir, FILES);

    assertThat(result.deleted()).isEmpty();
    assertThat(Files.isSymbolicLink(dir.resolve("ns1/virtualservice-old.yaml"))).isTrue();
    assertThat(Folders.snapshot(outside)).isEqualTo(outsideBefore);
  }

  @Test
  void aFolderSwappedForALinkWhileWritingIsCaughtBeforeTheMoveAndEverythingIsPutBack()
      throws IOException {
    OutputDirectory.write(dir, FILES);
    Map<String, String> before = Folders.snapshot(dir);
    List<GeneratedFile> next =
        List.of(
            file("kustomization.yaml", "k: 2\n"),
            file("ns1/virtualservice-a.yaml", "a: 2\n"),
            file("ns1/virtualservice-b.yaml", "b: 2\n"));
    Path moved = tmp.resolve("ns1-moved-away");
    // After kustomization.yaml is in place, someone replaces ns1 by a link to the outside folder.
    Hook swap =
        (step, path) -> {
          if (step == Hook.Step.MOVE && path.equals("ns1/virtualservice-a.yaml")) {
            Files.move(dir.resolve("ns1"), moved);
            Files.createSymbolicLink(dir.resolve("ns1"), outside);
          }
        };

    UnsafeOutputPathException e =
        catchThrowableOfType(
            UnsafeOutputPathException.class, () -> OutputDirectory.write(dir, next, swap));

    assertThat(e.problems()).containsOnlyKeys("ns1/virtualservice-a.yaml");
    assertThat(e.problems().get("ns1/virtualservice-a.yaml"))
        .startsWith("leads outside the output folder, to " + outside.toRealPath());
    assertThat(Folders.snapshot(outside)).isEqualTo(outsideBefore);
    // kustomization.yaml, already moved, is put back; no lock or staging folder is left.
    Files.delete(dir.resolve("ns1"));
    Files.move(moved, dir.resolve("ns1"));
    assertThat(Folders.snapshot(dir)).isEqualTo(before);
  }
}
