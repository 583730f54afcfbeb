package dev.vsplit.rules.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.FieldPath;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The admission checks name fields through {@link At}, which spells a path out only when a message
 * is reported: its text must be what {@link FieldPath} builds step by step, keys that need quoting
 * included.
 */
class AtTest {

  private static final String[] KEYS = {
    "match", "headers", "x-user", "x.dotted", "with \"quote\"", "back\\slash", "", "a/b:c@d", "ü"
  };

  @Test
  void spellsAPathAsFieldPathDoes() {
    At at = At.of("spec.http").index(3).key("match").index(0).key("headers").key("x.user");
    assertThat(at).hasToString("spec.http[3].match[0].headers[\"x.user\"]");
    assertThat(At.of("").key("spec").key("hosts").index(1)).hasToString("spec.hosts[1]");
  }

  @Test
  void randomPathsMatchFieldPath() {
    Random random = new Random(0x16L);
    for (int c = 0; c < 2_000; c++) {
      String root = random.nextBoolean() ? "" : "spec.http";
      At at = At.of(root);
      String expected = root;
      int steps = random.nextInt(8);
      for (int s = 0; s < steps; s++) {
        if (random.nextBoolean()) {
          String key = KEYS[random.nextInt(KEYS.length)];
          at = at.key(key);
          expected = FieldPath.key(expected, key);
        } else {
          int index = random.nextInt(20);
          at = at.index(index);
          expected = FieldPath.index(expected, index);
        }
      }
      assertThat(at.toString()).as("case %d", c).isEqualTo(expected);
    }
  }
}
