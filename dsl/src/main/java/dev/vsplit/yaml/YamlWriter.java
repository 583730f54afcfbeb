package dev.vsplit.yaml;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The one place that renders YAML: kubectl-style, 2-space indent, {@code apiVersion, kind,
 * metadata, spec} first, fields in Istio's documented order, empty fields omitted, quotes only
 * where a YAML 1.1 or 1.2 reader would otherwise read something else, byte-for-byte deterministic.
 *
 * <p>Values are written as they are walked, straight to text ({@link YamlEmitter}), with no tree in
 * between: the effective routes of a mesh with 250 000 routes are one list, whose tree would take
 * most of a 1 GiB heap. What is written is what Jackson's YAML mapper wrote for vsplit until issue
 * 16, byte for byte (a test compares the two on every input the tests have and on random ones):
 * {@link #writeValue} documents the rules.
 */
public final class YamlWriter {

  /**
   * How to treat values that equal their protobuf default ({@code false}, {@code 0}, {@code ""}).
   */
  public enum Defaults {
    /** Keep them when set: a manifest says what its author wrote. */
    KEEP,
    /** Drop them: the effective-routes form, which shows what pilot holds. */
    OMIT
  }

  private YamlWriter() {}

  /** One resource as one YAML document. */
  public static String write(IstioResource resource) {
    StringBuilder buffer = BUFFER.get();
    YamlText text = new YamlText(buffer);
    document(new YamlEmitter(text), resource, Defaults.KEEP);
    String written = text.toString();
    if (buffer.capacity() > 2 * YamlText.PIECE) {
      BUFFER.remove(); // a resource with a very long line: do not keep its buffer
    }
    return written;
  }

  /**
   * Each thread's buffer for {@link #write}, reused from resource to resource: a mesh is thousands
   * of resources of a few kilobytes each, and a buffer for each, then copied into its string, was a
   * fifth of what rendering allocated.
   */
  private static final ThreadLocal<StringBuilder> BUFFER =
      ThreadLocal.withInitial(() -> new StringBuilder(4096));

  /** Several resources, joined by {@code ---} lines. */
  public static String writeAll(Collection<? extends IstioResource> resources) {
    YamlText text = new YamlText();
    YamlEmitter emitter = new YamlEmitter(text);
    boolean first = true;
    for (IstioResource r : resources) {
      if (!first) {
        text.append("---\n");
      }
      first = false;
      document(emitter, r, Defaults.KEEP);
    }
    return text.toString();
  }

  /**
   * Any model value as a YAML document: a record as a mapping of its components (in declaration
   * order, by their {@link YamlKey}; its {@code extra} map's entries where the map is declared, as
   * they were read; where it was read ({@link dev.vsplit.base.Location}) left out), a resource
   * {@code apiVersion, kind, metadata, spec} first, a map or list as itself, a {@link StringMatch}
   * as {@code {exact: ...}}. A field that is {@code null}, an empty list or map, or a map or (under
   * {@link Defaults#OMIT}) record that would be written empty is left out, and so is, under {@link
   * Defaults#OMIT}, a protobuf default ({@code ""}, {@code false}, {@code 0}). A whole number is
   * written without a fraction ({@code 1.0} as {@code 1}, as Go writes it). Values that vsplit does
   * not model (in {@code extra}, tcp and tls routes) are written as read: empty maps and lists,
   * nulls and {@code 1.0} stay. Nothing to write is {@code null}.
   */
  public static String writeValue(Object value, Defaults defaults) {
    YamlText text = new YamlText();
    document(new YamlEmitter(text), value, defaults);
    return text.toString();
  }

  /**
   * What {@link #writeValue} writes, as the pieces of about a hundred thousand characters it was
   * written in (joined, the same text): a document of a hundred megabytes is hashed and written
   * without ever being joined into one string.
   *
   * @param value a model value
   * @param defaults whether protobuf defaults are written
   * @return the text in pieces, in order
   */
  public static List<String> writeValueInPieces(Object value, Defaults defaults) {
    YamlText text = new YamlText();
    document(new YamlEmitter(text), value, defaults);
    return text.pieces();
  }

  /**
   * A model value on one line, in flow style (JSON), as {@link #writeValue} would write it under
   * {@link Defaults#KEEP} (unset fields left out): for messages, e.g. {@code
   * {"attempts":3,"perTryTimeout":"2s"}}.
   *
   * @param value a model value
   * @return the value on one line; {@code {}} when nothing would be written
   */
  public static String inline(Object value) {
    InlineText text = new InlineText();
    walk(value, Defaults.KEEP, text);
    return text.out.length() == 0 ? "{}" : text.out.toString();
  }

  /**
   * What {@link #writeValue} writes, as events: the same values, keys and omissions, with no text.
   */
  public static void walk(Object value, Defaults defaults, YamlEvents events) {
    new Walk(events).root(value, defaults);
  }

  private static void document(YamlEmitter emitter, Object value, Defaults defaults) {
    Walk walk = new Walk(emitter);
    emitter.startDocument(walk.renders(value, defaults) && "".equals(value));
    walk.root(value, defaults);
    emitter.endDocument();
  }

  /**
   * A string as this writer writes the value of a map entry: plain where every reader reads it back
   * as that string, quoted otherwise, or a block ({@code |-}) whose lines follow, each indented by
   * two more than the key (add the key's own indentation to each line after the first). For YAML
   * laid out by hand around its values, as a file with comments for a person to edit is.
   */
  public static String scalar(String value) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("k", value);
    String written = writePlainData(entry);
    return written.substring("k: ".length(), written.length() - 1);
  }

  /**
   * A string as this writer writes a map key, on one line: plain where every reader reads it back
   * as that string, quoted otherwise.
   *
   * @throws IllegalArgumentException for a key that does not fit on one line (a line break, or
   *     longer than YAML lets a key be written without {@code ? })
   */
  public static String key(String name) {
    String entry = writePlainData(Map.of(name, 0));
    if (entry.startsWith("? ")
        || !entry.endsWith(": 0\n")
        || entry.indexOf('\n') != entry.length() - 1) {
      throw new IllegalArgumentException("cannot write \"" + name + "\" as a key on one line");
    }
    return entry.substring(0, entry.length() - ": 0\n".length());
  }

  /** A map written as data read from YAML is: nulls and all. */
  private static String writePlainData(Map<String, ?> map) {
    YamlText text = new YamlText();
    YamlEmitter emitter = new YamlEmitter(text);
    emitter.startDocument(false);
    new Walk(emitter).plain(map);
    emitter.endDocument();
    return text.toString();
  }

  /**
   * How a record is written: its components read at once ({@link RecordFields}), and its keys, laid
   * out once.
   */
  private static final class RecordPlan {
    private static final ClassValue<RecordPlan> PLANS =
        new ClassValue<>() {
          @Override
          protected RecordPlan computeValue(Class<?> type) {
            return new RecordPlan(type, Binder.RecordShape.of(type));
          }
        };

    final Class<?> type;
    final Binder.RecordShape shape;

    /** How its components are read. */
    final RecordFields fields;

    /** The number of components. */
    final int size;

    final YamlEmitter.Key[] keys;

    /**
     * What each component holds, from its declared type ({@link #kindOf}): the walk dispatches on
     * it instead of testing the value's class, kind by kind, for every field of every record.
     */
    final int[] kinds;

    /**
     * For a component of kind {@link #RECORD}, its record class; for a {@link #LIST} of records,
     * its items' record class; else {@code null}.
     */
    private final Class<?>[] nested;

    /** The plans of {@link #nested}, looked up on first use (a record may hold its own kind). */
    private final RecordPlan[] nestedPlans;

    RecordPlan(Class<?> type, Binder.RecordShape shape) {
      this.type = type;
      this.shape = shape;
      this.fields = RecordFields.of(type);
      int n = shape.components.length;
      size = n;
      keys = new YamlEmitter.Key[n];
      kinds = new int[n];
      nested = new Class<?>[n];
      nestedPlans = new RecordPlan[n];
      for (int i = 0; i < n; i++) {
        RecordComponent component = shape.components[i];
        kinds[i] =
            i == shape.locationIndex
                ? SKIP
                : i == shape.extraIndex ? EXTRA : kindOf(component.getType());
        if (kinds[i] == RECORD) {
          nested[i] = component.getType();
        } else if (kinds[i] == LIST) {
          nested[i] = recordItems(component.getGenericType());
        }
      }
      for (int i = 0; i < n; i++) {
        keys[i] = new YamlEmitter.Key(shape.keys[i]);
      }
    }

    /** A component whose value is tested for its kind as it is written ({@link Walk#entry}). */
    static final int OTHER = 0;

    /** Where the record was read: not a field. */
    static final int SKIP = 1;

    /** The {@code extra} map: fields vsplit does not model, written as read. */
    static final int EXTRA = 2;

    static final int STRING = 3;
    static final int INTEGER = 4;

    /** A number other than an {@link Integer}. */
    static final int NUMBER = 5;

    static final int BOOLEAN = 6;
    static final int LIST = 7;
    static final int MATCH = 8;

    /** A record of one class ({@link #nested}), other than a resource or a string match. */
    static final int RECORD = 9;

    /**
     * The kind of every value of a component declared as {@code type}: a record class is final, so
     * a value of it is of that very class.
     */
    static int kindOf(Class<?> type) {
      if (type == String.class) {
        return STRING;
      }
      if (type == Integer.class || type == int.class) {
        return INTEGER;
      }
      if (type == Boolean.class || type == boolean.class) {
        return BOOLEAN;
      }
      if (Number.class.isAssignableFrom(type)
          || type == long.class
          || type == double.class
          || type == float.class
          || type == short.class
          || type == byte.class) {
        return NUMBER;
      }
      if (List.class.isAssignableFrom(type)) {
        return LIST;
      }
      if (type == StringMatch.class) {
        return MATCH;
      }
      if (isPlainRecord(type)) {
        return RECORD;
      }
      return OTHER;
    }

    /** A record class written field by field: not a resource, not a string match. */
    private static boolean isPlainRecord(Class<?> type) {
      return type.isRecord()
          && !IstioResource.class.isAssignableFrom(type)
          && !StringMatch.class.isAssignableFrom(type);
    }

    /** The record class of a {@code List<R>}'s items, or {@code null}. */
    private static Class<?> recordItems(Type listType) {
      if (listType instanceof ParameterizedType p
          && p.getActualTypeArguments().length == 1
          && p.getActualTypeArguments()[0] instanceof Class<?> item
          && isPlainRecord(item)) {
        return item;
      }
      return null;
    }

    /**
     * The plan of component {@code i}'s record ({@link #RECORD}) or of its list's records ({@link
     * #LIST}), or {@code null} for a list of anything else. A lost race looks it up twice.
     */
    RecordPlan nested(int i) {
      RecordPlan plan = nestedPlans[i];
      if (plan == null && nested[i] != null) {
        plan = PLANS.get(nested[i]);
        nestedPlans[i] = plan;
      }
      return plan;
    }

    /**
     * Plans by the hash of their class, looked at before {@link #PLANS}: a lookup per record
     * written, so one array read and a comparison rather than {@link ClassValue}'s probing. A lost
     * race stores another plan, which is as good.
     */
    private static final RecordPlan[] RECENT = new RecordPlan[64];

    static RecordPlan of(Record record) {
      Class<?> type = record.getClass();
      int slot = type.hashCode() & (RECENT.length - 1);
      RecordPlan plan = RECENT[slot];
      if (plan == null || plan.type != type) {
        plan = PLANS.get(type);
        RECENT[slot] = plan;
      }
      return plan;
    }

    /**
     * Whether an entry of {@code extra} has the key of a field, or could share its key with another
     * entry (keys that are not strings, written as {@code String.valueOf(key)}): then the later
     * entry replaces the earlier one in its place, as in a map.
     */
    boolean sharesKeys(Map<?, ?> extra) {
      for (Object k : extra.keySet()) {
        if (!(k instanceof String s) || shape.index.containsKey(s)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final YamlEmitter.Key API_VERSION = new YamlEmitter.Key("apiVersion");
  private static final YamlEmitter.Key KIND = new YamlEmitter.Key("kind");
  private static final YamlEmitter.Key METADATA = new YamlEmitter.Key("metadata");
  private static final YamlEmitter.Key SPEC = new YamlEmitter.Key("spec");
  private static final Map<String, YamlEmitter.Key> MATCH_KEYS =
      Map.of(
          "exact", new YamlEmitter.Key("exact"),
          "prefix", new YamlEmitter.Key("prefix"),
          "regex", new YamlEmitter.Key("regex"));

  /**
   * A value to write as a map entry, where entries can replace each other ({@link
   * Walk#writeEntries}).
   */
  private record Entry(Object value, Kind kind) {
    enum Kind {
      /** A value written with the walk's defaults ({@link Walk#value}). */
      VALUE,
      /** A value written as read ({@link Walk#plain}). */
      PLAIN,
      /** A string, or {@code null} written as {@code null}. */
      STRING_OR_NULL,
      /** An empty mapping. */
      EMPTY_MAPPING
    }
  }

  /** One walk over the values of a document, telling the events as it goes. */
  private static final class Walk {
    final YamlEvents events;

    /**
     * The components of the records being read, one array per level of nesting ({@link #open}),
     * reused from record to record.
     */
    private final RecordFields.Levels levels = new RecordFields.Levels();

    Walk(YamlEvents events) {
      this.events = events;
    }

    /**
     * The record's components, valid until the matching {@link #close}: records nested in it are
     * read at the next level.
     */
    private Object[] open(RecordPlan plan, Record record) {
      return levels.open(plan.fields, record);
    }

    /** Done with the components {@link #open} read last. */
    private void close() {
      levels.close();
    }

    /** A document's root value: {@code null} when it writes nothing. */
    void root(Object value, Defaults defaults) {
      if (renders(value, defaults)) {
        value(value, defaults);
      } else {
        events.plain("null");
      }
    }

    /** Whether the value writes anything (the entry is left out otherwise). */
    boolean renders(Object value, Defaults defaults) {
      // Records first among the kinds a model holds, then the others: string matches and
      // resources are records, nothing else is.
      if (value == null) {
        return false;
      }
      if (value instanceof String s) {
        return defaults == Defaults.KEEP || !s.isEmpty();
      }
      if (value instanceof Record record) {
        return defaults == Defaults.KEEP
            || value instanceof IstioResource
            || value instanceof StringMatch
            || hasEntries(record, defaults);
      }
      if (value instanceof List<?> list) {
        return !list.isEmpty();
      }
      if (value instanceof Map<?, ?> map) {
        if (map.isEmpty()) {
          return false; // most maps of the model are (a match's headers, labels, query params)
        }
        for (Object v : map.values()) {
          if (renders(v, defaults)) {
            return true;
          }
        }
        return false;
      }
      if (value instanceof Boolean b) {
        return defaults == Defaults.KEEP || b;
      }
      if (value instanceof Number n) {
        return defaults == Defaults.KEEP || n.doubleValue() != 0;
      }
      throw cannotRender(value);
    }

    private boolean hasEntries(Record record, Defaults defaults) {
      RecordPlan plan = RecordPlan.of(record);
      Binder.RecordShape shape = plan.shape;
      Object[] values = open(plan, record);
      try {
        for (int i = 0; i < plan.size; i++) {
          Object value = values[i];
          if (i == shape.locationIndex || value == null) {
            continue;
          }
          if (i == shape.extraIndex ? !((Map<?, ?>) value).isEmpty() : renders(value, defaults)) {
            return true;
          }
        }
        return false;
      } finally {
        close();
      }
    }

    private static IllegalArgumentException cannotRender(Object value) {
      return new IllegalArgumentException("cannot render " + value.getClass().getName());
    }

    /** A value that {@link #renders}. */
    void value(Object value, Defaults defaults) {
      if (value instanceof String s) {
        events.string(s);
      } else if (value instanceof Record record) {
        if (value instanceof StringMatch m) {
          match(m);
        } else if (value instanceof IstioResource r) {
          resource(r, defaults);
        } else {
          record(record, defaults);
        }
      } else if (value instanceof List<?> list) {
        list(list, null, defaults);
      } else if (value instanceof Map<?, ?> map) {
        map(map, defaults);
      } else if (value instanceof Boolean b) {
        events.plain(b ? "true" : "false");
      } else if (value instanceof Number n) {
        events.plain(number(n));
      } else {
        throw cannotRender(value);
      }
    }

    private void match(StringMatch m) {
      if (m instanceof StringMatch.Empty) {
        events.emptyMapping();
        return;
      }
      events.startMapping();
      YamlEmitter.Key key = MATCH_KEYS.get(m.kind());
      if (key != null) {
        events.key(key);
      } else {
        events.key(m.kind());
      }
      events.string(m.value());
      events.endMapping();
    }

    private void resource(IstioResource resource, Defaults defaults) {
      Object spec = resource instanceof VirtualService vs ? vs.spec() : ((Gateway) resource).spec();
      Map<String, Object> extra = resource.extra();
      boolean sharesKeys = false;
      for (Object k : extra.keySet()) {
        if (!(k instanceof String s)
            || s.equals("apiVersion")
            || s.equals("kind")
            || s.equals("metadata")
            || s.equals("spec")) {
          sharesKeys = true;
        }
      }
      if (sharesKeys) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        entries.put("apiVersion", new Entry(resource.apiVersion(), Entry.Kind.STRING_OR_NULL));
        entries.put("kind", new Entry(resource.kind(), Entry.Kind.STRING_OR_NULL));
        if (renders(resource.metadata(), defaults)) {
          entries.put("metadata", new Entry(resource.metadata(), Entry.Kind.VALUE));
        }
        entries.put(
            "spec",
            renders(spec, defaults)
                ? new Entry(spec, Entry.Kind.VALUE)
                : new Entry(null, Entry.Kind.EMPTY_MAPPING));
        extra.forEach((k, v) -> entries.put(String.valueOf(k), new Entry(v, Entry.Kind.PLAIN)));
        writeEntries(entries, defaults);
        return;
      }
      events.startMapping();
      events.key(API_VERSION);
      stringOrNull(resource.apiVersion());
      events.key(KIND);
      stringOrNull(resource.kind());
      if (renders(resource.metadata(), defaults)) {
        events.key(METADATA);
        value(resource.metadata(), defaults);
      }
      events.key(SPEC);
      if (renders(spec, defaults)) {
        value(spec, defaults);
      } else {
        events.emptyMapping();
      }
      extra.forEach(
          (k, v) -> {
            events.key(k);
            plain(v);
          });
      events.endMapping();
    }

    private void stringOrNull(String s) {
      if (s == null) {
        events.plain("null");
      } else {
        events.string(s);
      }
    }

    /**
     * Keys of records being written under {@link Defaults#OMIT} that have written nothing yet
     * ({@link #pendingRecord}): each is written, and its mapping started, only when something in it
     * is ({@link #flush}), so that a record is read once, not looked into first.
     */
    private YamlEmitter.Key[] pendingKeys = new YamlEmitter.Key[8];

    private int pending;

    /** Writes the keys, and starts the mappings, of the records that now write something. */
    private void flush() {
      for (int i = 0; i < pending; i++) {
        events.key(pendingKeys[i]);
        events.startMapping();
      }
      pending = 0;
    }

    /** A key of the record being written: its pending keys first. */
    private void key(YamlEmitter.Key key) {
      if (pending != 0) {
        flush();
      }
      events.key(key);
    }

    private void key(String key) {
      if (pending != 0) {
        flush();
      }
      events.key(key);
    }

    /** A record that {@link #renders}: under {@link Defaults#KEEP} maybe {@code {}}. */
    private void record(Record record, Defaults defaults) {
      record(RecordPlan.of(record), record, defaults);
    }

    private void record(RecordPlan plan, Record record, Defaults defaults) {
      Object[] values = open(plan, record);
      try {
        events.startMapping();
        fields(plan, values, defaults);
        events.endMapping();
      } finally {
        close();
      }
    }

    /**
     * A record under {@link Defaults#OMIT} as the value of {@code key}: written with its key if it
     * writes anything, left out otherwise.
     */
    private void pendingRecord(
        YamlEmitter.Key key, RecordPlan plan, Record record, Defaults defaults) {
      if (pending == pendingKeys.length) {
        pendingKeys = java.util.Arrays.copyOf(pendingKeys, pending * 2);
      }
      int mark = pending;
      pendingKeys[pending++] = key;
      Object[] values = open(plan, record);
      try {
        fields(plan, values, defaults);
      } finally {
        close();
      }
      if (pending > mark) {
        pending = mark; // nothing written: its key goes too
      } else {
        events.endMapping();
      }
    }

    /** The entries of a record's mapping, once it is started. */
    private void fields(RecordPlan plan, Object[] values, Defaults defaults) {
      Binder.RecordShape shape = plan.shape;
      int n = plan.size;
      if (shape.extraIndex >= 0) {
        Map<?, ?> extra = (Map<?, ?>) values[shape.extraIndex];
        if (!extra.isEmpty() && plan.sharesKeys(extra)) {
          Map<String, Entry> entries = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            if (i == shape.extraIndex) {
              extra.forEach(
                  (k, v) -> entries.put(String.valueOf(k), new Entry(v, Entry.Kind.PLAIN)));
            } else if (i != shape.locationIndex && renders(values[i], defaults)) {
              entries.put(shape.keys[i], new Entry(values[i], Entry.Kind.VALUE));
            }
          }
          entries(entries, defaults);
          return;
        }
      }
      boolean keep = defaults == Defaults.KEEP;
      int[] kinds = plan.kinds;
      for (int i = 0; i < n; i++) {
        Object value = values[i];
        if (value == null) {
          continue; // unset
        }
        switch (kinds[i]) {
          case RecordPlan.SKIP -> {} // where it was read: not a field
          case RecordPlan.EXTRA -> {
            Map<?, ?> extra = (Map<?, ?>) value;
            if (!extra.isEmpty()) {
              extra.forEach(
                  (k, v) -> {
                    key((String) k);
                    plain(v);
                  });
            }
          }
          case RecordPlan.STRING -> {
            String s = (String) value;
            if (keep || !s.isEmpty()) {
              key(plan.keys[i]);
              events.string(s);
            }
          }
          case RecordPlan.INTEGER -> {
            int number = (Integer) value;
            if (keep || number != 0) {
              key(plan.keys[i]);
              events.plain(intText(number));
            }
          }
          case RecordPlan.NUMBER -> {
            Number number = (Number) value;
            if (keep || number.doubleValue() != 0) {
              key(plan.keys[i]);
              events.plain(number(number));
            }
          }
          case RecordPlan.BOOLEAN -> {
            boolean b = (Boolean) value;
            if (keep || b) {
              key(plan.keys[i]);
              events.plain(b ? "true" : "false");
            }
          }
          case RecordPlan.LIST -> {
            List<?> list = (List<?>) value;
            if (!list.isEmpty()) {
              key(plan.keys[i]);
              list(list, plan.nested(i), defaults);
            }
          }
          case RecordPlan.MATCH -> {
            key(plan.keys[i]);
            match((StringMatch) value);
          }
          case RecordPlan.RECORD -> {
            if (keep) {
              key(plan.keys[i]);
              record(plan.nested(i), (Record) value, defaults);
            } else {
              pendingRecord(plan.keys[i], plan.nested(i), (Record) value, defaults);
            }
          }
          default -> entry(plan.keys[i], value, defaults);
        }
      }
    }

    /**
     * A field declared with a type that does not tell its kind: its key and value, unless the value
     * writes nothing ({@link #renders} and {@link #value} in one look at its type).
     */
    private void entry(YamlEmitter.Key key, Object value, Defaults defaults) {
      boolean keep = defaults == Defaults.KEEP;
      if (value instanceof String s) {
        if (keep || !s.isEmpty()) {
          key(key);
          events.string(s);
        }
      } else if (value instanceof Record record) {
        if (value instanceof StringMatch m) {
          key(key);
          match(m);
        } else if (value instanceof IstioResource r) {
          key(key);
          resource(r, defaults);
        } else if (keep) {
          key(key);
          record(record, defaults);
        } else {
          pendingRecord(key, RecordPlan.of(record), record, defaults);
        }
      } else if (value instanceof List<?> list) {
        if (!list.isEmpty()) {
          key(key);
          list(list, null, defaults);
        }
      } else if (renders(value, defaults)) {
        key(key);
        value(value, defaults);
      }
    }

    /** A map that {@link #renders}: the entries whose values render. */
    private void map(Map<?, ?> map, Defaults defaults) {
      if (!allKeysAreStrings(map)) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        map.forEach(
            (k, v) -> {
              if (renders(v, defaults)) {
                entries.put(String.valueOf(k), new Entry(v, Entry.Kind.VALUE));
              }
            });
        writeEntries(entries, defaults);
        return;
      }
      events.startMapping();
      map.forEach(
          (k, v) -> {
            if (renders(v, defaults)) {
              events.key((String) k);
              value(v, defaults);
            }
          });
      events.endMapping();
    }

    private static boolean allKeysAreStrings(Map<?, ?> map) {
      for (Object k : map.keySet()) {
        if (!(k instanceof String)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Entries that may have replaced each other: a later entry with an earlier one's key takes its
     * place.
     */
    private void writeEntries(Map<String, Entry> entries, Defaults defaults) {
      events.startMapping();
      entries(entries, defaults);
      events.endMapping();
    }

    /** {@link #writeEntries} in a mapping already started. */
    private void entries(Map<String, Entry> entries, Defaults defaults) {
      entries.forEach(
          (k, e) -> {
            key(k);
            switch (e.kind()) {
              case VALUE -> value(e.value(), defaults);
              case PLAIN -> plain(e.value());
              case STRING_OR_NULL -> stringOrNull((String) e.value());
              case EMPTY_MAPPING -> events.emptyMapping();
            }
          });
    }

    /**
     * A non-empty list: an item that writes nothing is {@code {}} for a record, else null. The
     * model's lists are read by index, with no iterator per list.
     */
    private void list(List<?> list, RecordPlan items, Defaults defaults) {
      events.startSequence();
      if (list instanceof RandomAccess) {
        for (int i = 0, n = list.size(); i < n; i++) {
          item(list.get(i), items, defaults);
        }
      } else {
        for (Object item : list) {
          item(item, items, defaults);
        }
      }
      events.endSequence();
    }

    /**
     * @param items the plan of the records the list is declared to hold, or {@code null}
     */
    private void item(Object item, RecordPlan items, Defaults defaults) {
      events.item();
      if (items != null && item != null && item.getClass() == items.type) {
        record(items, (Record) item, defaults); // one that writes nothing is {}
      } else if (item instanceof Record record
          && !(item instanceof StringMatch)
          && !(item instanceof IstioResource)) {
        record(record, defaults); // one that writes nothing is {}: its mapping stays empty
      } else if (item instanceof Map<?, ?> || item instanceof List<?>) {
        plain(item); // a tcp or tls route: not modelled, written as read
      } else if (renders(item, defaults)) {
        value(item, defaults);
      } else if (item instanceof Record) {
        events.emptyMapping();
      } else {
        events.plain("null");
      }
    }

    /**
     * A value vsplit does not model (a field kept in {@code extra}, a tcp or tls route), written as
     * it was read: empty maps and lists, nulls and {@code 1.0} stay what they are, so that reading
     * it back gives the same value and nothing the user wrote is dropped.
     */
    void plain(Object value) {
      if (value == null) {
        events.plain("null");
      } else if (value instanceof Map<?, ?> map) {
        if (!allKeysAreStrings(map)) {
          Map<String, Entry> entries = new LinkedHashMap<>();
          map.forEach((k, v) -> entries.put(String.valueOf(k), new Entry(v, Entry.Kind.PLAIN)));
          writeEntries(entries, Defaults.KEEP);
        } else if (map.isEmpty()) {
          events.emptyMapping();
        } else {
          events.startMapping();
          map.forEach(
              (k, v) -> {
                events.key((String) k);
                plain(v);
              });
          events.endMapping();
        }
      } else if (value instanceof List<?> list) {
        if (list.isEmpty()) {
          events.emptySequence();
        } else {
          events.startSequence();
          for (Object item : list) {
            events.item();
            plain(item);
          }
          events.endSequence();
        }
      } else if (value instanceof Double d) {
        events.plain(doubleText(d));
      } else {
        value(value, Defaults.KEEP);
      }
    }
  }

  /**
   * The text of recently written ints (weights, ports, status codes, attempts: a few values written
   * again and again), by the value's low bits; an entry is immutable, so a thread reads a whole one
   * or misses.
   */
  private static final IntText[] INT_TEXTS = new IntText[256];

  private record IntText(int value, String text) {}

  private static String intText(int value) {
    int slot = value & (INT_TEXTS.length - 1);
    IntText known = INT_TEXTS[slot];
    if (known == null || known.value() != value) {
      known = new IntText(value, Integer.toString(value));
      INT_TEXTS[slot] = known;
    }
    return known.text();
  }

  /** A number as Go and kubectl write it: a whole number without a fraction. */
  private static String number(Number n) {
    if (n instanceof Integer i) {
      return intText(i);
    }
    if (n instanceof Long || n instanceof BigInteger) {
      return n.toString();
    }
    if (n instanceof BigDecimal d) {
      return d.toString();
    }
    double d = n.doubleValue();
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d); // 1.0 is written 1, as Go and kubectl write it
    }
    return doubleText(d);
  }

  private static String doubleText(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    return Double.toString(d);
  }

  /** Events written as JSON on one line. */
  private static final class InlineText extends YamlEvents {
    final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();

    private void next() {
      if (!first.isEmpty() && !first.pop()) {
        out.append(',');
      }
      first.push(false);
    }

    @Override
    public void startMapping() {
      out.append('{');
      first.push(true);
    }

    @Override
    public void key(String name) {
      next();
      quote(name);
      out.append(':');
    }

    @Override
    public void endMapping() {
      first.pop();
      out.append('}');
    }

    @Override
    public void emptyMapping() {
      out.append("{}");
    }

    @Override
    public void startSequence() {
      out.append('[');
      first.push(true);
    }

    @Override
    public void item() {
      next();
    }

    @Override
    public void endSequence() {
      first.pop();
      out.append(']');
    }

    @Override
    public void emptySequence() {
      out.append("[]");
    }

    @Override
    public void string(String value) {
      quote(value);
    }

    @Override
    public void plain(String text) {
      out.append(text);
    }

    private void quote(String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }
}
