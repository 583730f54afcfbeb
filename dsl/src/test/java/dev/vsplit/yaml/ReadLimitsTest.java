package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vsplit.findings.Code;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

  @Test
  void defaults() {
    assertThat(ReadLimits.DEFAULTS).isEqualTo(new ReadLimits(32L << 20, 64, 100, 10_000, 1 << 20));
  }

  @Test
  void aLimitOutOfRangeIsNamedWithItsValueAndWhatItMayBe() {
    // The message used to print "this" from the compact constructor: every limit as 0.
    assertThatThrownBy(() -> new ReadLimits(1, 0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read limit maxDepth is 0; it must be between 1 and 256 (default 64)");
    assertThatThrownBy(() -> new ReadLimits(1, 257, 1, 1, 1))
        .hasMessage("read limit maxDepth is 257; it must be between 1 and 256 (default 64)");
    assertThatThrownBy(() -> new ReadLimits(0, 1, 1, 1, 1))
        .hasMessage(
            "read limit maxFileBytes is 0; it must be at least 1 (bytes) (default 33554432)");
    assertThatThrownBy(() -> new ReadLimits(1, 1, -1, 1, 1))
        .hasMessage(
            "read limit maxAliases is -1; it must be 0 or more (0 forbids aliases) (default 100)");
    assertThatThrownBy(() -> new ReadLimits(1, 1, 1, -5, 1))
        .hasMessage(
            "read limit maxAliasExpansion is -5; it must be 0 or more (nodes) (default 10000)");
    assertThatThrownBy(() -> new ReadLimits(1, 1, 1, 1, 0))
        .hasMessage(
            "read limit maxScalarLength is 0; it must be at least 1 (characters) (default 1048576)");
    assertThat(new ReadLimits(1, ReadLimits.MAX_DEPTH, 0, 0, 1).maxAliases()).isZero();
  }

  @Test
  void theDeepestAllowedNestingIsReadWithoutOverflowingTheStack() {
    ReadLimits deep = new ReadLimits(32L << 20, ReadLimits.MAX_DEPTH, 100, 10_000, 1 << 20);
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: a}\n"
                + "spec:\n  hosts: [a]\n  http: [{route: [{destination: {host: a}}]}]\n  deep: ");
    int levels = ReadLimits.MAX_DEPTH - 3;
    yaml.append("[".repeat(levels)).append("]".repeat(levels)).append('\n');
    ReadResult result =
        new ManifestReader(deep, "default").readString("deep.yaml", yaml.toString());
    assertThat(result.problems()).isEmpty();
    assertThat(result.resources()).hasSize(1);
    assertThat(YamlWriter.write(result.resources().get(0).resource())).contains("deep:");

    // The whole engine too: the schema check writes the resource as a tree.
    java.nio.file.Path file;
    try {
      file =
          java.nio.file.Files.writeString(
              java.nio.file.Files.createTempFile("deep", ".yaml"), yaml);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    dev.vsplit.api.Analysis analysis =
        dev.vsplit.api.Vsplit.analyze(
            new dev.vsplit.api.AnalyzeRequest(java.util.List.of(file), "default", null, deep));
    assertThat(analysis.findings())
        .extracting(f -> f.code())
        .doesNotContain(Code.VS001, Code.VS004);
    assertThat(analysis.findings())
        .extracting(f -> f.code() + " " + f.path())
        .contains("VS005 spec.deep");
  }
}
