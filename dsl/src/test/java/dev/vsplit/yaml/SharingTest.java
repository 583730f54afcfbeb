package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.VirtualService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What reading shares to keep fewer objects, it shares only between equal values: strings of the
 * same text across documents ({@link SharedStrings}), and a document's equal destinations, backends
 * and ports ({@link Binder}); values that differ anywhere stay apart.
 */
class SharingTest {

  @Test
  void sharedStringsAreOneStringPerText() {
    SharedStrings shared = new SharedStrings();
    Random random = new Random(20);
    Map<String, String> first = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      // texts that collide in length and often in hash ("Aa" and "BB"), placed in a longer text
      String t = randomText(random);
      String around = "x" + t + "yz";
      String s = shared.of(around, 1, 1 + t.length(), t.hashCode());
      assertThat(s).isEqualTo(t);
      String before = first.putIfAbsent(t, s);
      if (before != null) {
        assertThat(s).isSameAs(before);
      }
    }
  }

  private static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      out.append(random.nextBoolean() ? "Aa" : "BB").append(random.nextInt(20));
    }
    return out.toString();
  }

  @Test
  void equalDestinationsAreOneObjectAndDifferentOnesStayApart() {
    String route =
        """
          - route:
            - destination:
                host: %s
                subset: %s
                port:
                  number: %d
              weight: %d
        """;
    StringBuilder text =
        new StringBuilder(
            """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: a
              namespace: n
            spec:
              hosts:
              - a
              http:
            """);
    String[][] backends = {
      {"b", "v1", "80", "100"},
      {"b", "v1", "80", "100"},
      {"b", "v2", "80", "100"},
      {"c", "v1", "80", "100"},
      {"b", "v1", "81", "100"},
      {"b", "v1", "80", "90"},
      {"b", "v1", "80", "100"},
    };
    for (String[] b : backends) {
      text.append(
          route.formatted(b[0], b[1], Integer.parseInt(b[2]), Integer.parseInt(b[3])).indent(2));
    }
    ReadResult read = new ManifestReader().readString("f.yaml", text.toString());
    assertThat(read.problems()).isEmpty();
    List<HTTPRouteDestination> destinations = new ArrayList<>();
    for (HTTPRoute r : ((VirtualService) read.resources().get(0).resource()).spec().http()) {
      destinations.add(r.route().get(0));
    }
    assertThat(destinations).hasSize(backends.length);
    for (int i = 0; i < backends.length; i++) {
      for (int j = 0; j < backends.length; j++) {
        HTTPRouteDestination a = destinations.get(i);
        HTTPRouteDestination b = destinations.get(j);
        boolean same = java.util.Arrays.equals(backends[i], backends[j]);
        assertThat(a.equals(b)).as("%d, %d", i, j).isEqualTo(same);
        assertThat(a == b).as("%d, %d shared", i, j).isEqualTo(same);
      }
    }
    assertThat(destinations.get(0).destination()).isSameAs(destinations.get(5).destination());
    assertThat(destinations.get(0).destination().port())
        .isSameAs(destinations.get(3).destination().port());
  }
}
