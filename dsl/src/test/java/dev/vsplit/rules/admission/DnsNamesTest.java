package dev.vsplit.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The host and address helpers, against what Go's net/netip and Istio's label rules accept. */
class DnsNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3.4",
        "0.0.0.0",
        "255.255.255.255",
        "::",
        "::1",
        "2001:db8::1",
        "fe80::1%eth0",
        "1:2:3:4:5:6:7:8",
        "::ffff:10.0.0.1",
        "1::",
        "1:2:3:4:5:6::8"
      })
  void ipAddresses(String ip) {
    assertThat(DnsNames.isValidIpAddress(ip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "1.2.3.4.5",
        "256.1.1.1",
        "01.2.3.4",
        "1.2.3.-4",
        "a.b.c.d",
        ":::",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "fe80::1%",
        "12345::",
        "1:2:3:4:5:6:7",
        ":1::",
        "1::2:",
        "localhost"
      })
  void notIpAddresses(String ip) {
    assertThat(DnsNames.isValidIpAddress(ip)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.0/8|",
        "2001:db8::/32|",
        "10.0.0.0/33|10.0.0.0/33 is not a valid CIDR block",
        "10.0.0.0/08|10.0.0.0/08 is not a valid CIDR block",
        "10.0.0.0/|10.0.0.0/ is not a valid CIDR block",
        "10.0.0.1|",
        "10.0.0.1/8/8|10.0.0.1/8/8 is not a valid IP",
      })
  void subnets(String subnet, String message) {
    assertThat(DnsNames.validateIpSubnet(subnet)).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "reviews|",
        "reviews.default.svc.cluster.local|",
        "*.example.com|",
        "*|",
        "*-foo.example.com|",
        "istio.io.|",
        "Upper.Case.COM|",
        "a..b|domain name \".b\" invalid (label \"\" invalid)",
        "-a.com|domain name \"-a.com\" invalid (label \"-a\" invalid)",
        "a.b-.com|domain name \"b-.com\" invalid (label \"b-\" invalid)",
        "foo.+1|domain name \"+1\" invalid (top level domain \"+1\" cannot be all-numeric)",
      })
  void wildcardDomains(String domain, String message) {
    assertThat(DnsNames.validateWildcardDomain(domain)).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "foo.com, foo.com, true",
    "foo.com, bar.com, false",
    "*.com, foo.com, true",
    "bar.com, *.com, true",
    "*.foo.com, foo.com, false",
    "*, foo.com, true",
    "*, *.com, true",
    "*.a.com, *.com, true",
  })
  void hostMatches(String a, String b, boolean matches) {
    assertThat(DnsNames.hostMatches(a, b)).isEqualTo(matches);
  }

  /** Istio's {@code IsDNS1123Label} and {@code IsWildcardDNS1123Label} as their Go regexes. */
  private static final String LABEL = "[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?";

  private static final Pattern ISTIO_LABEL = Pattern.compile("^" + LABEL + "$");
  private static final Pattern ISTIO_WILDCARD = Pattern.compile("^(\\*|(\\*|\\*-)?" + LABEL + ")$");

  @Test
  void labelsAreCheckedAsIstiosRegexesCheckThem() {
    String alphabet = "ab09Z-*._\u00e9 \n";
    Random random = new Random(16);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(8) == 0 ? 60 + random.nextInt(8) : random.nextInt(6);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 6)));
      }
      String value = s.toString();
      assertThat(DnsNames.isDns1123Label(value))
          .as("label %s", value)
          .isEqualTo(value.length() <= 63 && ISTIO_LABEL.matcher(value).matches());
      assertThat(DnsNames.isWildcardDns1123Label(value))
          .as("wildcard label %s", value)
          .isEqualTo(value.length() <= 63 && ISTIO_WILDCARD.matcher(value).matches());
    }
  }
}
