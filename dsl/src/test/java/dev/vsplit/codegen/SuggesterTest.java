package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.findings.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proposed ownership map, written as a file and read back by the reader of ownership maps. */
class SuggesterTest {

  @TempDir Path dir;

  private static OwnershipMap.PathEntry path(
      String prefix, String exact, String team, String secondary, String primary) {
    return new OwnershipMap.PathEntry(
        prefix, exact, team, secondary, null, primary, null, null, null, null);
  }

  /** The map as the reader gives it back, without the lines it was read at. */
  private OwnershipMap readBack(String yaml) throws IOException {
    Path file = dir.resolve("proposal.yaml");
    Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
    OwnershipReader.Result result = OwnershipReader.read(file, "proposal.yaml", Wording.NEUTRAL);
    assertThat(result.problems()).as(yaml).isEmpty();
    OwnershipMap map = result.map();
    return new OwnershipMap(
        map.javaPackage(),
        map.meshClass(),
        map.meshOwners(),
        map.teams(),
        map.delegations().stream()
            .map(d -> path(d.prefix(), d.exact(), d.team(), d.secondary(), d.primary()))
            .toList());
  }

  @Test
  void everyValueReadsBackAsProposedWhateverItHolds() throws IOException {
    OwnershipMap proposed =
        new OwnershipMap(
            "com.example.shop",
            null,
            List.of(),
            List.of(
                new OwnershipMap.TeamEntry("yes", "on", List.of()),
                new OwnershipMap.TeamEntry("0755", "ns1", List.of())),
            List.of(
                path("/a b", null, "yes", "2024", "default/shop"),
                path(null, "/x: y #z", "0755", "~", null),
                path("/ctl\u0080char", null, "yes", "null", null),
                path("/two\nlines", null, "yes", "'q'", null),
                path("/\"quoted\"\t", null, "yes", "@at", null)));

    String yaml =
        Suggester.render(
            proposed,
            List.of("spec.http[0]", "", "spec.http[1], spec.http[2]"),
            List.of("a header"));

    assertThat(readBack(yaml)).isEqualTo(proposed);
    assertThat(yaml)
        .contains(
            "# a header\n",
            "  # takes spec.http[1], spec.http[2]\n",
            "  \"yes\":\n",
            "    namespace: \"on\"\n",
            "  - prefix: /a b\n",
            "    secondary: \"2024\"\n");
  }

  @Test
  void aValueWrittenAsABlockKeepsItsComment() throws IOException {
    OwnershipMap proposed =
        new OwnershipMap(
            "com.example\nshop",
            null,
            List.of(),
            List.of(),
            List.of(path("/", null, "web", "web", null)));

    String yaml = Suggester.render(proposed, List.of(), List.of());

    assertThat(yaml)
        .startsWith(
            "package: |-   # the generated specs' Java package\n  com.example\n  shop\nmesh:\n");
    assertThat(readBack(yaml)).isEqualTo(proposed);
  }
}
