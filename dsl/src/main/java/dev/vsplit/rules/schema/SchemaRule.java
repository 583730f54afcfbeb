package dev.vsplit.rules.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One schema of a CRD (a node of its {@code openAPIV3Schema}), compiled for {@link SchemaCheck}:
 * the keywords Istio's CRDs use, read once. A schema with a keyword or a shape not listed here is
 * {@link #unsupported}: a value it applies to is never taken as certainly valid, so that the full
 * validator decides.
 */
final class SchemaRule {

  /** The JSON types of {@code type}; {@link #ANY} when the schema has none. */
  static final int ANY = 0;

  static final int OBJECT = 1;
  static final int ARRAY = 2;
  static final int STRING = 3;
  static final int INTEGER = 4;
  static final int NUMBER = 5;
  static final int BOOLEAN = 6;

  /** The rule of {@code x-kubernetes-validations} that CrdSchemas checks itself. */
  static final String CEL_DURATION = "duration(self) >= duration('1ms')";

  /** Keywords that validate nothing here: annotations, and Kubernetes' own that networknt skips. */
  private static final Set<String> INERT =
      Set.of(
          "description",
          "title",
          "default",
          "example",
          "nullable", // only says whether null is valid, and null is never taken as certain
          "x-kubernetes-int-or-string", // the anyOf beside it says it
          "x-kubernetes-list-type",
          "x-kubernetes-list-map-keys",
          "x-kubernetes-map-type");

  int type = ANY;
  boolean unsupported;

  /** {@code properties}, or null when the schema has none. */
  Map<String, Property> properties;

  /**
   * A declared property: its schema, and its bit in the set of the properties an object has ({@link
   * SchemaCheck} keeps that set as a {@code long}).
   */
  record Property(SchemaRule rule, long bit) {}

  /**
   * {@link #properties} as an open-addressed table, for {@link #property}: the names (interned, so
   * that a record component's name, which the JVM interns, is the same object) and their properties
   * in parallel, probed from the name's hash. Built with the rule, never changed after.
   */
  private String[] propertyNames;

  private Property[] propertyValues;

  /** The bits of {@link #required}'s properties. */
  long requiredBits;

  /** The bits of each group of {@link #atMostOne}. */
  long[] atMostOneBits = new long[0];

  /** {@code additionalProperties} as a schema, or null. */
  SchemaRule additional;

  /** {@code additionalProperties: false}. */
  boolean noAdditional;

  /** {@code items}, or null. */
  SchemaRule items;

  /** {@code enum} of strings, or null. */
  Set<String> enumValues;

  BigDecimal minimum;
  BigDecimal maximum;

  /** {@link #minimum} and {@link #maximum} as longs (the widest range when absent). */
  long minimumLong = Long.MIN_VALUE;

  long maximumLong = Long.MAX_VALUE;
  String format;
  List<String> required = List.of();

  /**
   * Istio's "at most one of these fields" groups: {@code oneOf: [{not: {anyOf: [{required: [a]},
   * {required: [b]}]}}, {required: [a]}, {required: [b]}]}.
   */
  List<List<String>> atMostOne = List.of();

  /** {@code anyOf: [{type: integer}, {type: string}]}. */
  boolean integerOrString;

  int minItems = -1;
  int maxItems = -1;

  /** Has the CEL rule {@link #CEL_DURATION}. */
  boolean duration;

  /** {@code x-kubernetes-preserve-unknown-fields: true}. */
  boolean preserveUnknown;

  /** Compiles a schema read as plain values (maps, lists, strings, numbers, booleans). */
  static SchemaRule compile(Object schema) {
    SchemaRule rule = new SchemaRule();
    if (!(schema instanceof Map<?, ?> map)) {
      rule.unsupported = true;
      return rule;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String keyword = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (!rule.read(keyword, value)) {
        rule.unsupported = true;
      }
    }
    if (!rule.unsupported && !rule.indexRequired()) {
      rule.unsupported = true;
    }
    rule.tableProperties();
    return rule;
  }

  /**
   * The declared property of this name, or null. Called for every key of every resource checked: a
   * key written from a record is the same interned string each time, found by one comparison of
   * references, with no map entry to follow; another string with the same text is found by {@link
   * String#equals}.
   */
  @SuppressWarnings("ReferenceEquality") // deliberately first: the same string, then equal text
  Property property(String name) {
    String[] names = propertyNames;
    if (names == null) {
      return null;
    }
    int mask = names.length - 1;
    for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
      String candidate = names[i];
      if (candidate == name) {
        return propertyValues[i];
      }
      if (candidate == null) {
        return null;
      }
      if (candidate.equals(name)) {
        return propertyValues[i];
      }
    }
  }

  /**
   * The schema of the value under a key whose declared property is {@code property} (null for an
   * undeclared key): the property's, else {@code additionalProperties}'; null when neither
   * describes it.
   */
  SchemaRule child(Property property) {
    SchemaRule child = property == null ? null : property.rule();
    return child != null ? child : additional;
  }

  /**
   * Whether a key no schema describes ({@link #child} null) is a problem here: refused ({@code
   * additionalProperties: false}), or, where unknown fields are checked ({@code walked}), dropped
   * by the API server. The resource's own {@code apiVersion}, {@code kind} and {@code metadata} are
   * the server's ({@code serversOwn}), never unknown.
   */
  boolean unknownFails(boolean walked, boolean serversOwn) {
    return noAdditional || (walked && !serversOwn && properties != null);
  }

  /**
   * Whether a mapping with the properties of these bits ({@link Property#bit}) has every required
   * one and at most one of each "at most one of" group.
   */
  boolean mappingHolds(long present) {
    if ((present & requiredBits) != requiredBits) {
      return false;
    }
    for (long group : atMostOneBits) {
      if (Long.bitCount(present & group) > 1) {
        return false;
      }
    }
    return true;
  }

  /** Lays {@link #properties} out for {@link #property}: at most half full, so a probe ends. */
  private void tableProperties() {
    if (properties == null) {
      return;
    }
    int size = Integer.highestOneBit(Math.max(4, properties.size() * 4 - 1));
    String[] names = new String[size];
    Property[] values = new Property[size];
    for (Map.Entry<String, Property> e : properties.entrySet()) {
      String name = e.getKey().intern();
      int i = name.hashCode() & (size - 1);
      while (names[i] != null) {
        i = (i + 1) & (size - 1);
      }
      names[i] = name;
      values[i] = e.getValue();
    }
    propertyNames = names;
    propertyValues = values;
  }

  /**
   * Bits for {@link #required} and {@link #atMostOne}, all of whose fields must be declared
   * properties (at most 64 of them); false when they are not.
   */
  private boolean indexRequired() {
    if (minimum != null && minimum.scale() <= 0 && minimum.toBigInteger().bitLength() < 63) {
      minimumLong = minimum.longValueExact();
    } else if (minimum != null) {
      return false;
    }
    if (maximum != null && maximum.scale() <= 0 && maximum.toBigInteger().bitLength() < 63) {
      maximumLong = maximum.longValueExact();
    } else if (maximum != null) {
      return false;
    }
    if (required.isEmpty() && atMostOne.isEmpty()) {
      return true;
    }
    if (properties == null) {
      return false;
    }
    for (String field : required) {
      Property p = properties.get(field);
      if (p == null || p.bit() == 0) {
        return false;
      }
      requiredBits |= p.bit();
    }
    atMostOneBits = new long[atMostOne.size()];
    for (int i = 0; i < atMostOne.size(); i++) {
      for (String field : atMostOne.get(i)) {
        Property p = properties.get(field);
        if (p == null || p.bit() == 0) {
          return false;
        }
        atMostOneBits[i] |= p.bit();
      }
    }
    return true;
  }

  /** Reads one keyword; false when it is not one that is understood here. */
  private boolean read(String keyword, Object value) {
    if (INERT.contains(keyword)) {
      return true;
    }
    switch (keyword) {
      case "type" -> {
        type = typeOf(value);
        return type != ANY;
      }
      case "properties" -> {
        if (!(value instanceof Map<?, ?> props)) {
          return false;
        }
        properties = new HashMap<>();
        for (Map.Entry<?, ?> p : props.entrySet()) {
          int i = properties.size();
          long bit = i < 64 ? 1L << i : 0; // past 64, a field has no bit: see indexRequired
          properties.put(String.valueOf(p.getKey()), new Property(compile(p.getValue()), bit));
        }
        return true;
      }
      case "additionalProperties" -> {
        if (value instanceof Boolean b) {
          noAdditional = !b;
          return true;
        }
        additional = compile(value);
        return true;
      }
      case "items" -> {
        items = compile(value);
        return value instanceof Map<?, ?>;
      }
      case "enum" -> {
        return readEnum(value);
      }
      case "minimum" -> {
        minimum = decimal(value);
        return minimum != null;
      }
      case "maximum" -> {
        maximum = decimal(value);
        return maximum != null;
      }
      case "format" -> {
        format = value instanceof String s ? s : null;
        return format != null;
      }
      case "required" -> {
        required = strings(value);
        return required != null;
      }
      case "oneOf" -> {
        return readAtMostOne(value);
      }
      case "anyOf" -> {
        integerOrString = isIntegerOrString(value);
        return integerOrString;
      }
      case "minItems" -> {
        minItems = value instanceof Integer i ? i : -1;
        return minItems >= 0;
      }
      case "maxItems" -> {
        maxItems = value instanceof Integer i ? i : -1;
        return maxItems >= 0;
      }
      case "x-kubernetes-preserve-unknown-fields" -> {
        preserveUnknown = Boolean.TRUE.equals(value);
        return value instanceof Boolean;
      }
      case "x-kubernetes-validations" -> {
        return readValidations(value);
      }
      default -> {
        return false;
      }
    }
  }

  private static int typeOf(Object value) {
    if (!(value instanceof String s)) {
      return ANY;
    }
    return switch (s) {
      case "object" -> OBJECT;
      case "array" -> ARRAY;
      case "string" -> STRING;
      case "integer" -> INTEGER;
      case "number" -> NUMBER;
      case "boolean" -> BOOLEAN;
      default -> ANY;
    };
  }

  private boolean readEnum(Object value) {
    if (!(value instanceof List<?> list)) {
      return false;
    }
    enumValues = new HashSet<>();
    for (Object v : list) {
      if (!(v instanceof String s)) {
        return false;
      }
      enumValues.add(s);
    }
    return true;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof Number n && !(value instanceof Double d && !Double.isFinite(d))
        ? new BigDecimal(n.toString())
        : null;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object v : list) {
      if (!(v instanceof String s)) {
        return null;
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /**
   * Istio's "at most one of": the first alternative {@code not} any of the fields, then one
   * alternative requiring each field alone.
   */
  private boolean readAtMostOne(Object value) {
    if (!(value instanceof List<?> alternatives) || alternatives.size() < 2) {
      return false;
    }
    if (!(alternatives.get(0) instanceof Map<?, ?> first)
        || first.size() != 1
        || !(first.get("not") instanceof Map<?, ?> not)
        || not.size() != 1
        || !(not.get("anyOf") instanceof List<?> any)
        || any.size() != alternatives.size() - 1) {
      return false;
    }
    List<String> fields = new ArrayList<>();
    for (int i = 1; i < alternatives.size(); i++) {
      String field = requiredAlone(alternatives.get(i));
      if (field == null || !field.equals(requiredAlone(any.get(i - 1)))) {
        return false;
      }
      fields.add(field);
    }
    List<List<String>> groups = new ArrayList<>(atMostOne);
    groups.add(List.copyOf(fields));
    atMostOne = List.copyOf(groups);
    return true;
  }

  /** The field of {@code {required: [field]}}, or null for any other schema. */
  private static String requiredAlone(Object schema) {
    if (schema instanceof Map<?, ?> m
        && m.size() == 1
        && m.get("required") instanceof List<?> r
        && r.size() == 1
        && r.get(0) instanceof String field) {
      return field;
    }
    return null;
  }

  private static boolean isIntegerOrString(Object value) {
    return value instanceof List<?> list
        && list.size() == 2
        && list.get(0) instanceof Map<?, ?> a
        && a.size() == 1
        && "integer".equals(a.get("type"))
        && list.get(1) instanceof Map<?, ?> b
        && b.size() == 1
        && "string".equals(b.get("type"));
  }

  /**
   * Only {@link #CEL_DURATION} is checked (by CrdSchemas, as the API server does); the validator
   * knows no CEL, so other rules check nothing.
   */
  private boolean readValidations(Object value) {
    if (!(value instanceof List<?> rules)) {
      return false;
    }
    for (Object r : rules) {
      if (r instanceof Map<?, ?> m && CEL_DURATION.equals(m.get("rule"))) {
        duration = true;
      }
    }
    return true;
  }
}
