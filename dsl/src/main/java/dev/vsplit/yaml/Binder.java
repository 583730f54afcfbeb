package dev.vsplit.yaml;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.model.Destination;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.PortSelector;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.ValueKey;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns {@link Node} trees into the model's records, by the records' component names and types.
 *
 * <p>Every problem is collected, not thrown, so that one pass reports all the mistakes of a
 * document. A component named {@code extra} receives the fields the record does not model; a record
 * without one reports them as unknown. Beyond the model's records, a component of type {@link
 * Location} receives where the record's map was written, and {@link YamlKey}, {@link KeyedBy} and
 * {@link OneOrMore} say how a component is written where its name and type do not.
 */
final class Binder {

  static final String EXTRA = "extra";

  private final List<YamlProblem> problems;

  /**
   * The records of a route's destination that a document writes again and again, by value: each
   * bound once per document is the one object of its value ({@link #share}). A manifest's routes
   * send to a few backends (the same host, a subset or two, one port), and the 250 000-route mesh
   * read back kept a {@code Destination}, an {@code HTTPRouteDestination} and a {@code
   * PortSelector} for each of 370 000 destinations, a fifth of the objects analyze keeps and every
   * collection copies. Records are compared by value, never by identity (as the DSL's shared
   * values, {@code assembly.Canonical}), so sharing changes no result.
   *
   * <p>Each shared record bound so far, by its {@link ValueKey}; made for the first.
   */
  private Map<ValueKey, Object> shared;

  Binder(List<YamlProblem> problems) {
    this.problems = problems;
  }

  /**
   * The record bound before that equals {@code value}, or {@code value} (then kept), for the
   * records shared; any other value as it is.
   */
  private Object share(Object value) {
    ValueKey key;
    if (value instanceof HTTPRouteDestination d) {
      key = new ValueKey(d);
    } else if (value instanceof Destination d) {
      key = new ValueKey(d);
    } else if (value instanceof PortSelector p) {
      key = new ValueKey(p);
    } else {
      return value;
    }
    if (shared == null) {
      shared = new HashMap<>();
    }
    Object first = shared.putIfAbsent(key, value);
    return first == null ? value : first;
  }

  @SuppressWarnings("unchecked")
  <T extends Record> T bindRecord(Node node, Class<T> type, String path) {
    return (T) bind(node, type, new At(path));
  }

  private Object bind(Node node, Type type, At path) {
    if (node instanceof ScalarNode s && s.value() == null) {
      return null; // "field:" with no value, or null: unset, as Kubernetes reads it.
    }
    Class<?> raw = rawClass(type);
    if (raw == String.class) {
      return string(node, path);
    }
    if (raw == Integer.class) {
      return integer(node, path);
    }
    if (raw == Double.class) {
      return number(node, path);
    }
    if (raw == Boolean.class) {
      return bool(node, path);
    }
    if (raw == Object.class) {
      return plain(node);
    }
    if (raw == StringMatch.class) {
      return stringMatch(node, path);
    }
    if (raw == List.class) {
      return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
    }
    if (raw == Map.class) {
      return map(node, ((ParameterizedType) type).getActualTypeArguments()[1], path);
    }
    // Class.isRecord asks the VM every time (a native call for each record bound); only a record
    // extends Record.
    if (Record.class.isAssignableFrom(raw)) {
      return record(node, raw, path);
    }
    throw new IllegalStateException("no binding for " + type + " at " + path);
  }

  // ---------------------------------------------------------------------------------------------
  // scalars

  private String string(Node node, At path) {
    if (node instanceof ScalarNode s) {
      if (s.value() instanceof String str) {
        return str;
      }
      problem(
          node,
          path,
          "expected a string, got " + Node.describe(node) + "; quote it: \"" + s.value() + "\"");
      return null;
    }
    problem(node, path, "expected a string, got " + Node.describe(node));
    return null;
  }

