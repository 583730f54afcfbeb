package dev.vsplit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueKey} compares by hand what the records' {@code equals} compares: two keys are equal
 * exactly when their records are, so sharing by it never makes two different values one.
 */
class ValueKeyTest {

  /** Seeded: a failure replays with the same values. */
  static final long SEED = 20261205L;

  /**
   * The key compares these fields by hand: a field added to one of these records and not compared
   * there would make two different values one. This fails first; then compare the new field in
   * ValueKey.
   */
  @Test
  void theKeyComparesEveryFieldOfTheRecordsItShares() {
    assertThat(components(HTTPRouteDestination.class))
        .containsExactly("destination", "weight", "headers", "extra");
    assertThat(components(Destination.class)).containsExactly("host", "subset", "port", "extra");
    assertThat(components(PortSelector.class)).containsExactly("number", "extra");
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  @Test
  void keysAreEqualExactlyWhenTheirRecordsAre() {
    Random random = new Random(SEED);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      values.add(
          switch (random.nextInt(3)) {
            case 0 -> port(random);
            case 1 -> destination(random);
            default -> routeDestination(random);
          });
    }
    int equalPairs = 0;
    for (Object a : values) {
      for (Object b : values) {
        boolean equal = a.equals(b);
        assertThat(key(a).equals(key(b))).as("%s vs %s", a, b).isEqualTo(equal);
        if (equal) {
          equalPairs++;
          assertThat(key(a).hashCode()).as("%s vs %s", a, b).isEqualTo(key(b).hashCode());
        }
      }
    }
    // the pools are small, so many pairs are equal without being the same object
    assertThat(equalPairs).isGreaterThan(values.size() * 3);
  }

  private static ValueKey key(Object value) {
    if (value instanceof HTTPRouteDestination d) {
      return new ValueKey(d);
    }
    if (value instanceof Destination d) {
      return new ValueKey(d);
    }
    return new ValueKey((PortSelector) value);
  }

  private static <T> T pick(Random random, List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  private static Map<String, Object> extra(Random random) {
    return random.nextInt(5) == 0 ? Map.of("x", pick(random, List.of("1", "2"))) : Map.of();
  }

  private static PortSelector port(Random random) {
    return new PortSelector(pick(random, Arrays.asList(80, 8080, null)), extra(random));
  }

  private static Destination destination(Random random) {
    return new Destination(
        pick(random, List.of("a", "b")),
        pick(random, Arrays.asList("v1", "v2", null)),
        random.nextBoolean() ? null : port(random),
        extra(random));
  }

  private static HTTPRouteDestination routeDestination(Random random) {
    Headers headers =
        random.nextInt(4) == 0
            ? Headers.of(HeaderOperations.of(Map.of("h", "1"), Map.of(), List.of()), null)
            : null;
    return new HTTPRouteDestination(
        random.nextInt(6) == 0 ? null : destination(random),
        pick(random, Arrays.asList(10, 90, null)),
        headers,
        extra(random));
  }
}
