package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn vsplit:help} prints what the plugin descriptor's help holds: each example command on a
 * line of its own, never two run together.
 */
class HelpOutputTest {

  @Test
  void everyExampleCommandStartsALineOfItsOwn() throws Exception {
    String help;
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/META-INF/maven/dev.vsplit/vsplit-maven-plugin/plugin-help.xml")) {
      assertThat(in).as("the help descriptor, generated at process-classes").isNotNull();
      help = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> runTogether = new ArrayList<>();
    int examples = 0;
    for (String line : help.split("\n")) {
      int first = line.indexOf("mvn ");
      if (first < 0) {
        continue;
      }
      examples++;
      if (line.indexOf("mvn ", first + 1) >= 0) {
        runTogether.add(line.strip());
      }
    }
    assertThat(examples).as("example commands in the help").isGreaterThanOrEqualTo(8);
    assertThat(runTogether).as("lines with two commands").isEmpty();
  }
}
