package dev.vsplit.output;

import static dev.vsplit.output.OutputFolders.file;
import static dev.vsplit.output.OutputFolders.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {

  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("istio");
  }

  private static final List<GeneratedFile> FILES =
      List.of(
          file(
              "ns1/virtualservice-vs-1.yaml",
              "kind: VirtualService\nmetadata:\n  name: vs-1\n  namespace: ns1\nspec:\n  http: []\n"),
          file("ns1/virtualservice-vs-2.yaml", "kind: VirtualService\nmetadata:\n  name: vs-2\n"),
          file("kustomization.yaml", "kind: Kustomization\n"));

  @Test
  void aFolderJustWrittenIsClean() throws IOException {
    OutputDirectory.write(dir(), FILES);
    Drift drift = OutputDirectory.check(dir(), FILES);
    assertThat(drift.isClean()).isTrue();
    assertThat(drift.describe(10)).isEqualTo(dir() + " holds exactly what the spec generates.");
  }

  @Test
  void aFolderThatDoesNotExistMissesEverything() throws IOException {
    Drift drift = OutputDirectory.check(dir(), FILES);
    assertThat(drift.missing())
        .containsExactly(
            "kustomization.yaml", "ns1/virtualservice-vs-1.yaml", "ns1/virtualservice-vs-2.yaml");
    assertThat(dir()).doesNotExist();
  }

  @Test
  void foreignFilesAndCrlfCheckoutsAreNotDrift() throws IOException {
    OutputDirectory.write(dir(), FILES);
    Files.writeString(dir().resolve("README.md"), "hand-written\n");
    Path vs = dir().resolve("ns1/virtualservice-vs-2.yaml");
    Files.writeString(vs, Files.readString(vs).replace("\n", "\r\n"));
    assertThat(OutputDirectory.check(dir(), FILES).isClean()).isTrue();
  }

  @Test
  void reportsEachKindOfDriftWithACappedDiffAndWritesNothing() throws IOException {
    List<GeneratedFile> old = new ArrayList<>(FILES);
    old.set(
        0,
        file(
            "ns1/virtualservice-vs-1.yaml",
            "kind: VirtualService\nmetadata:\n  name: vs-1\nspec:\n  http: []\n"));
    old.add(file("ns2/virtualservice-gone.yaml", "kind: VirtualService\n"));
    old.add(file("ns2/virtualservice-gone-edited.yaml", "kind: VirtualService\n"));
    OutputDirectory.write(dir(), old);
    Files.delete(dir().resolve("kustomization.yaml")); // missing
    Path edited = dir().resolve("ns1/virtualservice-vs-2.yaml"); // hand-edited
    Files.writeString(edited, Files.readString(edited).replace("vs-2", "vs-two"));
    Path goneEdited = dir().resolve("ns2/virtualservice-gone-edited.yaml"); // extra and hand-edited
    Files.writeString(goneEdited, Files.readString(goneEdited) + "spec: {}\n");
    Files.createDirectories(dir().resolve("ns3")); // not generated, at a produced path
    Files.writeString(dir().resolve("ns3/virtualservice-mine.yaml"), "kind: VirtualService\n");
    List<GeneratedFile> now = new ArrayList<>(FILES);
    now.add(file("ns3/virtualservice-mine.yaml", "kind: VirtualService\n"));
    Map<String, String> before = snapshot(dir());

    Drift drift = OutputDirectory.check(dir(), now);

    assertThat(snapshot(dir())).isEqualTo(before);
    assertThat(drift.isClean()).isFalse();
    assertThat(drift.missing()).containsExactly("kustomization.yaml");
    assertThat(drift.stale()).containsExactly("ns1/virtualservice-vs-1.yaml");
    assertThat(drift.extra()).containsExactly("ns2/virtualservice-gone.yaml");
    assertThat(drift.handEdited())
        .containsExactly("ns1/virtualservice-vs-2.yaml", "ns2/virtualservice-gone-edited.yaml");
    assertThat(drift.notGenerated()).containsExactly("ns3/virtualservice-mine.yaml");

    String oldHeader = Header.render("dev.example.IdentityRoutes", old.get(0).body());
    String newHeader = Header.render("dev.example.IdentityRoutes", FILES.get(0).body());
    assertThat(drift.describe(6))
        .isEqualTo(
            "6 files in "
                + dir()
                + " differ from what the spec generates:\n"
                + "  missing        kustomization.yaml\n"
                + "  stale          ns1/virtualservice-vs-1.yaml\n"
                + "      --- ns1/virtualservice-vs-1.yaml (generated from the spec)\n"
                + "      +++ ns1/virtualservice-vs-1.yaml (in the folder)\n"
                + "      @@ -1,7 +1,6 @@\n"
                + "      -"
                + newHeader
                + "\n"
                + "      +"
                + oldHeader
                + "\n"
                + "       kind: VirtualService\n"
                + "       metadata:\n"
                + "         name: vs-1\n"
                + "      ... 3 more lines\n"
                + "  hand-edited    ns1/virtualservice-vs-2.yaml\n"
                + "      --- ns1/virtualservice-vs-2.yaml (generated from the spec)\n"
                + "      +++ ns1/virtualservice-vs-2.yaml (in the folder)\n"
                + "      @@ -2,3 +2,3 @@\n"
                + "       kind: VirtualService\n"
                + "       metadata:\n"
                + "      -  name: vs-2\n"
                + "      +  name: vs-two\n"
                + "  hand-edited    ns2/virtualservice-gone-edited.yaml (and the spec no longer produces it)\n"
                + "  extra          ns2/virtualservice-gone.yaml (generated earlier; the spec no longer produces it)\n"
                + "  not generated  ns3/virtualservice-mine.yaml (no vsplit header: vsplit will not overwrite it)\n"
                + "To fix: regenerate and commit the output folder.\n"
                + "For a file edited by hand: move the change into the spec, or delete the file to let vsplit regenerate it.\n"
                + "For a file vsplit did not generate: move it out of the output folder or delete it.");
  }

  @Test
  void aDiffCutAtTheCapSaysHowManyLinesAreLeft() throws IOException {
    String body =
        IntStream.range(0, 40).mapToObj(i -> "line" + i + "\n").collect(Collectors.joining());
    OutputDirectory.write(dir(), List.of(file("a.yaml", body)));
    Drift drift =
        OutputDirectory.check(dir(), List.of(file("a.yaml", body.replace("line", "LINE"))));

    String described = drift.describe(3);
    // one hunk: its @@ line, 41 lines out (header and 40), 41 in
    assertThat(described)
        .contains("\n      -LINE0\n      ... 80 more lines\n")
        .doesNotContain("LINE1");
    assertThat(drift.describe(0)).contains("(in the folder)\n      ... 83 more lines\n");
    assertThatThrownBy(() -> drift.describe(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkAndWriteAgree() throws IOException {
    OutputDirectory.write(dir(), FILES);
    List<GeneratedFile> next =
        List.of(FILES.get(0), file("ns2/virtualservice-new.yaml", "kind: VirtualService\n"));
    Drift drift = OutputDirectory.check(dir(), next);

    WriteResult written = OutputDirectory.write(dir(), next);

    assertThat(written.written()).isEqualTo(concat(drift.missing(), drift.stale()));
    assertThat(written.deleted()).isEqualTo(drift.extra());
    assertThat(OutputDirectory.check(dir(), next).isClean()).isTrue();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out.stream().sorted().toList();
  }
}
