package dev.vsplit.rules.schema;

import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.yaml.RecordFields;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CRD schema check compiled against the Java types of the model: for each record class and
 * schema ({@link SchemaRule}) a record meets, a plan of only the checks that a value of those types
 * can fail (a required field unset, an enum, a duration, a number's range, "at most one of", an
 * unknown field...), made once. A String under a plain string schema, a whole number under {@code
 * int32}, a subtree no schema describes: nothing there can fail, and it is not read.
 *
 * <p>It reads a resource as {@link dev.vsplit.yaml.YamlWriter} writes it under {@code KEEP}, and
 * answers "certainly valid" only where {@link SchemaCheck} over that writer's events would: a
 * resource with a value it does not expect (an {@code extra} field, a type the model does not
 * declare, a {@code null} in a list, a schema it cannot read) is "not certain", and the event walk
 * decides. A test compares the two answers on every resource the tests have and on random ones.
 */
final class CompiledCheck {

  private final SchemaRule root;

  /** The plan of each resource class, made the first time one is checked. */
  private final Map<Class<?>, Plan> resources = new ConcurrentHashMap<>();

  /** Plans by their Java type, schema and walk flag, while plans are made (under this lock). */
  private final Map<PlanKey, Plan> made = new HashMap<>();

  private int building;

  CompiledCheck(SchemaRule root) {
    this.root = root;
  }

  /** Whether the resource is certainly valid; false means "ask the event walk". */
  boolean certainlyValid(IstioResource resource) {
    Plan plan = resources.get(resource.getClass());
    if (plan == null) {
      plan = resources.computeIfAbsent(resource.getClass(), this::resourcePlan);
    }
    return plan.holds(resource, READING.get());
  }

  /**
   * Each thread's arrays for the components it reads, reused from resource to resource: a mesh is
   * thousands of resources, and a set of arrays for each was all this check allocated.
   */
  private static final ThreadLocal<RecordFields.Levels> READING =
      ThreadLocal.withInitial(RecordFields.Levels::new);

  // ---------------------------------------------------------------------------------------------
  // plans

  /** What a value of one Java type, under one schema, can fail. */
  abstract static class Plan {
    /** The class a value must have (checked for items of lists and values of maps); null: any. */
    final Class<?> expected;

    /** Whether nothing in a value of {@link #expected} can fail: it is not read at all. */
    final boolean cannotFail;

    Plan(Class<?> expected, boolean cannotFail) {
      this.expected = expected;
      this.cannotFail = cannotFail;
    }

    /** Whether the value (not null, of {@link #expected}) certainly passes. */
    abstract boolean holds(Object value, RecordFields.Levels reading);

    /** An item of a list or a value of a map: not null, of the expected class, and passes. */
    final boolean holdsAsElement(Object value, RecordFields.Levels reading) {
      if (value == null || (expected != null && !expected.isInstance(value))) {
        return false;
      }
      return cannotFail || holds(value, reading);
    }
  }

  /** Where no schema applies: nothing is checked, whatever the value. */
  static final Plan NOTHING_CHECKED =
      new Plan(null, true) {
        @Override
        boolean holds(Object value, RecordFields.Levels reading) {
          return true;
        }
      };

  /** A value the plan cannot answer for, or that surely fails: left to the event walk. */
  static final Plan NOT_CERTAIN =
      new Plan(null, false) {
        @Override
        boolean holds(Object value, RecordFields.Levels reading) {
          return false;
        }
      };

  private record PlanKey(Type type, SchemaRule rule, boolean walked) {}

  /**
   * The plan of a value of {@code type} under {@code rule}; {@code walked}: whether unknown fields
   * and the duration rule are checked there (as {@link SchemaCheck}'s "next walked").
   */
  private Plan plan(Type type, SchemaRule rule, boolean walked) {
    if (rule == null) {
      return NOTHING_CHECKED;
    }
    PlanKey key = new PlanKey(type, rule, walked);
    Plan plan = made.get(key);
    if (plan == null) {
      if (building > 64) {
        return NOT_CERTAIN; // a model this deep is not the one vsplit has
      }
      building++;
      try {
        plan = newPlan(type, rule, walked);
      } finally {
        building--;
      }
      made.put(key, plan);
    }
    return plan;
  }

