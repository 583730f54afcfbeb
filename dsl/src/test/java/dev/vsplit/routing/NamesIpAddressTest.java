package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A host is an IPv4 address as the pattern Names used to match it says, checked by hand now. */
class NamesIpAddressTest {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  @Test
  void dottedQuadsAreWhatThePatternMatched() {
    String alphabet = "0129.a:\u0663";
    Random random = new Random(16);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(18);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(random.nextInt(3) == 0 ? alphabet.length() : 5)));
      }
      String host = s.toString();
      assertThat(Names.isDottedQuad(host)).as(host).isEqualTo(IPV4.matcher(host).matches());
    }
  }

  @Test
  void addressesAreAddressesAndNamesAreNot() {
    assertThat(Names.isIpAddress("10.0.0.1")).isTrue();
    assertThat(Names.isIpAddress("256.0.0.1")).isFalse();
    assertThat(Names.isIpAddress("::1")).isTrue();
    assertThat(Names.isIpAddress("reviews")).isFalse();
    assertThat(Names.isIpAddress("1.2.3")).isFalse();
  }
}
