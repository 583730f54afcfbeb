package dev.vsplit.assembly;

import static dev.vsplit.Match.exact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.base.Location;
import dev.vsplit.yaml.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RouteSites} answers exactly as the map of paths it replaced ({@code spec.http[i]}, {@code
 * spec.http[i].match[j]}, {@code spec.http[i].<field>}), and a {@link SourceMap} over it finds the
 * longest located prefix of a path.
 */
class RouteSitesTest {

  private static final Location ROUTE_0 = Location.of("com/example/A.java", 10);
  private static final Location MATCH_0 = Location.of("com/example/A.java", 11);
  private static final Location TIMEOUT_0 = Location.of("com/example/A.java", 12);
  private static final Location HEADERS_0 = Location.of("com/example/A.java", 13);
  private static final Location SEAL = Location.of("com/example/Mesh.java", 20);
  private static final Location ROUTE_2 = Location.of("com/example/A.java", 30);
  private static final Location MATCH_2A = Location.of("com/example/A.java", 31);
  private static final Location MATCH_2B = Location.of("com/example/A.java", 32);

  /** The sites as the assemblers wrote them before, path by path. */
  private static Map<String, Location> asPaths() {
    Map<String, Location> paths = new LinkedHashMap<>();
    paths.put("spec.http[0]", ROUTE_0);
    paths.put("spec.http[0].match[0]", MATCH_0);
    paths.put("spec.http[0].timeout", TIMEOUT_0);
    paths.put("spec.http[0].headers.request", HEADERS_0);
    paths.put("spec.http[1]", SEAL);
    paths.put("spec.http[2]", ROUTE_2);
    paths.put("spec.http[2].match[0]", MATCH_2A);
    paths.put("spec.http[2].match[1]", MATCH_2B);
    return paths;
  }

  private static RouteSites sites() {
    RouteSites sites = new RouteSites();
    Map<String, Location> fields = new HashMap<>();
    fields.put("timeout", TIMEOUT_0);
    fields.put("headers.request", HEADERS_0);
    sites.add(ROUTE_0, fields, WrittenMatch.of(exact("/a"), MATCH_0));
    sites.add(SEAL);
    List<WrittenMatch> two = new ArrayList<>(WrittenMatch.of(exact("/b"), MATCH_2A));
    two.addAll(WrittenMatch.of(exact("/c"), MATCH_2B));
    sites.add(ROUTE_2, Map.of(), two);
    return sites;
  }

  @Test
  void answersEveryPathAsTheMapOfPathsDid() {
    Map<String, Location> paths = asPaths();
    RouteSites sites = sites();
    List<String> asked = new ArrayList<>(paths.keySet());
    asked.addAll(
        List.of(
            "",
            "spec",
            "spec.http",
            "spec.http[3]",
            "spec.http[00]",
            "spec.http[01]",
            "spec.http[-1]",
            "spec.http[]",
            "spec.http[0",
            "spec.http[0]x",
            "spec.http[0].",
            "spec.http[0].match",
            "spec.http[0].match[1]",
            "spec.http[0].match[00]",
            "spec.http[0].match[0].uri",
            "spec.http[0].headers",
            "spec.http[0].retries",
            "spec.http[1].match[0]",
            "spec.http[2].match[2]",
            "spec.http[99999999999]",
            "spec.tcp[0]"));
    for (String path : asked) {
      assertThat(sites.apply(path)).as(path).isEqualTo(paths.get(path));
    }
    assertThat(sites.size()).isEqualTo(3);
  }

  @Test
  void aSourceMapOverItLocatesAPathAtItsLongestWrittenPrefix() {
    Location fallback = Location.of("com/example/Mesh.java", 5);
    SourceMap map = SourceMap.of(sites(), fallback);
    assertThat(map.locate("spec.http[0].match[0].uri.prefix")).isEqualTo(MATCH_0);
    assertThat(map.locate("spec.http[0].headers.request.set.x-a")).isEqualTo(HEADERS_0);
    assertThat(map.locate("spec.http[0].retries.attempts")).isEqualTo(ROUTE_0);
    assertThat(map.locate("spec.http[2].match[1]")).isEqualTo(MATCH_2B);
    assertThat(map.locate("spec.http[2].match[2]")).isEqualTo(ROUTE_2);
    assertThat(map.locate("spec.http[1].route[0].destination.host")).isEqualTo(SEAL);
    assertThat(map.locate("spec.http[7]")).isEqualTo(fallback);
    assertThat(map.locate("spec.hosts[0]")).isEqualTo(fallback);
    assertThat(map.locate("")).isEqualTo(fallback);
  }
}
