package dev.vsplit.yaml;

import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * A read-only view of how a record is written: each component's YAML key and declared type, which
 * component is its {@code extra} map and which the location it was read at, and its components read
 * at once (by direct calls for the model's records, {@link ModelComponents}). For a check that
 * follows what {@link YamlWriter} writes without walking its events, as the compiled CRD schema
 * check does.
 */
public final class RecordFields {

  private static final ClassValue<RecordFields> FIELDS =
      new ClassValue<>() {
        @Override
        protected RecordFields computeValue(Class<?> type) {
          return new RecordFields(type);
        }
      };

  private final Binder.RecordShape shape;

  /** The record's index in {@link ModelComponents}, or -1 for one read reflectively. */
  private final int model;

  private RecordFields(Class<?> type) {
    this.shape = Binder.RecordShape.of(type);
    this.model = ModelComponents.INDEX.getOrDefault(type, -1);
  }

  /**
   * The view of a record class.
   *
   * @param type a record class
   * @return its view, made once
   */
  public static RecordFields of(Class<?> type) {
    return FIELDS.get(type);
  }

  /**
   * The number of components.
   *
   * @return how many components the record has, {@code extra} and the location included
   */
  public int size() {
    return shape.components.length;
  }

  /**
   * A component's YAML key.
   *
   * @param i the component's index, in declaration order
   * @return its key as written
   */
  public String key(int i) {
    return shape.keys[i];
  }

  /**
   * A component's declared type, with its type arguments.
   *
   * @param i the component's index, in declaration order
   * @return its generic type
   */
  public Type type(int i) {
    return shape.genericTypes[i];
  }

  /**
   * The {@code extra} map's component, whose entries are written as read.
   *
   * @return its index, or -1 when the record has none
   */
  public int extraIndex() {
    return shape.extraIndex;
  }

  /**
   * The component that holds where the record was read, which is not written.
   *
   * @return its index, or -1 when the record has none
   */
  public int locationIndex() {
    return shape.locationIndex;
  }

  /**
   * Reads the record's components into the first {@link #size} places of {@code into}.
   *
   * @param record a record of this view's class
   * @param into an array of at least {@link #size} places
   */
  public void read(Object record, Object[] into) {
    if (model >= 0) {
      ModelComponents.read(model, record, into);
      return;
    }
    for (int i = 0; i < shape.components.length; i++) {
      into[i] = shape.get(record, i);
    }
  }

  /**
   * Arrays to read records' components into, one per level of nesting, reused from record to
   * record: a walk over a mesh reads every record it writes or checks, and an array per record was
   * a tenth of what writing a mesh allocated. Not for sharing between threads.
   */
  public static final class Levels {
    private Object[][] levels = new Object[8][];
    private int level;

    /**
     * Reads a record's components into this level's array (its first {@link RecordFields#size}
     * places), valid until the matching {@link #close}: records nested in it are read at the next
     * level.
     *
     * @param fields the view of the record's class
     * @param record the record
     * @return the array holding its components
     */
    public Object[] open(RecordFields fields, Object record) {
      if (level == levels.length) {
        levels = Arrays.copyOf(levels, level * 2);
      }
      Object[] values = levels[level];
      if (values == null || values.length < fields.size()) {
        values = new Object[Math.max(fields.size(), 20)];
        levels[level] = values;
      }
      level++;
      fields.read(record, values);
      return values;
    }

    /** Done with the components {@link #open} read last. */
    public void close() {
      level--;
    }
  }
}
