package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Golden files: expected output checked in under {@code src/test/resources}. Run the tests with
 * {@code -Dvsplit.updateGolden=true} to rewrite them after an intended change, then review the
 * diff.
 */
final class Golden {

  private Golden() {}

  static void check(Path folder, Map<String, String> files) throws IOException {
    boolean update = Boolean.getBoolean("vsplit.updateGolden");
    for (var e : files.entrySet()) {
      Path file = folder.resolve(e.getKey());
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
      }
      assertThat(file)
          .as(
              "golden file %s (rerun with -Dvsplit.updateGolden=true after an intended change)",
              file)
          .exists();
      assertThat(e.getValue()).as("golden file %s", file).isEqualTo(Files.readString(file));
    }
  }
}
