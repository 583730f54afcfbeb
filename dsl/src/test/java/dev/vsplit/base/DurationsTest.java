package dev.vsplit.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Go's {@code time.ParseDuration}, which Istio's jsonpb decoding uses, and {@code
 * agent.ValidateDuration}.
 */
class DurationsTest {

  @ParameterizedTest(name = "{0} is {1}ns")
  @CsvSource({
    "0, 0",
    "-0, 0",
    "1s, 1000000000",
    "1.5s, 1500000000",
    ".5s, 500000000",
    "1.s, 1000000000",
    "+5ms, 5000000",
    "-1s, -1000000000",
    "1h30m, 5400000000000",
    "1m30.5s, 90500000000",
    "10us, 10000",
    "10µs, 10000",
    "10μs, 10000",
    "7ns, 7",
    "0.000000001s, 1",
    "2562047h47m16.854775807s, 9223372036854775807",
  })
  void parses(String text, long nanos) throws Exception {
    assertThat(Durations.parse(text)).isEqualTo(nanos);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|time: invalid duration \"\"",
        "abc|time: invalid duration \"abc\"",
        "-|time: invalid duration \"-\"",
        ".s|time: invalid duration \".s\"",
        "5|time: missing unit in duration \"5\"",
        "1s5|time: missing unit in duration \"1s5\"",
        "5d|time: unknown unit \"d\" in duration \"5d\"",
        "5 s|time: unknown unit \" s\" in duration \"5 s\"",
        "5é|time: unknown unit \"\\xc3\\xa9\" in duration \"5\\xc3\\xa9\"",
        "2562048h|time: invalid duration \"2562048h\"",
      })
  void refuses(String text, String message) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(Durations.BadDuration.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1ms|",
        "10s|",
        "0.9ms|duration must be greater than 1ms",
        "0s|duration must be greater than 1ms",
        "-5s|duration must be greater than 1ms",
        "1001us|only durations to ms precision are supported",
        "x|bad Duration: time: invalid duration \"x\"",
      })
  void validates(String text, String message) {
    assertThat(Durations.validate(text)).isEqualTo(message);
  }
}
