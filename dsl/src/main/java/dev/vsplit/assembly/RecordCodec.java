package dev.vsplit.assembly;

import dev.vsplit.model.StringMatch;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small binary encoding of records, for what spec runs hand back ({@link SpecData}). The type
 * that is read decides what is built: records by their canonical constructor (which checks and
 * copies, as for any other caller), lists, maps with string keys, strings, numbers, booleans, enums
 * by constant name, {@link StringMatch}, and the plain YAML values of {@code Object}-typed fields
 * (maps, lists, strings, numbers, booleans, null). The data holds no type names, so no other class
 * is ever built, and reading is bounded: size, nesting depth, string length, and counts no larger
 * than the bytes left.
 *
 * <p>It replaces JSON through Jackson because a forked JVM that loads and configures Jackson to
 * write a few kilobytes spends most of its time doing so; this loads a handful of JDK classes.
 */
final class RecordCodec {

  /** How deep records, lists and maps may nest. */
  static final int MAX_DEPTH = 64;

  /** The longest string read, in bytes of UTF-8. */
  static final int MAX_STRING_BYTES = 1 << 20;

  private static final byte NULL = 0;
  private static final byte PRESENT = 1;

  /** The tags of a plain YAML value in an {@code Object}-typed field. */
  private static final byte RAW_NULL = 0;

  private static final byte RAW_STRING = 1;
  private static final byte RAW_FALSE = 2;
  private static final byte RAW_TRUE = 3;
  private static final byte RAW_INT = 4;
  private static final byte RAW_LONG = 5;
  private static final byte RAW_DOUBLE = 6;
  private static final byte RAW_BIG_INTEGER = 7;
  private static final byte RAW_BIG_DECIMAL = 8;
  private static final byte RAW_MAP = 9;
  private static final byte RAW_LIST = 10;

