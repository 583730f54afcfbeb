package dev.vsplit.yaml;

import dev.vsplit.model.IstioResource;
import dev.vsplit.model.StringMatch;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The oracle of {@link YamlWriter}: the Jackson-based writer vsplit rendered YAML with until issue
 * 16, kept verbatim (the same {@link YAMLMapper} configuration, quoting checker and tree building)
 * so that tests can check, byte for byte, that the purpose-built writer writes what Jackson wrote,
 * and so that the benchmarks' floor is Jackson serializing the same records. Not used by vsplit
 * itself.
 */
public final class JacksonYamlWriter {

  /**
   * How to treat values that equal their protobuf default ({@code false}, {@code 0}, {@code ""}).
   */
  public enum Defaults {
    /** Keep them when set: a manifest says what its author wrote. */
    KEEP,
    /** Drop them: the effective-routes form, which shows what pilot holds. */
    OMIT;

    static Defaults of(YamlWriter.Defaults defaults) {
      return defaults == YamlWriter.Defaults.KEEP ? KEEP : OMIT;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder(
              new SafeBlockFactory(
                  YAMLFactory.builder()
                      .stringQuotingChecker(new Yaml11QuotingChecker())
                      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                      .disable(YAMLWriteFeature.SPLIT_LINES)
                      .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
                      .disable(YAMLWriteFeature.USE_NATIVE_OBJECT_ID)
                      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)))
          .build();

  private JacksonYamlWriter() {}

  /** One resource as one YAML document. */
  public static String write(IstioResource resource) {
    return render(resourceTree(resource, Defaults.KEEP));
  }

  /** Several resources, joined by {@code ---} lines. */
  public static String writeAll(Collection<? extends IstioResource> resources) {
    StringBuilder out = new StringBuilder();
    for (IstioResource r : resources) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(write(r));
    }
    return out.toString();
  }

  /**
   * Any model value (a record, a list or map of them, plain YAML values) as a YAML document. A list
   * is written item by item, each item's tree built only while it is written: the effective routes
   * of a mesh with 250 000 routes are one list, whose whole tree would take most of a 1 GiB heap.
   * The bytes are those of rendering the whole tree ({@link #render}).
   */
  public static String writeValue(Object value, YamlWriter.Defaults defaults) {
    return writeValue(value, Defaults.of(defaults));
  }

  static String writeValue(Object value, Defaults defaults) {
    if (value instanceof List<?> list && !list.isEmpty()) {
      return renderList(list, defaults);
    }
    return render(tree(value, defaults));
  }

  /**
   * What {@code render(tree(list, defaults))} writes, for a non-empty list, without holding its
   * tree.
   */
  private static String renderList(List<?> list, Defaults defaults) {
    TextWriter out = new TextWriter();
    try (JsonGenerator gen = MAPPER.createGenerator(out)) {
      gen.writeStartArray();
      for (Object item : list) {
        if (item instanceof Map<?, ?> || item instanceof List<?>) {
          writePlain(gen, item); // as tree() does: plainTree(item)
          continue;
        }
        if (item instanceof Record record
            && Binder.RecordShape.of(record.getClass()).extraIndex < 0) {
          writeRecord(gen, record, defaults); // as tree() does, its lists item by item
          continue;
        }
        JsonNode node = tree(item, defaults);
        gen.writeTree(
            node != null ? node : item instanceof Record ? NODES.objectNode() : NODES.nullNode());
      }
      gen.writeEndArray();
    }
    return out.toString();
  }

