package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys and values for YAML laid out by hand: the writer's own quoting, and they read back as
 * written.
 */
class YamlWriterScalarTest {

  private static final DocumentReader READER = DocumentReader.forWrittenText();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "/api/v1/reviews",
        "com.example.shop",
        "yes",
        "on",
        "0755",
        "1.0",
        "2025-01-01",
        "~",
        "null",
        "",
        " lead",
        "trail ",
        "a: b",
        "x #y",
        "#x",
        "- x",
        "@org/team",
        "'q'",
        "\"dq\"",
        "[x]",
        "{x}",
        "*alias",
        "&anchor",
        "!tag",
        "%dir",
        "`back",
        "---",
        "...",
        "tab\there",
        "nel\u0085x",
        "ctl\u0080x",
        "ls\u2028x",
        "\uFEFFbom",
        "multi\nline",
        "trailing\n",
        "kept\n\n",
        "\n lead line",
        " indented\nblock",
        "ünïcødé 🎉"
      })
  void aValueReadsBackAsTheString(String value) {
    String yaml = "outer:\n  k: " + YamlWriter.scalar(value).replace("\n", "\n  ") + "\n";

    assertThat(READER.readValue("v", yaml)).as(yaml).isEqualTo(Map.of("outer", Map.of("k", value)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "web",
        "yes",
        "0755",
        "null",
        "a: b",
        "#x",
        "@team",
        "\"dq\"",
        "tab\there",
        "ctl\u0080x"
      })
  void aKeyReadsBackAsTheString(String key) {
    String yaml = "outer:\n  " + YamlWriter.key(key) + ": 1\n";

    assertThat(READER.readValue("k", yaml)).as(yaml).isEqualTo(Map.of("outer", Map.of(key, 1)));
  }

  @Test
  void quotesAreTheWritersOwn() {
    assertThat(YamlWriter.scalar("/api")).isEqualTo("/api");
    assertThat(YamlWriter.scalar("a b")).isEqualTo("a b");
    assertThat(YamlWriter.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(YamlWriter.scalar("0755")).isEqualTo("\"0755\"");
    assertThat(YamlWriter.scalar(null)).isEqualTo("null");
    assertThat(YamlWriter.key("on")).isEqualTo("\"on\"");
    assertThat(YamlWriter.writeValue(Map.of("k", "a b"), YamlWriter.Defaults.KEEP))
        .isEqualTo("k: " + YamlWriter.scalar("a b") + "\n");
  }

  @Test
  void aKeyThatNeedsMoreThanOneLineIsRefused() {
    assertThatThrownBy(() -> YamlWriter.key("two\nlines"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write \"two\nlines\" as a key on one line");
    assertThatThrownBy(() -> YamlWriter.key("k".repeat(200)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YamlWriter.key(""))
        .isInstanceOf(IllegalArgumentException.class); // written as "? \"\""
  }
}
