package dev.vsplit.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written name checks decide exactly what Kubernetes' regexes decide: the same answer as
 * {@link KubernetesNames#SUBDOMAIN} and {@link KubernetesNames#LABEL} compiled, on the edge cases
 * and on seeded random names drawn mostly from the characters that matter (letters, digits, '-',
 * '.') with some that never pass (upper case, '_', '/', non-ASCII, a surrogate pair).
 */
class KubernetesNamesTest {

  private static final Pattern SUBDOMAIN = Pattern.compile(KubernetesNames.SUBDOMAIN);
  private static final Pattern LABEL = Pattern.compile(KubernetesNames.LABEL);

  private static final String[] PIECES = {
    "a", "z", "m", "0", "9", "5", "-", "-", ".", ".", "A", "_", "/", "é", " ", "\uD83D\uDE00", "{"
  };

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "a",
        "0",
        "-",
        ".",
        "a-",
        "-a",
        "a.",
        ".a",
        "a.b",
        "a..b",
        "a.-b",
        "a-.b",
        "a--b",
        "a-b.c-d",
        "a.b.c",
        "ab",
        "Ab",
        "aB",
        "a_b",
        "a b",
        "web.shop-1",
        "1.2.3",
        "a.0",
        "é",
        "x.",
        "x-.y",
        "x.-y",
        "xx.yy-",
        "\uD83D\uDE00"
      })
  void agreesWithTheRegexOnEdgeCases(String name) {
    assertThat(KubernetesNames.isSubdomain(name))
        .as("subdomain %s", name)
        .isEqualTo(SUBDOMAIN.matcher(name).matches());
    assertThat(KubernetesNames.isLabel(name))
        .as("label %s", name)
        .isEqualTo(LABEL.matcher(name).matches());
  }

  @Test
  void agreesWithTheRegexOnSeededRandomNames() {
    Random random = new Random(16);
    int subdomains = 0;
    int labels = 0;
    for (int i = 0; i < 200_000; i++) {
      String name = randomName(random);
      boolean subdomain = SUBDOMAIN.matcher(name).matches();
      boolean label = LABEL.matcher(name).matches();
      assertThat(KubernetesNames.isSubdomain(name)).as("subdomain %s", name).isEqualTo(subdomain);
      assertThat(KubernetesNames.isLabel(name)).as("label %s", name).isEqualTo(label);
      subdomains += subdomain ? 1 : 0;
      labels += label ? 1 : 0;
    }
    // the names exercise both answers of both checks
    assertThat(subdomains).isBetween(10_000, 190_000);
    assertThat(labels).isBetween(5_000, subdomains - 1);
  }

  @Test
  void checksGiveTheirReasons() {
    assertThat(KubernetesNames.checkName("shop.web-1")).isNull();
    assertThat(KubernetesNames.checkName("shop..web")).startsWith("is not a valid Kubernetes name");
    assertThat(KubernetesNames.checkName("")).isEqualTo("is empty");
    assertThat(KubernetesNames.checkName("a".repeat(254))).startsWith("is 254 characters long");
    assertThat(KubernetesNames.checkNamespace("shop-1")).isNull();
    assertThat(KubernetesNames.checkNamespace("shop.web")).startsWith("is not a valid namespace");
    assertThat(KubernetesNames.checkNamespace("a".repeat(64))).startsWith("is 64 characters");
  }

  private static String randomName(Random random) {
    int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 24 : 6);
    StringBuilder s = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      // mostly valid characters, so that many names pass
      s.append(
          random.nextInt(8) == 0
              ? PIECES[random.nextInt(PIECES.length)]
              : PIECES[random.nextInt(10)]);
    }
    return s.toString();
  }
}