  /**
   * Streams what {@code tree(record)} builds for an item of a list (where an empty record is {@code
   * {}}): a component that is a non-empty list item by item, the others as their trees. The
   * effective routes of one host are one such item, whose 250 000 routes as one tree would not fit
   * a 1 GiB heap. Only for records without an {@code extra} map, whose keys could repeat a field.
   */
  private static void writeRecord(JsonGenerator gen, Record record, Defaults defaults) {
    Binder.RecordShape shape = Binder.RecordShape.of(record.getClass());
    gen.writeStartObject();
    for (int i = 0; i < shape.components.length; i++) {
      if (i == shape.locationIndex) {
        continue; // where it was read, not a field
      }
      Object value = shape.get(record, i);
      if (value instanceof List<?> list && !list.isEmpty()) {
        gen.writeName(shape.keys[i]);
        gen.writeStartArray();
        for (Object item : list) { // as tree(list) does, one item's tree at a time
          JsonNode node =
              item instanceof Map<?, ?> || item instanceof List<?>
                  ? plainTree(item)
                  : tree(item, defaults);
          gen.writeTree(
              node != null ? node : item instanceof Record ? NODES.objectNode() : NODES.nullNode());
        }
        gen.writeEndArray();
        continue;
      }
      JsonNode node = tree(value, defaults);
      if (node != null) {
        gen.writeName(shape.keys[i]);
        gen.writeTree(node);
      }
    }
    gen.writeEndObject();
  }

