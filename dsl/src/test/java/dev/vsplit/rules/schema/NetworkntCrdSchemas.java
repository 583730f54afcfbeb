package dev.vsplit.rules.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import dev.vsplit.base.FieldPath;
import dev.vsplit.model.IstioResource;
import dev.vsplit.rules.admission.Admission;
import dev.vsplit.yaml.JacksonYamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The oracle of {@link CrdSchemas}: how it validated until issue 16, kept verbatim (Jackson's YAML
 * mapper reads the CRDs, the resource is validated as Jackson's tree of it), so that tests can
 * check that the compiled check and its fallback find the same problems. Not used by vsplit.
 *
 * <p>Validates resources against Istio's own CustomResourceDefinition schemas (bundled, Istio
 * 1.30.3), as the Kubernetes API server does before the admission webhook sees them: types, enums,
 * required fields, {@code oneOf} groups, and the CEL rules those schemas carry (every one of them
 * is "a valid duration greater than 1ms"). Also lists fields the schema does not declare, which the
 * API server prunes without a word.
 */
public final class NetworkntCrdSchemas {

  private static final String CEL_DURATION = "duration(self) >= duration('1ms')";

  /**
   * OpenAPI 3.0 with Kubernetes' own keywords declared. Unknown to the plain dialect, each made the
   * validator log "Unknown keyword x-kubernetes-validations - you should define your own Meta
   * Schema" as a warning, which Maven printed in every build that ran vsplit. They are known, not
   * validated by networknt: {@link #walk} applies the two of them that matter, the others leave
   * nothing to check.
   */
  private static final Dialect KUBERNETES_OPENAPI =
      Dialect.builder(Dialects.getOpenApi30())
          .keyword(new NonValidationKeyword("x-kubernetes-validations"))
          .keyword(new NonValidationKeyword("x-kubernetes-preserve-unknown-fields"))
          .keyword(new NonValidationKeyword("x-kubernetes-int-or-string"))
          .keyword(new NonValidationKeyword("x-kubernetes-list-type"))
          .keyword(new NonValidationKeyword("x-kubernetes-map-type"))
          .build();

  private static final NetworkntCrdSchemas INSTANCE = new NetworkntCrdSchemas();

  private record Version(Schema schema, JsonNode node) {}

  private final Map<String, Version> versions = new HashMap<>();