  /** A record type's components, accessors and canonical constructor, looked up once. */
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return new Shape(type);
        }
      };

  private RecordCodec() {}

  /**
   * Encodes {@code value} as {@code type}, after {@code header}.
   *
   * @param header bytes that say what the data is, checked by {@link #decode}
   * @param type the type to encode as: a record type
   * @param value the value
   * @return the bytes
   * @throws IllegalArgumentException when the value holds something this encoding does not know
   */
  static byte[] encode(byte[] header, Type type, Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(header);
      write(out, type, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes what {@link #encode} wrote with the same header and type: nothing may follow it.
   *
   * @param data the bytes
   * @param header the bytes the data must start with
   * @param type the record type to read
   * @param <T> the record type
   * @return the value
   * @throws IllegalArgumentException when the data is not such a value, with where it stopped
   */
  static <T> T decode(byte[] data, byte[] header, Class<T> type) {
    ByteBuffer in = ByteBuffer.wrap(data);
    for (byte b : header) {
      if (!in.hasRemaining() || in.get() != b) {
        throw new IllegalArgumentException("it does not start with the header of a spec result");
      }
    }
    Reader reader = new Reader(in);
    Object value;
    try {
      value = reader.read(type, 0);
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("it ends in the middle of a value");
    }
    if (in.hasRemaining()) {
      throw new IllegalArgumentException(
          in.remaining() + " bytes follow the value, at byte " + in.position());
    }
    return type.cast(value);
  }

  /**
   * Whether two values of {@code type} are equal as records are ({@link Record#equals}, component
   * by component; maps by their entries, whatever their order), compared through the same
   * components that are encoded: without the method handles a record's own {@code equals} is linked
   * with the first time it runs, which cost a run more than the comparison.
   *
   * @param type the values' type
   * @param a one value
   * @param b the other
   * @return whether they are equal
   */
  static boolean same(Type type, Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    Class<?> raw = rawClass(type);
    if (raw == StringMatch.class) {
      StringMatch x = (StringMatch) a;
      StringMatch y = (StringMatch) b;
      return x.kind().equals(y.kind()) && x.value().equals(y.value());
    }
    if (raw == List.class) {
      List<?> x = (List<?>) a;
      List<?> y = (List<?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      Type element = argument(type, 0);
      for (int i = 0; i < x.size(); i++) {
        if (!same(element, x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (raw == Map.class) {
      Map<?, ?> x = (Map<?, ?>) a;
      Map<?, ?> y = (Map<?, ?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      Type valueType = argument(type, 1);
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !same(valueType, e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (raw.isRecord()) {
      if (a.getClass() != raw || b.getClass() != raw) {
        return a.equals(b);
      }
      Shape shape = SHAPES.get(raw);
      for (int i = 0; i < shape.types.length; i++) {
        if (!same(shape.types[i], shape.get(i, a), shape.get(i, b))) {
          return false;
        }
      }
      return true;
    }
    // strings, boxed numbers and booleans, enums, plain YAML values: their own equals
    return a.equals(b);
  }

  private static void write(DataOutputStream out, Type type, Object value) throws IOException {
    Class<?> raw = rawClass(type);
    if (raw.isPrimitive()) {
      writePrimitive(out, raw, value);
      return;
    }
    if (raw == Object.class) {
      writeRaw(out, value);
      return;
    }
    if (value == null) {
      out.writeByte(NULL);
      return;
    }
    out.writeByte(PRESENT);
    if (raw == String.class) {
      writeString(out, (String) value);
    } else if (raw == Integer.class || raw == Long.class || raw == Boolean.class) {
      writePrimitive(out, primitiveOf(raw), value);
    } else if (raw == Double.class) {
      out.writeDouble((Double) value);
    } else if (raw.isEnum()) {
      writeString(out, ((Enum<?>) value).name());
    } else if (raw == StringMatch.class) {
      StringMatch m = (StringMatch) value;
      writeString(out, m.kind());
      writeString(out, m.value());
    } else if (raw == List.class) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      Type element = argument(type, 0);
      for (Object item : list) {
        write(out, element, item);
      }
    } else if (raw == Map.class) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (argument(type, 0) != String.class) {
        throw new IllegalArgumentException("only maps with string keys are encoded: " + type);
      }
      out.writeInt(map.size());
      Type valueType = argument(type, 1);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writeString(out, (String) e.getKey());
        write(out, valueType, e.getValue());
      }
    } else if (raw.isRecord()) {
      Shape shape = SHAPES.get(raw);
      for (int i = 0; i < shape.types.length; i++) {
        write(out, shape.types[i], shape.get(i, value));
      }
    } else {
      throw new IllegalArgumentException("a spec result cannot hold a " + type.getTypeName());
    }
  }

  private static void writePrimitive(DataOutputStream out, Class<?> primitive, Object value)
      throws IOException {
    if (primitive == int.class) {
      out.writeInt((Integer) value);
    } else if (primitive == long.class) {
      out.writeLong((Long) value);
    } else if (primitive == boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (primitive == double.class) {
      out.writeDouble((Double) value);
    } else {
      throw new IllegalArgumentException("a spec result cannot hold a " + primitive);
    }
  }

  private static void writeRaw(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeByte(RAW_NULL);
    } else if (value instanceof String s) {
      out.writeByte(RAW_STRING);
      writeString(out, s);
    } else if (value instanceof Boolean b) {
      out.writeByte(b ? RAW_TRUE : RAW_FALSE);
    } else if (value instanceof Integer i) {
      out.writeByte(RAW_INT);
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte(RAW_LONG);
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte(RAW_DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof BigInteger b) {
      out.writeByte(RAW_BIG_INTEGER);
      writeString(out, b.toString());
    } else if (value instanceof BigDecimal b) {
      out.writeByte(RAW_BIG_DECIMAL);
      writeString(out, b.toString());
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(RAW_MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writeString(out, String.valueOf(e.getKey()));
        writeRaw(out, e.getValue());
      }
    } else if (value instanceof List<?> list) {
      out.writeByte(RAW_LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        writeRaw(out, item);
      }
    } else {
      throw new IllegalArgumentException(
          "not a plain YAML value: " + value.getClass().getName() + " (" + value + ")");
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** Reads values off a buffer, by the type asked for, within the bounds. */
  private static final class Reader {
    private final ByteBuffer in;

    Reader(ByteBuffer in) {
      this.in = in;
    }

    Object read(Type type, int depth) {
      Class<?> raw = rawClass(type);
      if (raw.isPrimitive()) {
        return readPrimitive(raw);
      }
      if (raw == Object.class) {
        return readRaw(depth);
      }
      byte present = in.get();
      if (present == NULL) {
        return null;
      }
      if (present != PRESENT) {
        throw problem("a value's marker is " + present + ", not 0 or 1");
      }
      if (raw == String.class) {
        return readString();
      }
      if (raw == Integer.class || raw == Long.class || raw == Boolean.class) {
        return readPrimitive(primitiveOf(raw));
      }
      if (raw == Double.class) {
        return in.getDouble();
      }
      if (raw.isEnum()) {
        return constant(raw, readString());
      }
      if (raw == StringMatch.class) {
        return stringMatch(readString(), readString());
      }
      if (depth >= MAX_DEPTH) {
        throw problem("values nest deeper than " + MAX_DEPTH);
      }
      if (raw == List.class) {
        int n = count();
        Type element = argument(type, 0);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(read(element, depth + 1));
        }
        return list;
      }
      if (raw == Map.class && argument(type, 0) == String.class) {
        int n = count();
        Type valueType = argument(type, 1);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = key(map);
          map.put(key, read(valueType, depth + 1));
        }
        return map;
      }
      if (raw.isRecord()) {
        Shape shape = SHAPES.get(raw);
        Object[] args = new Object[shape.types.length];
        for (int i = 0; i < args.length; i++) {
          args[i] = read(shape.types[i], depth + 1);
        }
        return shape.create(args);
      }
      throw problem("a spec result cannot hold a " + type.getTypeName());
    }

    private Object readPrimitive(Class<?> primitive) {
      if (primitive == int.class) {
        return in.getInt();
      }
      if (primitive == long.class) {
        return in.getLong();
      }
      if (primitive == boolean.class) {
        byte b = in.get();
        if (b != 0 && b != 1) {
          throw problem("a boolean is " + b + ", not 0 or 1");
        }
        return b == 1;
      }
      if (primitive == double.class) {
        return in.getDouble();
      }
      throw problem("a spec result cannot hold a " + primitive);
    }

    private Object readRaw(int depth) {
      if (depth >= MAX_DEPTH) {
        throw problem("values nest deeper than " + MAX_DEPTH);
      }
      byte tag = in.get();
      return switch (tag) {
        case RAW_NULL -> null;
        case RAW_STRING -> readString();
        case RAW_FALSE -> false;
        case RAW_TRUE -> true;
        case RAW_INT -> in.getInt();
        case RAW_LONG -> in.getLong();
        case RAW_DOUBLE -> in.getDouble();
        case RAW_BIG_INTEGER -> new BigInteger(number());
        case RAW_BIG_DECIMAL -> new BigDecimal(number());
        case RAW_MAP -> {
          int n = count();
          Map<String, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String key = key(map);
            map.put(key, readRaw(depth + 1));
          }
          yield Collections.unmodifiableMap(map);
        }
        case RAW_LIST -> {
          int n = count();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            list.add(readRaw(depth + 1));
          }
          yield Collections.unmodifiableList(list);
        }
        default -> throw problem("a plain value's tag is " + tag);
      };
    }

    /** A map's next key, which it does not hold yet. */
    private String key(Map<String, Object> map) {
      String key = readString();
      if (map.containsKey(key)) {
        throw problem("the key \"" + key + "\" comes twice");
      }
      return key;
    }

    /** A big number's digits, bounded: what YAML's numbers are, not an arbitrary string. */
    private String number() {
      String digits = readString();
      if (digits.length() > 1000) {
        throw problem("a number of " + digits.length() + " digits");
      }
      return digits;
    }

    private String readString() {
      int n = in.getInt();
      if (n < 0 || n > MAX_STRING_BYTES || n > in.remaining()) {
        throw problem(
            "a string of "
                + n
                + " bytes (at most "
                + Math.min(MAX_STRING_BYTES, in.remaining())
                + " can be read here)");
      }
      byte[] utf8 = new byte[n];
      in.get(utf8);
      return new String(utf8, StandardCharsets.UTF_8);
    }

    /** A list's or map's size: each item takes at least one byte, so no more than are left. */
    private int count() {
      int n = in.getInt();
      if (n < 0 || n > in.remaining()) {
        throw problem("a count of " + n + " items, with " + in.remaining() + " bytes left");
      }
      return n;
    }

    private static Object constant(Class<?> type, String name) {
      for (Object c : type.getEnumConstants()) {
        if (((Enum<?>) c).name().equals(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException(
          "\"" + name + "\" is not a constant of " + type.getSimpleName());
    }

    private static StringMatch stringMatch(String kind, String value) {
      return switch (kind) {
        case "" -> StringMatch.empty();
        case "exact" -> StringMatch.exact(value);
        case "prefix" -> StringMatch.prefix(value);
        case "regex" -> StringMatch.regex(value);
        default -> throw new IllegalArgumentException("not a string match: " + kind);
      };
    }

    private IllegalArgumentException problem(String what) {
      return new IllegalArgumentException(what + ", at byte " + in.position());
    }
  }

  /** A record type as this encoding sees it. */
  private static final class Shape {
    final Type[] types;
    private final Method[] accessors;
    private final Constructor<?> constructor;

    Shape(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      types = new Type[components.length];
      accessors = new Method[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getGenericType();
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        raw[i] = components[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(raw);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + type, e);
      }
      constructor.setAccessible(true);
    }

    Object get(int i, Object record) {
      try {
        return accessors[i].invoke(record);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException(accessors[i] + " threw " + e.getCause(), e.getCause());
      }
    }

    Object create(Object[] args) {
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw new IllegalArgumentException(
            constructor.getDeclaringClass().getSimpleName()
                + " refused its values: "
                + (cause.getMessage() == null ? cause.toString() : cause.getMessage()),
            cause);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new IllegalArgumentException("a spec result cannot hold a " + type.getTypeName());
  }

  private static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    throw new IllegalArgumentException("a raw collection type: " + type.getTypeName());
  }

  private static Class<?> primitiveOf(Class<?> boxed) {
    if (boxed == Integer.class) {
      return int.class;
    }
    return boxed == Long.class ? long.class : boolean.class;
  }
}
