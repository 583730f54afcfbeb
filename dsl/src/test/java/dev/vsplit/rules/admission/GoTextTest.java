package dev.vsplit.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's fmt verbs as Istio's texts use them. Expected values are what Go prints. */
class GoTextTest {

  @ParameterizedTest(name = "%v of {0} is {1}")
  @CsvSource({
    "150, 150",
    "100.5, 100.5",
    "0.1, 0.1",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "0.00001234, 1.234e-05",
    "123456, 123456",
    "1000000, 1e+06",
    "1234567, 1.234567e+06",
    "1e21, 1e+21",
    "-0.5, -0.5",
    "-150, -150",
    "0, 0",
    "33.333333333333336, 33.333333333333336",
  })
  void floatV(double value, String go) {
    assertThat(GoText.floatV(value)).isEqualTo(go);
  }

  @ParameterizedTest(name = "%f of {0} is {1}")
  @CsvSource({
    "101, 101.000000",
    "120.5, 120.500000",
    "-1, -1.000000",
    "-0.5, -0.500000",
    "100.0000005, 100.000000", // the double is just below ...0005: Go rounds the exact value
    "0.1234565, 0.123456",
    "1e-7, 0.000000",
  })
  void floatF(double value, String go) {
    assertThat(GoText.floatF(value)).isEqualTo(go);
  }

  @Test
  void quote() {
    assertThat(GoText.quote("")).isEqualTo("\"\"");
    assertThat(GoText.quote("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    assertThat(GoText.quote("tab\tnl\ncr\r\u0001\u007f"))
        .isEqualTo("\"tab\\tnl\\ncr\\r\\x01\\x7f\"");
    assertThat(GoText.quote("héllo 世界")).isEqualTo("\"héllo 世界\"");
    assertThat(GoText.quote("nbsp\u00a0zw\u200b")).isEqualTo("\"nbsp\\u00a0zw\\u200b\"");
  }

  @Test
  void list() {
    assertThat(GoText.list(List.of())).isEqualTo("[]");
    assertThat(GoText.list(List.of("mesh", "ns/gw"))).isEqualTo("[mesh ns/gw]");
  }
}
