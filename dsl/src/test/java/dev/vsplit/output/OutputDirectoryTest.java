package dev.vsplit.output;

import static dev.vsplit.output.OutputFolders.file;
import static dev.vsplit.output.OutputFolders.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.yaml.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputDirectoryTest {

  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("istio");
  }

  private static final List<GeneratedFile> FILES =
      List.of(
          file("ns1/virtualservice-vs-1.yaml", "kind: VirtualService\nmetadata:\n  name: vs-1\n"),
          file(
              "default/gateway-bookinfo-gateway.yaml",
              "kind: Gateway\nmetadata:\n  name: bookinfo-gateway\n"),
          file("kustomization.yaml", "kind: Kustomization\n"));

  @Test
  void writesEveryFileWithItsHeaderAndLeavesNoLockOrStaging() throws IOException {
    WriteResult result = OutputDirectory.write(dir(), FILES);

    assertThat(result.written())
        .containsExactly(
            "default/gateway-bookinfo-gateway.yaml",
            "kustomization.yaml",
            "ns1/virtualservice-vs-1.yaml");
    assertThat(result.unchanged()).isEmpty();
    assertThat(result.deleted()).isEmpty();
    assertThat(snapshot(dir()))
        .containsOnlyKeys(
            "default",
            "default/gateway-bookinfo-gateway.yaml",
            "kustomization.yaml",
            "ns1",
            "ns1/virtualservice-vs-1.yaml");
    for (GeneratedFile f : FILES) {
      assertThat(dir().resolve(f.path())).hasContent(f.content());
    }
  }

  @Test
  void writingAgainTouchesNothing() throws IOException {
    OutputDirectory.write(dir(), FILES);
    FileTime past = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    for (GeneratedFile f : FILES) {
      Files.setLastModifiedTime(dir().resolve(f.path()), past);
    }

    WriteResult again = OutputDirectory.write(dir(), FILES);

    assertThat(again.written()).isEmpty();
    assertThat(again.deleted()).isEmpty();
    assertThat(again.changed()).isFalse();
    assertThat(again.unchanged())
        .containsExactly(
            "default/gateway-bookinfo-gateway.yaml",
            "kustomization.yaml",
            "ns1/virtualservice-vs-1.yaml");
    for (GeneratedFile f : FILES) {
      assertThat(Files.getLastModifiedTime(dir().resolve(f.path()))).isEqualTo(past);
    }
  }

  @Test
  void rewritesOnlyWhatChanged() throws IOException {
    OutputDirectory.write(dir(), FILES);
    FileTime past = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(dir().resolve("kustomization.yaml"), past);
    List<GeneratedFile> changed = new ArrayList<>(FILES);
    changed.set(
        0,
        file(
            "ns1/virtualservice-vs-1.yaml",
            "kind: VirtualService\nmetadata:\n  name: vs-1\n  labels: {}\n"));

    WriteResult result = OutputDirectory.write(dir(), changed);

    assertThat(result.written()).containsExactly("ns1/virtualservice-vs-1.yaml");
    assertThat(result.unchanged())
        .containsExactly("default/gateway-bookinfo-gateway.yaml", "kustomization.yaml");
    assertThat(dir().resolve("ns1/virtualservice-vs-1.yaml")).hasContent(changed.get(0).content());
    assertThat(Files.getLastModifiedTime(dir().resolve("kustomization.yaml"))).isEqualTo(past);
  }

  @Test
  void aCrlfCheckoutIsNotRewritten() throws IOException {
    OutputDirectory.write(dir(), FILES);
    Path vs = dir().resolve("ns1/virtualservice-vs-1.yaml");
    String crlf = Files.readString(vs).replace("\n", "\r\n");
    Files.writeString(vs, crlf);

    assertThat(OutputDirectory.write(dir(), FILES).written()).isEmpty();
    assertThat(vs).hasContent(crlf);
  }

  @Test
  void deletesFilesNoLongerProducedAndTheFoldersThatLeavesEmpty() throws IOException {
    Files.createDirectories(dir().resolve("empty-before"));
    List<GeneratedFile> before = new ArrayList<>(FILES);
    before.add(file("ns2/virtualservice-old.yaml", "kind: VirtualService\n"));
    before.add(file("ns1/deep/er/virtualservice-old.yaml", "kind: VirtualService\n"));
    OutputDirectory.write(dir(), before);

    WriteResult result = OutputDirectory.write(dir(), FILES);

    assertThat(result.deleted())
        .containsExactly("ns1/deep/er/virtualservice-old.yaml", "ns2/virtualservice-old.yaml");
    assertThat(result.unchanged()).hasSize(3);
    assertThat(snapshot(dir()))
        .containsOnlyKeys(
            "default",
            "default/gateway-bookinfo-gateway.yaml",
            "empty-before",
            "kustomization.yaml",
            "ns1",
            "ns1/virtualservice-vs-1.yaml");
  }

  @Test
  void neverTouchesFilesWithoutTheHeader() throws IOException {
    Files.createDirectories(dir().resolve("ns1"));
    Files.writeString(dir().resolve("README.md"), "# Generated Istio config\n");
    Files.writeString(
        dir().resolve("ns1/virtualservice-handwritten.yaml"), "kind: VirtualService\n");
    Files.writeString(dir().resolve("ns1/almost.yaml"), "# Generated by vsplot from x\n");
    Map<String, String> foreign =
        Map.of(
            "README.md", "# Generated Istio config\n",
            "ns1/virtualservice-handwritten.yaml", "kind: VirtualService\n",
            "ns1/almost.yaml", "# Generated by vsplot from x\n");

    OutputDirectory.write(dir(), FILES);
    WriteResult second = OutputDirectory.write(dir(), List.of());

    assertThat(second.deleted())
        .containsExactly(
            "default/gateway-bookinfo-gateway.yaml",
            "kustomization.yaml",
            "ns1/virtualservice-vs-1.yaml");
    assertThat(snapshot(dir()))
        .containsAllEntriesOf(foreign)
        .containsOnlyKeys(
            "README.md", "ns1", "ns1/virtualservice-handwritten.yaml", "ns1/almost.yaml");
  }

  @Test
  void refusesToOverwriteOrDeleteHandEditedFilesAndNamesThemAll() throws IOException {
    List<GeneratedFile> before = new ArrayList<>(FILES);
    before.add(file("ns2/virtualservice-old.yaml", "kind: VirtualService\n"));
    OutputDirectory.write(dir(), before);
    Path vs = dir().resolve("ns1/virtualservice-vs-1.yaml");
    Files.writeString(vs, Files.readString(vs) + "  namespace: ns1\n");
    Path old = dir().resolve("ns2/virtualservice-old.yaml");
    Files.writeString(old, Files.readString(old).replace("VirtualService", "Gateway"));
    Map<String, String> edited = snapshot(dir());
    List<GeneratedFile> next = new ArrayList<>(FILES);
    next.set(1, file("default/gateway-bookinfo-gateway.yaml", "kind: Gateway\n"));

    OutputConflictException e =
        catchThrowableOfType(
            OutputConflictException.class, () -> OutputDirectory.write(dir(), next));

    assertThat(e)
        .hasMessage(
            "vsplit wrote nothing to "
                + dir()
                + ": 2 files there were not left as vsplit generated them.\n"
                + "  ns1/virtualservice-vs-1.yaml: edited by hand since vsplit generated it\n"
                + "  ns2/virtualservice-old.yaml: edited by hand since vsplit generated it (the spec no longer produces it)\n"
                + "For a file edited by hand: move the change into the spec, or delete the file to let vsplit regenerate it.");
    assertThat(e.handEdited())
        .containsExactly("ns1/virtualservice-vs-1.yaml", "ns2/virtualservice-old.yaml");
    assertThat(e.directory()).isEqualTo(dir());
    assertThat(snapshot(dir())).isEqualTo(edited);

    // Deleting the file lets vsplit regenerate it.
    Files.delete(vs);
    Files.delete(old);
    assertThat(OutputDirectory.write(dir(), next).written())
        .containsExactly("default/gateway-bookinfo-gateway.yaml", "ns1/virtualservice-vs-1.yaml");
  }

  @Test
  void refusesToOverwriteAFileItDidNotGenerate() throws IOException {
    Files.createDirectories(dir().resolve("ns1"));
    Files.writeString(
        dir().resolve("ns1/virtualservice-vs-1.yaml"), "# mine\nkind: VirtualService\n");
    Files.createDirectories(dir().resolve("kustomization.yaml"));
    Map<String, String> before = snapshot(dir());

    OutputConflictException e =
        catchThrowableOfType(
            OutputConflictException.class, () -> OutputDirectory.write(dir(), FILES));

    assertThat(e)
        .hasMessage(
            "vsplit wrote nothing to "
                + dir()
                + ": 2 files there were not left as vsplit generated them.\n"
                + "  kustomization.yaml: not generated by vsplit (no vsplit header), where vsplit must write\n"
                + "  ns1/virtualservice-vs-1.yaml: not generated by vsplit (no vsplit header), where vsplit must write\n"
                + "For a file vsplit did not generate: move it out of the output folder or delete it; vsplit never overwrites it.");
    assertThat(e.notGenerated())
        .containsExactly("kustomization.yaml", "ns1/virtualservice-vs-1.yaml");
    assertThat(snapshot(dir())).isEqualTo(before);
  }

  @Test
  void refusesAFileWhereItNeedsAFolder() throws IOException {
    Files.createDirectories(dir());
    Files.writeString(dir().resolve("ns1"), "not a folder\n");

    OutputConflictException e =
        catchThrowableOfType(
            OutputConflictException.class, () -> OutputDirectory.write(dir(), FILES));

    assertThat(e.notGenerated()).containsExactly("ns1");
    assertThat(snapshot(dir())).containsOnlyKeys("ns1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x.yaml",
        "/abs.yaml",
        "a/../../b.yaml",
        "a/./b.yaml",
        "a\\b.yaml",
        "a//b.yaml",
        "",
        ".vsplit.lock",
        ".git/config",
        "C:/x.yaml",
        "a/"
      })
  void refusesPathsThatLeaveTheFolderOrAreNotNormalizedWritingNothing(String path)
      throws IOException {
    List<GeneratedFile> files = new ArrayList<>(FILES);
    files.add(file(path, "x: y\n"));

    UnsafeOutputPathException e =
        catchThrowableOfType(
            UnsafeOutputPathException.class, () -> OutputDirectory.write(dir(), files));

    assertThat(e.problems()).containsOnlyKeys(path);
    assertThat(dir()).doesNotExist();
    assertThat(snapshot(tmp)).isEmpty();
  }

  @Test
  void refusalMessageNamesThePathAndWhy() {
    var files =
        List.of(
            file("../x.yaml", "x: y\n"),
            file("a.yaml", "a\n"),
            file("A.yaml", "a\n"),
            file("a.yaml", "b\n"));

    assertThatThrownBy(() -> OutputDirectory.write(dir(), files))
        .isInstanceOf(UnsafeOutputPathException.class)
        .hasMessage(
            "vsplit wrote nothing to "
                + dir()
                + ": 3 output paths are not safe to write.\n"
                + "  \"../x.yaml\" contains '..', which leads out of the output folder\n"
                + "  \"A.yaml\" names the same file as \"a.yaml\" on file systems that ignore case (macOS, Windows)\n"
                + "  \"a.yaml\" is given twice\n"
                + "Output paths must be relative to the output folder and stay inside it;"
                + " a symbolic link inside it must not lead outside it.");
  }

  @Test
  void refusesAFileThatIsAlsoAFolder() {
    var files = List.of(file("ns1", "x\n"), file("ns1/a.yaml", "a\n"));
    assertThat(
            catchThrowableOfType(
                    UnsafeOutputPathException.class, () -> OutputDirectory.write(dir(), files))
                .problems())
        .containsExactly(Map.entry("ns1", "is also the folder of another output file"));
  }

  @Test
  void refusesASymlinkedFolderThatLeadsOutside() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("virtualservice-vs-1.yaml"), "precious\n");
    Files.createDirectories(dir());
    Files.createSymbolicLink(dir().resolve("ns1"), outside);
    Map<String, String> before = snapshot(tmp);

    UnsafeOutputPathException e =
        catchThrowableOfType(
            UnsafeOutputPathException.class, () -> OutputDirectory.write(dir(), FILES));

    assertThat(e.problems())
        .containsExactly(
            Map.entry(
                "ns1/virtualservice-vs-1.yaml",
                "goes through the symbolic link \"ns1\", which leads outside the output folder, to "
                    + outside.toRealPath()));
    assertThat(snapshot(tmp)).isEqualTo(before);
  }

  @Test
  void refusesASymlinkedFileThatLeadsOutside() throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.yaml"), "precious\n");
    Files.createDirectories(dir());
    Files.createSymbolicLink(dir().resolve("kustomization.yaml"), outside);

    assertThatThrownBy(() -> OutputDirectory.write(dir(), FILES))
        .isInstanceOf(UnsafeOutputPathException.class);
    assertThat(outside).hasContent("precious");
    assertThat(snapshot(dir())).containsOnlyKeys("kustomization.yaml");
  }

  @Test
  void followsASymlinkedFolderThatStaysInsideAndNeverDeletesThroughLinks() throws IOException {
    Files.createDirectories(dir().resolve("real-ns1"));
    Files.createSymbolicLink(dir().resolve("ns1"), dir().resolve("real-ns1"));

    OutputDirectory.write(dir(), FILES);
    assertThat(dir().resolve("real-ns1/virtualservice-vs-1.yaml"))
        .hasContent(FILES.get(0).content());
    assertThat(OutputDirectory.write(dir(), FILES).unchanged()).hasSize(3);
    assertThat(OutputDirectory.check(dir(), FILES).isClean()).isTrue();
  }

  @Test
  void theOutputFolderItselfMayBeASymlink() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);

    OutputDirectory.write(link, FILES);

    assertThat(real.resolve("kustomization.yaml")).hasContent(FILES.get(2).content());
  }

  @Test
  void sameInputSameBytes() throws IOException {
    List<IstioResource> resources =
        List.of(
            new VirtualService(ObjectMeta.of("vs-1", "ns1"), VirtualServiceSpec.EMPTY),
            new Gateway(ObjectMeta.of("bookinfo-gateway", "default"), GatewaySpec.EMPTY));
    List<GeneratedFile> files = new ArrayList<>();
    for (IstioResource r : resources) {
      files.add(file(OutputLayout.pathOf(r), YamlWriter.write(r)));
    }
    files.add(
        file(
            Kustomization.PATH,
            Kustomization.render(files.stream().map(GeneratedFile::path).toList())));

    OutputDirectory.write(tmp.resolve("one"), files);
    OutputDirectory.write(tmp.resolve("two"), List.copyOf(files));

    assertThat(snapshot(tmp.resolve("one"))).isEqualTo(snapshot(tmp.resolve("two"))).hasSize(5);
    for (GeneratedFile f : files) {
      assertThat(Files.readAllBytes(tmp.resolve("one").resolve(f.path())))
          .isEqualTo(Files.readAllBytes(tmp.resolve("two").resolve(f.path())));
    }
  }
}