  private Plan newPlan(Type type, SchemaRule rule, boolean walked) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class && args[0] instanceof Class<?>) {
        return list(args[0], rule, walked);
      }
      if (raw == Map.class && args[0] == String.class && args[1] instanceof Class<?>) {
        return map(args[1], rule, walked);
      }
      return NOT_CERTAIN;
    }
    if (!(type instanceof Class<?> c)) {
      return NOT_CERTAIN;
    }
    if (c == String.class) {
      return StringPlan.of(rule, walked);
    }
    if (c == Integer.class || c == Long.class || c == Double.class) {
      return new NumberPlan(c, rule);
    }
    if (c == Boolean.class) {
      boolean ok =
          !rule.unsupported
              && rule.enumValues == null
              && (rule.type == SchemaRule.ANY || rule.type == SchemaRule.BOOLEAN)
              && rule.format == null
              && !rule.integerOrString;
      return ok
          ? new Plan(Boolean.class, true) {
            @Override
            boolean holds(Object value, RecordFields.Levels reading) {
              return true;
            }
          }
          : NOT_CERTAIN;
    }
    if (c == StringMatch.class) {
      boolean inside = walked && !rule.preserveUnknown;
      Slot[] kinds = new Slot[3];
      String[] keys = {"exact", "prefix", "regex"};
      for (int k = 0; k < 3; k++) {
        kinds[k] = slot(rule, keys[k], false, inside, Shape.VALUE, String.class);
      }
      return new MatchPlan(rule, kinds);
    }
    if (c.isRecord()
        && !IstioResource.class.isAssignableFrom(c)
        && !StringMatch.class.isAssignableFrom(c)) {
      return record(c, rule, walked);
    }
    return NOT_CERTAIN;
  }

  /** A string: its type, enum and duration. */
  static final class StringPlan extends Plan {
    private final SchemaRule rule;
    private final boolean duration;

    private StringPlan(SchemaRule rule, boolean duration) {
      super(String.class, rule.enumValues == null && !duration);
      this.rule = rule;
      this.duration = duration;
    }

    static Plan of(SchemaRule rule, boolean walked) {
      if (rule.unsupported
          || rule.format != null
          || (rule.type != SchemaRule.ANY && rule.type != SchemaRule.STRING)) {
        return NOT_CERTAIN;
      }
      return new StringPlan(rule, rule.duration && walked);
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      String s = (String) value;
      if (rule.enumValues != null && !rule.enumValues.contains(s)) {
        return false;
      }
      return !duration || SchemaCheck.durationHolds(s);
    }
  }

  /**
   * An Integer, Long or Double, as the writer writes it: a whole number below 10^15 without a
   * fraction, others as {@link Double#toString}.
   */
  static final class NumberPlan extends Plan {
    private final SchemaRule rule;

    /** Whether a whole number can pass, before its range. */
    private final boolean wholeOk;

    private final boolean int32;

    /** Whether a number with a fraction (a Double) can pass, before its range. */
    private final boolean fractionOk;

    NumberPlan(Class<?> type, SchemaRule rule) {
      super(type, false);
      this.rule = rule;
      boolean common = !rule.unsupported && rule.enumValues == null;
      String format = rule.format;
      this.wholeOk =
          common
              && (rule.type == SchemaRule.NUMBER
                  || rule.type == SchemaRule.INTEGER
                  || rule.type == SchemaRule.ANY)
              && (format == null || format.equals("int32") || format.equals("double"));
      this.int32 = "int32".equals(format);
      this.fractionOk =
          common
              && (rule.type == SchemaRule.NUMBER
                  || (rule.type == SchemaRule.ANY && !rule.integerOrString))
              && (format == null || format.equals("double"));
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      if (value instanceof Integer i) {
        return whole(i);
      }
      if (value instanceof Long l) {
        return whole(l);
      }
      double d = (Double) value;
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        return whole((long) d);
      }
      if (!fractionOk || Double.isNaN(d) || Double.isInfinite(d)) {
        return false;
      }
      if (rule.minimum == null && rule.maximum == null) {
        return true;
      }
      BigDecimal v = new BigDecimal(Double.toString(d));
      return (rule.minimum == null || v.compareTo(rule.minimum) >= 0)
          && (rule.maximum == null || v.compareTo(rule.maximum) <= 0);
    }

    private boolean whole(long v) {
      return wholeOk
          && (!int32 || (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE))
          && v >= rule.minimumLong
          && v <= rule.maximumLong;
    }
  }

  /** A string match: {@code {}}, or one of {@code exact}, {@code prefix}, {@code regex}. */
  static final class MatchPlan extends Plan {
    private final boolean emptyOk;
    private final boolean[] kindOk = new boolean[3];
    private final Plan[] values = new Plan[3];

    /** The plan under {@code rule}; {@code kinds}: the slots of exact, prefix and regex in it. */
    MatchPlan(SchemaRule rule, Slot[] kinds) {
      super(StringMatch.class, false);
      boolean accepts = SchemaCheck.accepts(rule, SchemaRule.OBJECT);
      emptyOk = accepts && rule.mappingHolds(0);
      for (int k = 0; k < 3; k++) {
        kindOk[k] = accepts && !kinds[k].unknownFails && rule.mappingHolds(kinds[k].bit);
        values[k] = kinds[k].plan;
      }
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      int k;
      if (value instanceof StringMatch.Exact) {
        k = 0;
      } else if (value instanceof StringMatch.Prefix) {
        k = 1;
      } else if (value instanceof StringMatch.Regex) {
        k = 2;
      } else {
        return value instanceof StringMatch.Empty && emptyOk;
      }
      String s = ((StringMatch) value).value();
      return kindOk[k] && s != null && (values[k].cannotFail || values[k].holds(s, reading));
    }
  }

  /** How a component is written, which decides whether it is. */
  private enum Shape {
    /** Not written (where the record was read). */
    SKIPPED,
    /** The {@code extra} map: any entry makes the record "not certain". */
    EXTRA,
    /** Written when not null. */
    VALUE,
    /** Written when not empty. */
    LIST,
    /** Written when not empty (its values are never null: the model refuses them). */
    MAP
  }

  /** A component of a record under its mapping's schema. */
  private record Slot(Shape shape, long bit, boolean unknownFails, Plan plan) {}

  /** A record: its mapping's required fields, "at most one of" groups, unknown fields. */
  static final class RecordPlan extends Plan {
    private final RecordFields fields;
    private final Slot[] slots;
    private final SchemaRule rule;

    RecordPlan(Class<?> type, RecordFields fields, Slot[] slots, SchemaRule rule) {
      super(type, false);
      this.fields = fields;
      this.slots = slots;
      this.rule = rule;
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      Object[] values = reading.open(fields, value);
      try {
        long present = 0;
        for (int i = 0; i < slots.length; i++) {
          Object v = values[i];
          if (v == null) {
            continue;
          }
          Slot slot = slots[i];
          switch (slot.shape) {
            case SKIPPED -> {
              continue;
            }
            case EXTRA -> {
              if (!((Map<?, ?>) v).isEmpty()) {
                return false; // written as read: the event walk knows how
              }
              continue;
            }
            case LIST -> {
              if (((List<?>) v).isEmpty()) {
                continue;
              }
            }
            case MAP -> {
              if (((Map<?, ?>) v).isEmpty()) {
                continue;
              }
            }
            case VALUE -> {}
          }
          if (slot.unknownFails) {
            return false;
          }
          present |= slot.bit;
          Plan plan = slot.plan;
          if (!plan.cannotFail && !plan.holds(v, reading)) {
            return false;
          }
        }
        return rule.mappingHolds(present);
      } finally {
        reading.close();
      }
    }
  }

  private Plan record(Class<?> type, SchemaRule rule, boolean walked) {
    if (!SchemaCheck.accepts(rule, SchemaRule.OBJECT)) {
      return NOT_CERTAIN;
    }
    boolean inside = walked && !rule.preserveUnknown;
    RecordFields fields = RecordFields.of(type);
    Slot[] slots = new Slot[fields.size()];
    for (int i = 0; i < slots.length; i++) {
      if (i == fields.locationIndex()) {
        slots[i] = new Slot(Shape.SKIPPED, 0, false, NOTHING_CHECKED);
        continue;
      }
      if (i == fields.extraIndex()) {
        slots[i] = new Slot(Shape.EXTRA, 0, false, NOTHING_CHECKED);
        continue;
      }
      Type component = fields.type(i);
      Class<?> raw =
          component instanceof ParameterizedType p
              ? (Class<?>) p.getRawType()
              : (Class<?>) component;
      Shape shape = raw == List.class ? Shape.LIST : raw == Map.class ? Shape.MAP : Shape.VALUE;
      slots[i] = slot(rule, fields.key(i), false, inside, shape, component);
    }
    return new RecordPlan(type, fields, slots, rule);
  }

  /** A field of a mapping under {@code rule}: its bit, whether it is unknown there, its plan. */
  private Slot slot(
      SchemaRule rule, String key, boolean serversOwn, boolean inside, Shape shape, Type type) {
    SchemaRule.Property property = rule.property(key);
    long bit = property == null ? 0 : property.bit();
    SchemaRule child = rule.child(property);
    boolean unknownFails = child == null && rule.unknownFails(inside, serversOwn);
    return new Slot(shape, bit, unknownFails, plan(type, child, inside));
  }

  /** A non-empty list: its length, then each item. */
  static final class ListPlan extends Plan {
    private final int minItems;
    private final int maxItems;
    private final Plan items;

    ListPlan(SchemaRule rule, Plan items) {
      super(List.class, false);
      this.minItems = rule.minItems;
      this.maxItems = rule.maxItems;
      this.items = items;
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      List<?> list = (List<?>) value;
      int n = list.size();
      if ((minItems >= 0 && n < minItems) || (maxItems >= 0 && n > maxItems)) {
        return false;
      }
      if (items == NOTHING_CHECKED) {
        return true;
      }
      if (list instanceof RandomAccess) {
        for (int i = 0; i < n; i++) {
          if (!items.holdsAsElement(list.get(i), reading)) {
            return false;
          }
        }
        return true;
      }
      for (Object item : list) {
        if (!items.holdsAsElement(item, reading)) {
          return false;
        }
      }
      return true;
    }
  }

  private Plan list(Type element, SchemaRule rule, boolean walked) {
    if (!SchemaCheck.accepts(rule, SchemaRule.ARRAY)) {
      return NOT_CERTAIN;
    }
    boolean inside = walked && !rule.preserveUnknown;
    SchemaRule items = rule.items;
    Class<?> type = (Class<?>) element;
    if (type == List.class || type == Map.class || type == Object.class) {
      return items == null ? new ListPlan(rule, NOTHING_CHECKED) : NOT_CERTAIN;
    }
    return new ListPlan(rule, plan(element, items, inside && items != null));
  }

  /** A non-empty map of strings to values: each key is unknown or has the map's value schema. */
  static final class MapPlan extends Plan {
    private final boolean unknownFails;
    private final Plan values;

    MapPlan(boolean unknownFails, Plan values) {
      super(Map.class, false);
      this.unknownFails = unknownFails;
      this.values = values;
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      if (unknownFails) {
        return false;
      }
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String) || e.getValue() == null) {
          return false; // written otherwise: the event walk knows how
        }
        if (values != NOTHING_CHECKED && !values.holdsAsElement(e.getValue(), reading)) {
          return false;
        }
      }
      return true;
    }
  }

  private Plan map(Type value, SchemaRule rule, boolean walked) {
    if (!SchemaCheck.accepts(rule, SchemaRule.OBJECT)
        || rule.properties != null
        || rule.requiredBits != 0
        || rule.atMostOneBits.length != 0) {
      return NOT_CERTAIN; // a map whose keys are declared fields: not in Istio's schemas
    }
    boolean inside = walked && !rule.preserveUnknown;
    SchemaRule child = rule.child(null);
    Class<?> type = (Class<?>) value;
    if (child != null && (type == List.class || type == Map.class || type == Object.class)) {
      return NOT_CERTAIN;
    }
    return new MapPlan(
        child == null && rule.unknownFails(inside, false), plan(value, child, inside));
  }

  // ---------------------------------------------------------------------------------------------
  // resources

  /** A resource: apiVersion, kind, metadata and spec, the first three the API server's. */
  static final class ResourcePlan extends Plan {
    private final Slot apiVersion;
    private final Slot kind;
    private final Slot metadata;
    private final Slot spec;

    /** Whether {@code spec: {}} (written for a resource without one) passes. */
    private final boolean emptySpecOk;

    private final SchemaRule rule;

    ResourcePlan(
        Class<?> type,
        SchemaRule rule,
        Slot apiVersion,
        Slot kind,
        Slot metadata,
        Slot spec,
        boolean emptySpecOk) {
      super(type, false);
      this.apiVersion = apiVersion;
      this.kind = kind;
      this.metadata = metadata;
      this.spec = spec;
      this.emptySpecOk = emptySpecOk;
      this.rule = rule;
    }

    @Override
    boolean holds(Object value, RecordFields.Levels reading) {
      IstioResource resource = (IstioResource) value;
      if (!resource.extra().isEmpty()) {
        return false;
      }
      if (!serversString(apiVersion, resource.apiVersion(), reading)
          || !serversString(kind, resource.kind(), reading)) {
        return false;
      }
      long present = apiVersion.bit | kind.bit;
      Object meta = resource.metadata();
      if (meta != null) {
        if (metadata.unknownFails) {
          return false;
        }
        present |= metadata.bit;
        if (!metadata.plan.holdsAsElement(meta, reading)) {
          return false;
        }
      }
      Object specValue =
          resource instanceof VirtualService vs ? vs.spec() : ((Gateway) resource).spec();
      if (spec.unknownFails) {
        return false;
      }
      present |= spec.bit;
      if (specValue == null ? !emptySpecOk : !spec.plan.holdsAsElement(specValue, reading)) {
        return false;
      }
      return rule.mappingHolds(present);
    }
  }

  /** {@code apiVersion} or {@code kind}: a string, or null written as {@code null}. */
  private static boolean serversString(Slot slot, String value, RecordFields.Levels reading) {
    if (slot.unknownFails) {
      return false;
    }
    return value == null ? slot.plan == NOTHING_CHECKED : slot.plan.holdsAsElement(value, reading);
  }

  private synchronized Plan resourcePlan(Class<?> type) {
    Class<?> specType;
    if (type == VirtualService.class) {
      specType = VirtualServiceSpec.class;
    } else if (type == Gateway.class) {
      specType = GatewaySpec.class;
    } else {
      return NOT_CERTAIN;
    }
    SchemaRule rule = root;
    if (!SchemaCheck.accepts(rule, SchemaRule.OBJECT)) {
      return NOT_CERTAIN;
    }
    boolean inside = !rule.preserveUnknown;
    Slot specSlot = slot(rule, "spec", false, inside, Shape.VALUE, specType);
    SchemaRule specRule = rule.child(rule.property("spec"));
    boolean emptySpecOk =
        specRule == null
            || (SchemaCheck.accepts(specRule, SchemaRule.OBJECT) && specRule.mappingHolds(0));
    return new ResourcePlan(
        type,
        rule,
        slot(rule, "apiVersion", true, inside, Shape.VALUE, String.class),
        slot(rule, "kind", true, inside, Shape.VALUE, String.class),
        slot(rule, "metadata", true, inside, Shape.VALUE, ObjectMeta.class),
        specSlot,
        emptySpecOk);
  }
}
