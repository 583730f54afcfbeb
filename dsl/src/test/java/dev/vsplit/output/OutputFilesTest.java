package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path tmp;

  @Test
  void writesOnlyWhenTheBytesChange() throws IOException {
    Path file = tmp.resolve("out/effective-routes.yaml");
    assertThat(OutputFiles.write(file, "a: 1\n")).isTrue();
    FileTime past = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(file, past);

    assertThat(OutputFiles.write(file, "a: 1\n")).isFalse();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(past);
    assertThat(OutputFiles.write(file, "a: 2\n")).isTrue();
    assertThat(file).hasContent("a: 2");
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void aNewFileGetsTheUmaskPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path baseline = Files.createFile(tmp.resolve("baseline"));
    Path file = tmp.resolve("findings.json");

    OutputFiles.write(file, "{}\n");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(baseline));

    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    OutputFiles.write(file, "[]\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }
}
