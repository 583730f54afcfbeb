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
import dev.vsplit.yaml.DocumentReader;
import dev.vsplit.yaml.ReadLimits;
import dev.vsplit.yaml.YamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates resources against Istio's own CustomResourceDefinition schemas (bundled, Istio 1.30.3),
 * as the Kubernetes API server does before the admission webhook sees them: types, enums, required
 * fields, {@code oneOf} groups, and the CEL rules those schemas carry (every one of them is "a
 * valid duration greater than 1ms"). Also lists fields the schema does not declare, which the API
 * server prunes without a word.
 *
 * <p>The CRDs are read with vsplit's own YAML reader. A resource is checked against the compiled
 * schema of its version ({@link SchemaRule}) as it would be written, with no tree built: by a plan
 * compiled against the model's Java types ({@link CompiledCheck}), else by {@link SchemaCheck} over
 * {@link YamlWriter#walk}; that check says "certainly valid" or "maybe not". Only a resource that
 * may break its schema is validated in full, by networknt, on what vsplit writes for it read back:
 * its problems, in networknt's words, are those that validating Jackson's tree of the resource gave
 * (a test compares the two on every resource the tests have and on 10 000 random ones).
 */
public final class CrdSchemas {

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

  private static final CrdSchemas INSTANCE = new CrdSchemas();

  /**
   * One version of a CRD: its schema as read, compiled ({@link SchemaRule}), and, once a resource
   * needs it, given to the validator.
   */
  private static final class Version {
    final String location;
    final Object schema;
    final SchemaRule rule;
    final CompiledCheck compiled;
    private volatile Validated validated;

    Version(String location, Object schema) {
      this.location = location;
      this.schema = schema;
      this.rule = SchemaRule.compile(schema);
      this.compiled = new CompiledCheck(rule);
    }

    /** The validator's schema and the tree {@link #walk} reads, built the first time needed. */
    Validated validated() {
      Validated v = validated;
      if (v == null) {
        synchronized (this) {
          v = validated;
          if (v == null) {
            JsonNode node = json(schema, SCHEMA_NODES);
            Schema compiled = Exact.REGISTRY.getSchema(SchemaLocation.of(location), node);
            validated = v = new Validated(compiled, node);
          }
        }
      }
      return v;
    }
  }

  private record Validated(Schema schema, JsonNode node) {}

  /** The validator, loaded only when a resource is not certainly valid. */
  private static final class Exact {
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(KUBERNETES_OPENAPI);
  }

  /** By kind, then by apiVersion: looked up for every resource checked, with no key text built. */
  private final Map<String, Map<String, Version>> versions = new HashMap<>();

  private CrdSchemas() {
    DocumentReader reader = new DocumentReader(ReadLimits.DEFAULTS);
    for (String file : List.of("virtualservice.yaml", "gateway.yaml")) {
      Object crd = reader.readValue(file, bundled(file));
      String kind = (String) path(crd, "spec", "names", "kind");
      String group = (String) path(crd, "spec", "group");
      for (Object v : (List<?>) path(crd, "spec", "versions")) {
        String apiVersion = group + "/" + path(v, "name");
        versions
            .computeIfAbsent(kind, k -> new HashMap<>())
            .put(
                apiVersion,
                new Version(
                    "urn:vsplit:crd:" + kind + ":" + apiVersion,
                    path(v, "schema", "openAPIV3Schema")));
      }
    }
  }

  private static String bundled(String file) {
    try (InputStream in = CrdSchemas.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled CRD " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled CRD " + file, e);
    }
  }

  /** A value inside plain maps, or null. */
  private static Object path(Object value, String... keys) {
    for (String key : keys) {
      value = value instanceof Map<?, ?> m ? m.get(key) : null;
    }
    return value;
  }

  /**
   * Nodes of the schemas that serialize themselves once. The validator formats the schema of a
   * {@code not} whose subschema matches ({@code schemaNode.toString()}) into the error it records,
   * even inside a {@code oneOf} that passes, and Istio's CRDs put one such {@code not} in every
   * string match: that serialization was a tenth of checking a large mesh. The schemas never change
   * once read, so the text is cached.
   */
  private static final JsonNodeFactory SCHEMA_NODES =
      new JsonNodeFactory() {
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
      };

  /** Every way the resource breaks its CRD schema; empty when it is valid. */
  public static List<SchemaProblem> validate(IstioResource resource) {
    return INSTANCE.check(resource);
  }

  /** Whether the compiled check alone finds the resource valid (for tests). */
  static boolean certainlyValid(IstioResource resource) {
    Version version = INSTANCE.version(resource);
    return version != null && INSTANCE.quickCheck(version, resource);
  }

  /** The schema of the resource's kind and apiVersion, or null when Istio has none. */
  private Version version(IstioResource resource) {
    Map<String, Version> ofKind = versions.get(resource.kind());
    return ofKind == null ? null : ofKind.get(resource.apiVersion());
  }

  /** What the check compiled against the model's types alone says (for tests). */
  static boolean compiledCertainlyValid(IstioResource resource) {
    Version version = INSTANCE.version(resource);
    return version != null && version.compiled.certainlyValid(resource);
  }

  /** What the check over the writer's events alone says (for tests). */
  static boolean walkedCertainlyValid(IstioResource resource) {
    Version version = INSTANCE.version(resource);
    return version != null && walkCheck(version, resource);
  }

  /**
   * Whether the resource is certainly valid: by the check compiled against the model's types
   * ({@link CompiledCheck}), which reads a mesh's records directly; where that is not certain (a
   * value it does not expect, or maybe a problem), by {@link SchemaCheck} over the writer's events.
   */
  private boolean quickCheck(Version version, IstioResource resource) {
    return version.compiled.certainlyValid(resource) || walkCheck(version, resource);
  }

  private static boolean walkCheck(Version version, IstioResource resource) {
    SchemaCheck quick = new SchemaCheck(version.rule);
    YamlWriter.walk(resource, YamlWriter.Defaults.KEEP, quick);
    return quick.certainlyValid();
  }

  private List<SchemaProblem> check(IstioResource resource) {
    Version version = version(resource);
    if (version == null) {
      return List.of(
          new SchemaProblem(
              "apiVersion",
              "Istio has no " + resource.kind() + " in " + resource.apiVersion(),
              false));
    }
    if (quickCheck(version, resource)) {
      return List.of();
    }
    return exactly(version.validated(), resource);
  }

  /**
   * The problems of a resource that may break its schema, found by the validator in what vsplit
   * writes for it, read back.
   */
  private List<SchemaProblem> exactly(Validated version, IstioResource resource) {
    Object written =
        DocumentReader.forWrittenText().readValue("schema", YamlWriter.write(resource));
    JsonNode tree = json(written, JsonNodeFactory.instance);
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

  /** Plain values (maps, lists, strings, numbers, booleans, nulls) as the validator's tree. */
  private static JsonNode json(Object value, JsonNodeFactory nodes) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode out = nodes.objectNode();
      map.forEach((k, v) -> out.set(String.valueOf(k), json(v, nodes)));
      return out;
    }
    if (value instanceof List<?> list) {
      ArrayNode out = nodes.arrayNode();
      list.forEach(item -> out.add(json(item, nodes)));
      return out;
    }
    if (value instanceof String s) {
      return nodes.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return nodes.numberNode(i);
    }
    if (value instanceof Long l) {
      return nodes.numberNode(l);
    }
    if (value instanceof BigInteger b) {
      return nodes.numberNode(b);
    }
    if (value instanceof BigDecimal d) {
      return nodes.numberNode(d);
    }
    if (value instanceof Double d) {
      return nodes.numberNode(d);
    }
    return nodes.nullNode();
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
      if (SchemaRule.CEL_DURATION.equals(rule.path("rule").asString()) && value.isString()) {
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
