package dev.vsplit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of main code (vsplit-dsl's and the Maven plugin's) says what it is for in a {@code
 * package-info.java}, for the next engineer looking for the room a concept lives in.
 */
class PackageInfoTest {

  private static final List<Path> MAIN_SOURCES =
      List.of(Path.of("src", "main", "java"), Path.of("..", "maven-plugin", "src", "main", "java"));

  @Test
  void everyPackageOfMainCodeHasAPackageInfoWithItsRole() throws IOException {
    List<String> missing = new ArrayList<>();
    int packages = 0;
    for (Path root : MAIN_SOURCES) {
      for (Path dir : packagesUnder(root)) {
        packages++;
        Path info = dir.resolve("package-info.java");
        if (!Files.exists(info)) {
          missing.add(
              info
                  + ": missing; write what the package is for, what it may depend on and its main types");
        } else if (!Files.readString(info).contains("/**")) {
          missing.add(info + ": has no Javadoc comment; write the package's role in one paragraph");
        }
      }
    }
    assertThat(packages)
        .as("packages found under %s (run from the dsl module)", MAIN_SOURCES)
        .isGreaterThan(10);
    assertThat(missing).as("packages without their role").isEmpty();
  }

  /** The folders under {@code root} that hold Java sources. */
  private static TreeSet<Path> packagesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      TreeSet<Path> dirs = new TreeSet<>();
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> dirs.add(f.getParent()));
      return dirs;
    }
  }
}
