package dev.vsplit.model;

import java.util.Objects;

/**
 * Istio's {@code StringMatch}: exactly one of {@code exact}, {@code prefix} or {@code regex}.
 *
 * <p>{@link Empty} is the object written as {@code {}}: Istio admits it and gives it a meaning of
 * its own (a header that is present, any path), so it is not the same as leaving the field out.
 */
public sealed interface StringMatch {

  /** The string that is compared, {@code ""} for {@link Empty}. */
  String value();

  /**
   * The YAML key: {@code exact}, {@code prefix}, {@code regex}, or {@code ""} for {@link Empty}.
   */
  String kind();

  static StringMatch exact(String value) {
    return new Exact(value);
  }

  static StringMatch prefix(String value) {
    return new Prefix(value);
  }

  static StringMatch regex(String value) {
    return new Regex(value);
  }

  static StringMatch empty() {
    return Empty.INSTANCE;
  }

  /** Go's {@code GetExact()}: the exact string, or {@code ""} when this is not an exact match. */
  default String exactOrEmpty() {
    return this instanceof Exact e ? e.value() : "";
  }

  /** Go's {@code GetPrefix()}. */
  default String prefixOrEmpty() {
    return this instanceof Prefix p ? p.value() : "";
  }

  /** Go's {@code GetRegex()}. */
  default String regexOrEmpty() {
    return this instanceof Regex r ? r.value() : "";
  }

  /** {@code exact: value}. */
  record Exact(String value) implements StringMatch {
    public Exact {
      Objects.requireNonNull(value, "exact");
    }

    @Override
    public String kind() {
      return "exact";
    }

    @Override
    public String toString() {
      return "exact \"" + value + "\"";
    }
  }

  /**
   * {@code prefix: value}; a plain string prefix, not a path segment ({@code /log} matches {@code
   * /login}).
   */
  record Prefix(String value) implements StringMatch {
    public Prefix {
      Objects.requireNonNull(value, "prefix");
    }

    @Override
    public String kind() {
      return "prefix";
    }

    @Override
    public String toString() {
      return "prefix \"" + value + "\"";
    }
  }

  /** {@code regex: value}, an RE2 expression that must match the whole string. */
  record Regex(String value) implements StringMatch {
    public Regex {
      Objects.requireNonNull(value, "regex");
    }

    @Override
    public String kind() {
      return "regex";
    }

    @Override
    public String toString() {
      return "regex \"" + value + "\"";
    }
  }

  /** {@code {}}: no value at all. */
  record Empty() implements StringMatch {
    static final Empty INSTANCE = new Empty();

    @Override
    public String value() {
      return "";
    }

    @Override
    public String kind() {
      return "";
    }

    @Override
    public String toString() {
      return "{}";
    }
  }
}
