package dev.vsplit.rules.schema;

import dev.vsplit.rules.admission.Admission;
import dev.vsplit.yaml.YamlEvents;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Whether a resource is certainly valid against its compiled CRD schema ({@link SchemaRule}), read
 * from the events of writing it ({@link dev.vsplit.yaml.YamlWriter#walk}): no tree is built. It
 * answers for everything {@link CrdSchemas} reports, the validator's errors as well as unknown
 * fields and the duration rule. It only ever says "certainly valid" or "maybe not": a value it does
 * not know how the validator takes (a {@code null}, a fraction where an integer is declared, a
 * format other than {@code int32} and {@code double}, a schema it cannot read) is a "maybe", and
 * then the full validator decides and words the problems. A mesh's resources are nearly all valid,
 * and are checked here alone.
 */
final class SchemaCheck extends YamlEvents {

  private static final int INT_MIN = Integer.MIN_VALUE;
  private static final int INT_MAX = Integer.MAX_VALUE;

  /** One mapping or sequence being read. */
  private static final class Frame {
    /** Its schema; null when nothing is checked inside it. */
    SchemaRule rule;

    /** Whether unknown fields and the duration rule are checked inside it. */
    boolean walked;

    /** The resource itself, whose apiVersion, kind and metadata are the API server's. */
    boolean root;

    /** The bits of the declared properties seen ({@link SchemaRule.Property#bit}). */
    long present;

    int items;
  }

  private Frame[] frames = new Frame[16];
  private int depth;

  /** The schema of the next value, null when nothing is checked there. */
  private SchemaRule next;

  /** Whether unknown fields and the duration rule are checked in the next value. */
  private boolean nextWalked;

  private boolean nextIsRoot;
  private boolean certain = true;

  SchemaCheck(SchemaRule root) {
    this.next = root;
    this.nextWalked = true;
    this.nextIsRoot = true;
  }

  /** Whether the resource walked is certainly valid. */
  boolean certainlyValid() {
    return certain;
  }

  private void maybeInvalid() {
    certain = false;
  }

  // ---------------------------------------------------------------------------------------------
  // containers

  @Override
  public void startMapping() {
    open(SchemaRule.OBJECT);
  }

  @Override
  public void emptyMapping() {
    open(SchemaRule.OBJECT);
    endMapping();
  }

  @Override
  public void startSequence() {
    open(SchemaRule.ARRAY);
  }

  @Override
  public void emptySequence() {
    open(SchemaRule.ARRAY);
    endSequence();
  }

  private void open(int kind) {
    SchemaRule rule = next;
    if (rule != null && !accepts(rule, kind)) {
      maybeInvalid();
      rule = null;
    }
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame frame = frames[depth];
    if (frame == null) {
      frame = frames[depth] = new Frame();
    }
    depth++;
    frame.rule = rule;
    frame.walked = rule != null && nextWalked && !rule.preserveUnknown;
    frame.root = nextIsRoot;
    frame.items = 0;
    frame.present = 0;
    nextIsRoot = false;
  }

  /** The checks of a schema that a container of this kind passes or fails before its contents. */
  static boolean accepts(SchemaRule rule, int kind) {
    if (rule.unsupported || rule.enumValues != null || rule.integerOrString) {
      return false;
    }
    if (rule.format != null && rule.type != kind) {
      return false; // a format on a type that does not apply: left to the validator
    }
    return rule.type == SchemaRule.ANY || rule.type == kind;
  }

  @Override
  public void key(String name) {
    Frame frame = frames[depth - 1];
    SchemaRule rule = frame.rule;
    if (rule == null) {
      next = null;
      return;
    }
    SchemaRule.Property property = rule.property(name);
    if (property != null) {
      frame.present |= property.bit();
    }
    SchemaRule child = rule.child(property);
    if (child == null) {
      boolean serversOwn =
          frame.root
              && (name.equals("apiVersion") || name.equals("kind") || name.equals("metadata"));
      if (rule.unknownFails(frame.walked, serversOwn)) {
        maybeInvalid(); // an unknown field: refused, or dropped by the API server
      }
      next = null;
      return;
    }
    next = child;
    nextWalked = frame.walked;
  }

  @Override
  public void endMapping() {
    Frame frame = frames[--depth];
    SchemaRule rule = frame.rule;
    if (rule == null) {
      return;
    }
    if (!rule.mappingHolds(frame.present)) {
      maybeInvalid();
    }
  }

  @Override
  public void item() {
    Frame frame = frames[depth - 1];
    frame.items++;
    SchemaRule rule = frame.rule;
    next = rule == null ? null : rule.items;
    nextWalked = frame.walked && next != null;
  }

  @Override
  public void endSequence() {
    Frame frame = frames[--depth];
    SchemaRule rule = frame.rule;
    if (rule != null
        && ((rule.minItems >= 0 && frame.items < rule.minItems)
            || (rule.maxItems >= 0 && frame.items > rule.maxItems))) {
      maybeInvalid();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // scalars

  @Override
  public void string(String value) {
    SchemaRule rule = next;
    if (rule == null) {
      return;
    }
    if (rule.unsupported
        || rule.format != null
        || (rule.type != SchemaRule.ANY && rule.type != SchemaRule.STRING)
        || (rule.enumValues != null && !rule.enumValues.contains(value))) {
      maybeInvalid();
      return;
    }
    if (rule.duration && nextWalked && !durationHolds(value)) {
      maybeInvalid();
    }
  }

  /** Whether a string is what the CEL rule {@link SchemaRule#CEL_DURATION} accepts. */
  static boolean durationHolds(String value) {
    OptionalLong nanos = Admission.durationNanos(value);
    return nanos.isPresent() && nanos.getAsLong() >= 1_000_000L;
  }

  @Override
  public void plain(String text) {
    SchemaRule rule = next;
    if (rule == null) {
      return;
    }
    if (rule.unsupported || rule.enumValues != null) {
      maybeInvalid();
      return;
    }
    // a whole number, the most written, is none of the words below
    boolean integer = isInteger(text);
    if (!integer && (text.equals("true") || text.equals("false"))) {
      if ((rule.type != SchemaRule.ANY && rule.type != SchemaRule.BOOLEAN)
          || rule.format != null
          || rule.integerOrString) {
        maybeInvalid();
      }
      return;
    }
    if (!integer && (text.equals("null") || text.endsWith("inf") || text.endsWith("nan"))) {
      maybeInvalid(); // null, or a number JSON has not
      return;
    }
    int type = rule.type;
    if (!(type == SchemaRule.NUMBER
        || (type == SchemaRule.INTEGER && integer)
        || (type == SchemaRule.ANY && (!rule.integerOrString || integer)))) {
      maybeInvalid();
      return;
    }
    if (rule.format != null && !formatHolds(rule.format, text, integer)) {
      maybeInvalid();
      return;
    }
    if (rule.minimum != null || rule.maximum != null) {
      if (integer && text.length() <= 18) {
        long value = Long.parseLong(text);
        if (value < rule.minimumLong || value > rule.maximumLong) {
          maybeInvalid();
        }
        return;
      }
      BigDecimal value = new BigDecimal(text);
      if ((rule.minimum != null && value.compareTo(rule.minimum) < 0)
          || (rule.maximum != null && value.compareTo(rule.maximum) > 0)) {
        maybeInvalid();
      }
    }
  }

  private static boolean formatHolds(String format, String text, boolean integer) {
    return switch (format) {
      case "int32" -> {
        if (!integer || text.length() > 11) {
          yield false;
        }
        long v = Long.parseLong(text);
        yield v >= INT_MIN && v <= INT_MAX;
      }
      case "double" -> true; // any JSON number
      default -> false;
    };
  }

  /** A whole number as written: digits, maybe a minus sign. */
  private static boolean isInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (start == text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