  private Integer integer(Node node, At path) {
    if (node instanceof ScalarNode s && s.value() instanceof Integer i) {
      return i;
    }
    if (node instanceof ScalarNode s && s.value() instanceof Number n && isWholeNumber(n)) {
      // 50.0 counts as 50: kubectl sends it to the API server as the JSON number 50.
      BigDecimal value =
          n instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(n.toString());
      if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
          || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
        problem(node, path, "number " + n + " is out of range for a 32-bit integer");
        return null;
      }
      return value.intValue();
    }
    problem(node, path, "expected a whole number, got " + Node.describe(node));
    return null;
  }

  private Double number(Node node, At path) {
    if (node instanceof ScalarNode s && s.value() instanceof Number n) {
      return n.doubleValue();
    }
    problem(node, path, "expected a number, got " + Node.describe(node));
    return null;
  }

  private Boolean bool(Node node, At path) {
    if (node instanceof ScalarNode s && s.value() instanceof Boolean b) {
      return b;
    }
    String hint = "";
    if (node instanceof ScalarNode s
        && s.value() instanceof String str
        && str.toLowerCase(Locale.ROOT).matches("y|yes|on|n|no|off")) {
      boolean yes = str.toLowerCase(Locale.ROOT).matches("y|yes|on");
      hint =
          "; YAML 1.1 readers such as kubectl take "
              + str
              + " for "
              + yes
              + ", YAML 1.2 for a string: write "
              + yes;
    }
    problem(node, path, "expected true or false, got " + Node.describe(node) + hint);
    return null;
  }

  private StringMatch stringMatch(Node node, At path) {
    if (!(node instanceof MapNode map)) {
      problem(
          node,
          path,
          "expected a string match such as {exact: ...}, {prefix: ...} or {regex: ...}, got "
              + Node.describe(node));
      return null;
    }
    StringMatch result = null;
    String chosen = null;
    for (var e : map.entries().entrySet()) {
      String key = e.getKey();
      At keyPath = path.key(key);
      if (!key.equals("exact") && !key.equals("prefix") && !key.equals("regex")) {
        problem(
            map.keyLocations().get(key),
            keyPath,
            "unknown field \""
                + key
                + "\" in a string match; use exactly one of exact, prefix or regex");
        continue;
      }
      if (e.getValue() instanceof ScalarNode s && s.value() == null) {
        continue; // "exact:" with nothing: unset, as protobuf reads it
      }
      String value = string(e.getValue(), keyPath);
      if (value == null) {
        continue;
      }
      if (chosen != null) {
        problem(
            map.keyLocations().get(key),
            keyPath,
            "a string match takes exactly one of exact, prefix or regex, but both "
                + chosen
                + " and "
                + key
                + " are set; keep one");
        continue;
      }
      chosen = key;
      result =
          switch (key) {
            case "exact" -> StringMatch.exact(value);
            case "prefix" -> StringMatch.prefix(value);
            default -> StringMatch.regex(value);
          };
    }
    return result == null ? StringMatch.empty() : result;
  }

  // ---------------------------------------------------------------------------------------------
  // collections

  private List<Object> list(Node node, Type element, At path) {
    if (!(node instanceof ListNode list)) {
      problem(
          node,
          path,
          "expected a list, got "
              + Node.describe(node)
              + (node instanceof ScalarNode
                  ? "; write it as a list item: \"- ...\" on the next line"
                  : ""));
      return List.of();
    }
    List<Object> out = new ArrayList<>(list.items().size());
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      At itemPath = path.index(i);
      if (item instanceof ScalarNode s && s.value() == null && rawClass(element) != Object.class) {
        problem(item, itemPath, "empty list item; remove the \"-\" or give it a value");
        continue;
      }
      Object value = bind(item, element, itemPath);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private Map<String, Object> map(Node node, Type value, At path) {
    if (!(node instanceof MapNode map)) {
      problem(node, path, "expected a map of names to values, got " + Node.describe(node));
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : map.entries().entrySet()) {
      At keyPath = path.key(e.getKey());
      Node child = e.getValue();
      if (child instanceof ScalarNode s && s.value() == null && rawClass(value) != Object.class) {
        if (rawClass(value) == StringMatch.class) {
          out.put(e.getKey(), StringMatch.empty()); // "x-user:" with nothing: presence, as {} is
        } else if (rawClass(value) == String.class) {
          out.put(e.getKey(), "");
        } else {
          problem(child, keyPath, "missing value");
        }
        continue;
      }
      Object bound = bind(child, value, keyPath);
      if (bound != null) {
        out.put(e.getKey(), bound);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // records

  private Object record(Node node, Class<?> type, At path) {
    if (!(node instanceof MapNode map)) {
      problem(
          node,
          path,
          "expected a map (the fields of "
              + type.getSimpleName()
              + "), got "
              + Node.describe(node));
      return null;
    }
    RecordShape shape = RecordShape.of(type);
    Object[] args = new Object[shape.components.length];
    Map<String, Object> extra = null; // made for the first field the record does not model
    for (var e : map.entries().entrySet()) {
      String key = e.getKey();
      Integer index = shape.index.get(key);
      if (index == null || index == shape.extraIndex || index == shape.locationIndex) {
        if (shape.extraIndex < 0) {
          problem(
              map.keyLocations().get(key),
              path.key(key),
              "unknown field \""
                  + key
                  + "\"; known fields here: "
                  + String.join(", ", shape.fieldKeys()));
        } else {
          if (extra == null) {
            extra = new LinkedHashMap<>();
          }
          extra.put(key, plain(e.getValue()));
        }
        continue;
      }
      args[index] = component(shape, index, e.getValue(), path.key(key));
    }
    if (shape.extraIndex >= 0) {
      args[shape.extraIndex] = extra == null ? Map.of() : extra;
    }
    if (shape.locationIndex >= 0) {
      args[shape.locationIndex] = map.location();
    }
    try {
      Object bound = shape.construct.invokeExact(args);
      return share(bound);
    } catch (RuntimeException e) {
      problem(node, path, e.getMessage());
      return null;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName() + " at " + path, e);
    }
  }

  /**
   * The value of a record's component, as its {@link KeyedBy} or {@link OneOrMore} allow it to be
   * written.
   */
  private Object component(RecordShape shape, int index, Node node, At path) {
    Type type = shape.genericTypes[index];
    boolean unset = node instanceof ScalarNode s && s.value() == null;
    if (shape.keyedBy[index] != null && !unset && !(node instanceof ListNode)) {
      if (node instanceof MapNode map) {
        return keyedList(map, elementType(type), shape.keyedBy[index], path);
      }
      problem(
          node,
          path,
          "expected a map from each item's "
              + shape.keyedBy[index]
              + " to its other fields, or a list"
              + " of items, got "
              + Node.describe(node));
      return List.of();
    }
    if (shape.oneOrMore[index] && !unset && !(node instanceof ListNode)) {
      Object one = bind(node, elementType(type), path);
      return one == null ? List.of() : List.of(one);
    }
    return bind(node, type, path);
  }

  /**
   * A {@link KeyedBy} list written as a map: an item per entry, the entry's key its {@code
   * keyField}.
   */
  private List<Object> keyedList(MapNode map, Type element, String keyField, At path) {
    List<Object> out = new ArrayList<>(map.entries().size());
    for (var e : map.entries().entrySet()) {
      At itemPath = path.key(e.getKey());
      Location keyAt = map.keyLocations().get(e.getKey());
      Node value = e.getValue();
      MapNode item;
      if (value instanceof ScalarNode s && s.value() == null) {
        item = new MapNode(keyAt);
      } else if (value instanceof MapNode fields) {
        if (fields.entries().containsKey(keyField)) {
          problem(
              fields.keyLocations().get(keyField),
              itemPath.key(keyField),
              "\"" + keyField + "\" is the key above (\"" + e.getKey() + "\") here; remove it");
          continue;
        }
        item = new MapNode(fields.location());
      } else {
        bind(value, element, itemPath); // not a map: says so
        continue;
      }
      item.entries().put(keyField, new ScalarNode(e.getKey(), keyAt));
      item.keyLocations().put(keyField, keyAt);
      if (value instanceof MapNode fields) {
        item.entries().putAll(fields.entries());
        item.keyLocations().putAll(fields.keyLocations());
      }
      Object bound = bind(item, element, itemPath);
      if (bound != null) {
        out.add(bound);
      }
    }
    return out;
  }

  private static Type elementType(Type listType) {
    return ((ParameterizedType) listType).getActualTypeArguments()[0];
  }

  /** A node as a plain Java value: maps, lists, strings, numbers, booleans, nulls. */
  static Object plain(Node node) {
    if (node instanceof ScalarNode s) {
      return s.value();
    }
    if (node instanceof ListNode l) {
      List<Object> out = new ArrayList<>(l.items().size());
      for (Node item : l.items()) {
        out.add(plain(item));
      }
      return Collections.unmodifiableList(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((MapNode) node).entries().forEach((k, v) -> out.put(k, plain(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Where a field is: its parent and its key or index, its path as a string ({@link FieldPath})
   * made only when a problem names it. Binding a 250 000-route mesh made a path string for every
   * field, to report the few that are wrong.
   */
  private static final class At {
    private final At parent;
    private final String key;
    private final int index;
    private String text;

    /** The path given by the caller. */
    At(String path) {
      this(null, null, -1);
      this.text = path;
    }

    private At(At parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    At key(String key) {
      return new At(this, key, -1);
    }

    At index(int index) {
      return new At(this, null, index);
    }

    /** The path, as {@link FieldPath#key} and {@link FieldPath#index} build it step by step. */
    @Override
    public String toString() {
      if (text == null) {
        text =
            key != null
                ? FieldPath.key(parent.toString(), key)
                : FieldPath.index(parent.toString(), index);
      }
      return text;
    }
  }

  private void problem(Node node, At path, String message) {
    problem(node.location(), path, message);
  }

  private void problem(Location location, At path, String message) {
    problems.add(new YamlProblem(location, path.toString(), message));
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unsupported type " + type);
  }

  /** Components and canonical constructor of a record class, looked up once. */
  static final class RecordShape {
    private static final Map<Class<?>, RecordShape> CACHE = new ConcurrentHashMap<>();

    final RecordComponent[] components;

    /**
     * Each component's generic type, looked up once: {@link RecordComponent#getGenericType} works
     * it out again at every call, for every field of every record bound.
     */
    final Type[] genericTypes;

    final MethodHandle[] accessors;

    /** Each component's YAML key: its name, or its {@link YamlKey}. */
    final String[] keys;

    /** Each component's {@link KeyedBy}, or {@code null}. */
    final String[] keyedBy;

    /** Whether each component is {@link OneOrMore}. */
    final boolean[] oneOrMore;

    /** Components by YAML key. */
    final Map<String, Integer> index;

    final int extraIndex;

    /**
     * The component of type {@link Location}, which receives where the map was written; -1 if none.
     */
    final int locationIndex;

    final MethodHandle constructor;

    /**
     * {@link #constructor} taking its arguments as one {@code Object[]}: made once, where {@code
     * invokeWithArguments} made it again at every call.
     */
    final MethodHandle construct;

    private RecordShape(Class<?> type) {
      components = type.getRecordComponents();
      genericTypes = new Type[components.length];
      for (int i = 0; i < components.length; i++) {
        genericTypes[i] = components[i].getGenericType();
      }
      accessors = new MethodHandle[components.length];
      keys = new String[components.length];
      keyedBy = new String[components.length];
      oneOrMore = new boolean[components.length];
      index = new LinkedHashMap<>();
      Class<?>[] types = new Class<?>[components.length];
      int extra = -1;
      int location = -1;
      // The model's records are public; a record describing some other file may be package-private
      // beside its reader, and is opened for reading here (vsplit runs on the class path).
      boolean publicType = isPublic(type);
      MethodHandles.Lookup lookup =
          publicType ? MethodHandles.publicLookup() : MethodHandles.lookup();
      try {
        for (int i = 0; i < components.length; i++) {
          YamlKey key = components[i].getAnnotation(YamlKey.class);
          keys[i] = key == null ? components[i].getName() : key.value();
          KeyedBy keyed = components[i].getAnnotation(KeyedBy.class);
          keyedBy[i] = keyed == null ? null : keyed.value();
          oneOrMore[i] = components[i].isAnnotationPresent(OneOrMore.class);
          index.put(keys[i], i);
          types[i] = components[i].getType();
          Method accessor = components[i].getAccessor();
          if (!publicType) {
            accessor.setAccessible(true);
          }
          accessors[i] = lookup.unreflect(accessor);
          if (components[i].getName().equals(EXTRA) && components[i].getType() == Map.class) {
            extra = i;
          }
          if (components[i].getType() == Location.class) {
            location = i;
          }
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        if (!publicType) {
          canonical.setAccessible(true);
        }
        constructor = lookup.unreflectConstructor(canonical);
        construct =
            constructor
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read record " + type, e);
      }
      extraIndex = extra;
      locationIndex = location;
    }

    private static boolean isPublic(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
        if (!Modifier.isPublic(c.getModifiers())) {
          return false;
        }
      }
      return true;
    }

    /** The YAML keys of the fields, in declaration order: not {@code extra}, not the location. */
    List<String> fieldKeys() {
      List<String> out = new ArrayList<>(keys.length);
      for (int i = 0; i < keys.length; i++) {
        if (i != extraIndex && i != locationIndex) {
          out.add(keys[i]);
        }
      }
      return out;
    }

    static RecordShape of(Class<?> type) {
      return CACHE.computeIfAbsent(type, RecordShape::new);
    }

    Object get(Object record, int i) {
      try {
        return accessors[i].invoke(record);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + components[i], e);
      }
    }
  }

  static boolean isWholeNumber(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0)
        || (value instanceof Double d && !d.isInfinite() && d == Math.rint(d));
  }
}