  /**
   * Streams what {@link #plainTree} builds: maps and lists event by event, other values as their
   * (small) trees.
   */
  private static void writePlain(JsonGenerator gen, Object value) {
    if (value instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeName(String.valueOf(e.getKey()));
        writePlain(gen, e.getValue());
      }
      gen.writeEndObject();
    } else if (value instanceof List<?> list) {
      gen.writeStartArray();
      for (Object item : list) {
        writePlain(gen, item);
      }
      gen.writeEndArray();
    } else {
      gen.writeTree(plainTree(value));
    }
  }

  /**
   * A {@link Writer} that collects text in pieces of {@link #PIECE} characters and joins them once,
   * into a string of the exact length. A growing {@link StringBuilder} would hold its old and new
   * arrays at once while it doubles and copy everything again in {@code toString()}: for the 90
   * million characters of a 250 000-route effective-routes file, over 300 MB of contiguous arrays
   * at the moment of the copy, which a 1 GiB heap with the mesh in it could not find.
   */
  static final class TextWriter extends Writer {
    /**
     * Below G1's humongous-object threshold at any heap size, so that pieces never fragment the
     * heap.
     */
    static final int PIECE = 1 << 18;

    private final List<String> pieces = new ArrayList<>();
    private final StringBuilder current = new StringBuilder(8192);

    @Override
    public void write(char[] chars, int offset, int length) {
      while (length > 0) {
        int n = Math.min(length, PIECE - current.length());
        current.append(chars, offset, n);
        offset += n;
        length -= n;
        flushPiece();
      }
    }

    @Override
    public void write(String str, int offset, int length) {
      while (length > 0) {
        int n = Math.min(length, PIECE - current.length());
        current.append(str, offset, offset + n);
        offset += n;
        length -= n;
        flushPiece();
      }
    }

    @Override
    public void write(int c) {
      current.append((char) c);
      flushPiece();
    }

    private void flushPiece() {
      if (current.length() >= PIECE) {
        pieces.add(current.toString());
        current.setLength(0);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /**
     * The text written, allocated once at its exact length ({@link String#join} sizes before it
     * copies).
     */
    @Override
    public String toString() {
      if (pieces.isEmpty()) {
        return current.toString();
      }
      List<String> all = new ArrayList<>(pieces);
      all.add(current.toString());
      return String.join("", all);
    }
  }

  /**
   * A string as this writer writes the value of a map entry: plain where every reader reads it back
   * as that string, quoted otherwise, or a block ({@code |-}) whose lines follow, each indented by
   * two more than the key (add the key's own indentation to each line after the first). For YAML
   * laid out by hand around its values, as a file with comments for a person to edit is.
   */
  public static String scalar(String value) {
    String entry = render(NODES.objectNode().put("k", value));
    return entry.substring("k: ".length(), entry.length() - 1);
  }

  /**
   * A string as this writer writes a map key, on one line: plain where every reader reads it back
   * as that string, quoted otherwise.
   *
   * @throws IllegalArgumentException for a key that does not fit on one line (a line break, or
   *     longer than YAML lets a key be written without {@code ? })
   */
  public static String key(String name) {
    String entry = render(NODES.objectNode().put(name, 0));
    if (entry.startsWith("? ")
        || !entry.endsWith(": 0\n")
        || entry.indexOf('\n') != entry.length() - 1) {
      throw new IllegalArgumentException("cannot write \"" + name + "\" as a key on one line");
    }
    return entry.substring(0, entry.length() - ": 0\n".length());
  }

  /**
   * A resource as the JSON tree the Kubernetes API server would receive (for schema validation).
   */
  public static JsonNode toTree(IstioResource resource) {
    return resourceTree(resource, Defaults.KEEP);
  }

  /** Renders a tree built with {@link #tree}. */
  public static String render(JsonNode tree) {
    return MAPPER.writeValueAsString(tree);
  }

  static ObjectNode resourceTree(IstioResource resource, Defaults defaults) {
    ObjectNode out = NODES.objectNode();
    out.put("apiVersion", resource.apiVersion());
    out.put("kind", resource.kind());
    putIfPresent(out, "metadata", tree(resource.metadata(), defaults));
    Object spec =
        resource instanceof dev.vsplit.model.VirtualService vs
            ? vs.spec()
            : ((dev.vsplit.model.Gateway) resource).spec();
    JsonNode specTree = tree(spec, defaults);
    out.set("spec", specTree == null ? NODES.objectNode() : specTree);
    resource.extra().forEach((k, v) -> out.set(k, plainTree(v)));
    return out;
  }

  /** A value as a Jackson tree, or {@code null} when it renders as nothing (unset or empty). */
  public static JsonNode tree(Object value, Defaults defaults) {
    if (value == null) {
      return null;
    }
    if (value instanceof IstioResource r) {
      return resourceTree(r, defaults);
    }
    if (value instanceof StringMatch m) {
      ObjectNode out = NODES.objectNode();
      if (!(m instanceof StringMatch.Empty)) {
        out.put(m.kind(), m.value());
      }
      return out;
    }
    if (value instanceof String s) {
      return defaults == Defaults.OMIT && s.isEmpty() ? null : NODES.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return defaults == Defaults.OMIT && !b ? null : NODES.booleanNode(b);
    }
    if (value instanceof Number n) {
      return number(n, defaults);
    }
    if (value instanceof Record record) {
      return recordTree(record, defaults);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode out = NODES.objectNode();
      map.forEach((k, v) -> putIfPresent(out, String.valueOf(k), tree(v, defaults)));
      return out.isEmpty() ? null : out;
    }
    if (value instanceof List<?> list) {
      ArrayNode out = NODES.arrayNode();
      for (Object item : list) {
        if (item instanceof Map<?, ?> || item instanceof List<?>) {
          out.add(plainTree(item)); // a tcp or tls route: not modelled, written as read
          continue;
        }
        JsonNode node = tree(item, defaults);
        out.add(
            node != null ? node : item instanceof Record ? NODES.objectNode() : NODES.nullNode());
      }
      return out.isEmpty() ? null : out;
    }
    throw new IllegalArgumentException("cannot render " + value.getClass().getName());
  }

  private static JsonNode number(Number n, Defaults defaults) {
    if (defaults == Defaults.OMIT && n.doubleValue() == 0) {
      return null;
    }
    if (n instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (n instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (n instanceof BigInteger b) {
      return NODES.numberNode(b);
    }
    if (n instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    double d = n.doubleValue();
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return NODES.numberNode((long) d); // 1.0 is written 1, as Go and kubectl write it
    }
    return NODES.numberNode(d);
  }

  private static JsonNode recordTree(Record record, Defaults defaults) {
    Binder.RecordShape shape = Binder.RecordShape.of(record.getClass());
    ObjectNode out = NODES.objectNode();
    for (int i = 0; i < shape.components.length; i++) {
      if (i == shape.locationIndex) {
        continue; // where it was read, not a field
      }
      Object value = shape.get(record, i);
      if (i == shape.extraIndex) {
        ((Map<?, ?>) value).forEach((k, v) -> out.set(String.valueOf(k), plainTree(v)));
      } else {
        putIfPresent(out, shape.keys[i], tree(value, defaults));
      }
    }
    // A manifest keeps an empty object: "mirrorPercentage: {}" mirrors 0%, leaving it out 100%.
    return out.isEmpty() && defaults == Defaults.OMIT ? null : out;
  }

  /**
   * A value vsplit does not model (a field kept in {@code extra}, a tcp or tls route), written as
   * it was read: empty maps and lists, nulls and {@code 1.0} stay what they are, so that reading it
   * back gives the same value and nothing the user wrote is dropped.
   */
  private static JsonNode plainTree(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode out = NODES.objectNode();
      map.forEach((k, v) -> out.set(String.valueOf(k), plainTree(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      ArrayNode out = NODES.arrayNode();
      for (Object item : list) {
        out.add(plainTree(item));
      }
      return out;
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    return tree(value, Defaults.KEEP);
  }

  private static void putIfPresent(ObjectNode out, String key, JsonNode value) {
    if (value != null) {
      out.set(key, value);
    }
  }

  /** Creates {@link SafeBlockGenerator}s. */
  private static final class SafeBlockFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    SafeBlockFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext ctxt, IOContext io, Writer out) {
      return new SafeBlockGenerator(
          ctxt,
          io,
          ctxt.getStreamWriteFeatures(_streamWriteFeatures),
          ctxt.getFormatWriteFeatures(_formatWriteFeatures),
          _quotingChecker,
          out,
          _version,
          _dumpSettings);
    }
  }

  /**
   * Jackson writes every multi-line string as a literal block ({@code |}) without asking the
   * quoting checker, and snakeyaml then writes NEL, LS and PS raw inside it, where readers take
   * them for line breaks: a value holding a line break and a NEL came back as another string or as
   * a syntax error. Such strings are double-quoted with escapes instead.
   */
  private static final class SafeBlockGenerator extends YAMLGenerator {
    SafeBlockGenerator(
        ObjectWriteContext ctxt,
        IOContext io,
        int streamFeatures,
        int formatFeatures,
        StringQuotingChecker quoting,
        Writer out,
        SpecVersion version,
        DumpSettings settings) {
      super(ctxt, io, streamFeatures, formatFeatures, quoting, out, version, settings);
    }

    @Override
    public JsonGenerator writeString(String text) {
      if (text != null
          && text.indexOf('\n') >= 0
          && Yaml11QuotingChecker.hasUnsafeCharacter(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
        return this;
      }
      return super.writeString(text);
    }
  }

  /**
   * Quotes what YAML 1.2 quotes, plus the plain scalars that a YAML 1.1 reader (kubectl's go-yaml,
   * Helm, many GitOps tools) would not read back as the same string: {@code yes}, {@code on},
   * {@code 0x1F}, {@code 0O17}, {@code 1_000}, {@code .5e3}, {@code 2025-01-01}, {@code =}, {@code
   * <<}, and strings holding characters that some readers take for line breaks or drop (NEL, LS,
   * PS, a byte-order mark, control characters).
   */
  private static final class Yaml11QuotingChecker extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;
    private static final Pattern YAML11_SPECIAL =
        Pattern.compile(
            "(?i:y|n|yes|no|true|false|on|off|null|~)"
                + "|[-+]?0[bB][0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO][0-7_]+"
                + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
                + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
                + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt ].*)?"
                + "|<<|=|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+");

    private final StringQuotingChecker yaml12 = StringQuotingChecker.Default.instance();

    @Override
    public boolean needToQuoteName(String name) {
      return yaml12.needToQuoteName(name)
          || YAML11_SPECIAL.matcher(name).matches()
          || hasUnsafeCharacter(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return yaml12.needToQuoteValue(value)
          || YAML11_SPECIAL.matcher(value).matches()
          || hasUnsafeCharacter(value);
    }

    /**
     * Characters that must be escaped in double quotes: YAML 1.1 readers break lines at NEL, LS and
     * PS, snakeyaml drops a leading NEL, and control characters cannot be written plain.
     */
    static boolean hasUnsafeCharacter(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
        boolean breakOrMark =
            c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
        if (control || breakOrMark) {
          return true;
        }
        if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // a pair: one printable code point such as an emoji
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
