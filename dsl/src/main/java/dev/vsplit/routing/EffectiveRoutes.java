package dev.vsplit.routing;

import dev.vsplit.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective-routes document: a YAML list with one item {@code {name, namespace, http}} for
 * every admitted VirtualService that has hosts, routes in Istio's evaluation order, unset and
 * default-valued fields omitted (the form of {@code expect.effective} in the conformance vectors).
 */
public final class EffectiveRoutes {

  private EffectiveRoutes() {}

  /** The items as plain values, ready for {@link YamlWriter}. */
  public static List<Map<String, Object>> toValue(List<EffectiveVirtualService> effective) {
    List<Map<String, Object>> items = new ArrayList<>(effective.size());
    for (EffectiveVirtualService vs : effective) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", vs.name());
      item.put("namespace", vs.namespace());
      item.put("http", vs.http());
      items.add(item);
    }
    return items;
  }

  /**
   * One item of the document. A record rather than a map: {@link YamlWriter} writes a map inside a
   * list as plain data, keeping default values, while the effective form omits them ({@code
   * ignoreUriCase: false}, {@code port: 0}).
   *
   * @param name the VirtualService's name
   * @param namespace its namespace
   * @param http its merged routes, in evaluation order
   */
  public record Item(String name, String namespace, List<dev.vsplit.model.HTTPRoute> http) {}

  /** The document as YAML text; {@code []} when there is nothing. */
  public static String toYaml(List<EffectiveVirtualService> effective) {
    return String.join("", toYamlInPieces(effective));
  }

  /**
   * The document as {@link #toYaml} writes it, in the pieces it was written in ({@link
   * YamlWriter#writeValueInPieces}): the effective routes of a large mesh are a hundred megabytes
   * of text, hashed and written piece by piece.
   *
   * @param effective the effective routes
   * @return the text in pieces, in order
   */
  public static List<String> toYamlInPieces(List<EffectiveVirtualService> effective) {
    if (effective.isEmpty()) {
      return List.of("[]\n");
    }
    List<Item> items = new ArrayList<>(effective.size());
    for (EffectiveVirtualService vs : effective) {
      items.add(new Item(vs.name(), vs.namespace(), vs.http()));
    }
    return YamlWriter.writeValueInPieces(items, YamlWriter.Defaults.OMIT);
  }
}