  private NetworkntCrdSchemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(KUBERNETES_OPENAPI);
    YAMLMapper yaml = YAMLMapper.builder().nodeFactory(new SchemaNodes()).build();
    for (String file : List.of("virtualservice.yaml", "gateway.yaml")) {
      try (InputStream in = CrdSchemas.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled CRD " + file);
        }
        JsonNode crd = yaml.readTree(in);
        String kind = crd.path("spec").path("names").path("kind").asString();
        String group = crd.path("spec").path("group").asString();
        for (JsonNode v : crd.path("spec").path("versions")) {
          JsonNode schemaNode = v.path("schema").path("openAPIV3Schema");
          String apiVersion = group + "/" + v.path("name").asString();
          Schema schema =
              registry.getSchema(
                  SchemaLocation.of("urn:vsplit:crd:" + kind + ":" + apiVersion), schemaNode);
          versions.put(kind + " " + apiVersion, new Version(schema, schemaNode));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled CRD " + file, e);
      }
    }
  }

  /**
   * Reads the schemas into objects that serialize themselves once. The validator formats the schema
   * of a {@code not} whose subschema matches ({@code schemaNode.toString()}) into the error it
   * records, even inside a {@code oneOf} that passes, and Istio's CRDs put one such {@code not} in
   * every string match: that serialization was a tenth of checking a large mesh. The schemas never
   * change once read, so the text is cached.
   */
  private static final class SchemaNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
      return new ObjectNode(this) {
        private static final long serialVersionUID = 1L;
        private transient String text;

        @Override
        public String toString() {
          String t = text;
          if (t == null) {
            text = t = super.toString();
          }
          return t;
        }
      };
    }
  }

  /** Every way the resource breaks its CRD schema; empty when it is valid. */
  public static List<SchemaProblem> validate(IstioResource resource) {
    return INSTANCE.check(resource);
  }

  private List<SchemaProblem> check(IstioResource resource) {
    Version version = versions.get(resource.kind() + " " + resource.apiVersion());
    if (version == null) {
      return List.of(
          new SchemaProblem(
              "apiVersion",
              "Istio has no " + resource.kind() + " in " + resource.apiVersion(),
              false));
    }
    JsonNode tree = JacksonYamlWriter.toTree(resource);
    // metadata is the API server's, not the CRD's: validate only what the schema describes.
    List<SchemaProblem> out = new ArrayList<>();
    for (Error e : version.schema().validate(tree)) {
      if (e.getKeyword().equals("not") && e.getEvaluationPath().contains("oneOf")) {
        continue; // the first branch of Istio's "at most one of" oneOf: the oneOf error says it
        // better
      }
      out.add(new SchemaProblem(path(e.getInstanceLocation()), message(e), false));
    }
    walk(version.node(), tree, "", out, true);
    return out;
  }

  /**
   * Unknown fields and the CEL duration rule: what the validator does not do for Kubernetes
   * schemas.
   */
  private void walk(
      JsonNode schema, JsonNode value, String path, List<SchemaProblem> out, boolean root) {
    if (schema == null || schema.isMissingNode() || value == null) {
      return;
    }
    for (JsonNode rule : schema.path("x-kubernetes-validations")) {
      if (CEL_DURATION.equals(rule.path("rule").asString()) && value.isString()) {
        OptionalLong nanos = Admission.durationNanos(value.asString());
        if (nanos.isEmpty() || nanos.getAsLong() < 1_000_000L) {
          out.add(
              new SchemaProblem(
                  path,
                  rule.path("message").asString() + ", got \"" + value.asString() + "\"",
                  false));
        }
      }
    }
    if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      return;
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.path("additionalProperties");
      Iterator<Entry<String, JsonNode>> fields = value.properties().iterator();
      while (fields.hasNext()) {
        Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        String child = FieldPath.key(path, key);
        if (root && (key.equals("apiVersion") || key.equals("kind") || key.equals("metadata"))) {
          continue;
        }
        if (properties.has(key)) {
          walk(properties.get(key), field.getValue(), child, out, false);
        } else if (additional.isObject()) {
          walk(additional, field.getValue(), FieldPath.key(path, key), out, false);
        } else if (!additional.asBoolean(false) && properties.isObject()) {
          out.add(
              new SchemaProblem(
                  child,
                  "unknown field \""
                      + key
                      + "\": Istio's schema does not declare it, so the"
                      + " Kubernetes API server drops it without a word",
                  true));
        }
      }
    } else if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value) {
        walk(schema.path("items"), item, FieldPath.index(path, i++), out, false);
      }
    }
  }

  /**
   * The validator's instance location as a vsplit field path: {@code /spec/http/0/timeout} (the
   * JSON pointer networknt 3 prints) becomes {@code spec.http[0].timeout}, built by {@link
   * FieldPath} like every other finding's path so that {@link dev.vsplit.yaml.SourceMap} finds its
   * line (a key such as {@code a.b} quoted, {@code x-user} not). The location's elements are typed,
   * so a list index is never confused with a map key that is a number.
   */
  static String path(NodePath location) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        FieldPath.appendIndex(out, index);
      } else {
        FieldPath.appendKey(out, element.toString());
      }
    }
    return out.toString();
  }

  /**
   * The validator's message without its location prefix. Istio's schemas say "at most one of these
   * fields" as {@code oneOf: [not anyOf required..., required a, required b...]}, which the
   * validator reports as "must be valid to one and only one schema, but 2 are valid": that is said
   * in the fields' names instead.
   */
  private static String message(Error e) {
    if (e.getKeyword().equals("oneOf")
        && e.getSchemaNode() != null
        && e.getInstanceNode() != null) {
      List<String> fields = new ArrayList<>();
      List<String> set = new ArrayList<>();
      for (JsonNode alternative : e.getSchemaNode()) {
        for (JsonNode required : alternative.path("required")) {
          fields.add(required.asString());
          if (e.getInstanceNode().has(required.asString())) {
            set.add(required.asString());
          }
        }
      }
      if (set.size() > 1) {
        return "sets "
            + String.join(" and ", set)
            + ", but only one of "
            + String.join(", ", fields)
            + " may be set";
      }
    }
    String m = e.getMessage();
    // networknt prefixes the message with the instance location; the finding names it already.
    int colon = m.indexOf(": ");
    return (m.startsWith("$") || m.startsWith("/")) && colon > 0 ? m.substring(colon + 2) : m;
  }
}
