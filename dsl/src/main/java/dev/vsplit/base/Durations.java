package dev.vsplit.base;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Durations as Istio reads and checks them. Istio decodes a duration field with the legacy {@code
 * jsonpb}, which uses Go's {@code time.ParseDuration} ({@code 1.5s}, {@code 2m}, {@code 1h30m}),
 * and then checks it with {@code agent.ValidateDuration}.
 */
public final class Durations {
  private Durations() {}

  private static final long MILLISECOND = 1_000_000L;
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(63); // 1<<63
  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L, // U+00B5 micro sign
          "\u03bcs", 1_000L, // U+03BC Greek small letter mu
          "ms", MILLISECOND,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  /** A duration that Go could not read; {@code text} is jsonpb's message. */
  public static final class BadDuration extends Exception {
    BadDuration(String text) {
      super(text, null, false, false);
    }
  }

  /**
   * Durations {@link #parse} read, by their text: a mesh writes the same few timeouts in many
   * routes, and each is read by the DSL, the admission checks and the schema check. Bounded: past
   * the bound, texts are read every time.
   */
  private static final BoundedCache<String, Long> READ = new BoundedCache<>(4096);

  /** Nanoseconds, as {@code time.ParseDuration} reads the text. */
  public static long parse(String orig) throws BadDuration {
    Long known = READ.get(orig);
    if (known != null) {
      return known;
    }
    long nanos = read(orig);
    READ.keep(orig, nanos);
    return nanos;
  }

  private static long read(String orig) throws BadDuration {
    String s = orig;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    BigInteger d = BigInteger.ZERO;
    while (!s.isEmpty()) {
      char c0 = s.charAt(0);
      if (!(c0 == '.' || (c0 >= '0' && c0 <= '9'))) {
        throw invalid(orig);
      }
      // [0-9]*
      int i = 0;
      BigInteger v = BigInteger.ZERO;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (v.compareTo(MAX.divide(BigInteger.TEN)) > 0) {
          throw invalid(orig); // overflow
        }
        v = v.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
        if (v.compareTo(MAX) > 0) {
          throw invalid(orig);
        }
        i++;
      }
      boolean pre = i > 0;
      s = s.substring(i);
      // (\.[0-9]*)?
      boolean post = false;
      BigInteger f = BigInteger.ZERO;
      double scale = 1;
      if (!s.isEmpty() && s.charAt(0) == '.') {
        s = s.substring(1);
        int j = 0;
        boolean overflow = false;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          if (!overflow) {
            if (f.compareTo(MAX.subtract(BigInteger.ONE).divide(BigInteger.TEN)) > 0) {
              overflow = true;
            } else {
              BigInteger y = f.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(j) - '0'));
              if (y.compareTo(MAX) > 0) {
                overflow = true;
              } else {
                f = y;
                scale *= 10;
              }
            }
          }
          j++;
        }
        post = j > 0;
        s = s.substring(j);
      }
      if (!pre && !post) {
        throw invalid(orig);
      }
      // unit
      int u = 0;
      while (u < s.length()
          && !(s.charAt(u) == '.' || (s.charAt(u) >= '0' && s.charAt(u) <= '9'))) {
        u++;
      }
      if (u == 0) {
        throw new BadDuration("time: missing unit in duration " + quote(orig));
      }
      String unitText = s.substring(0, u);
      s = s.substring(u);
      Long unit = UNITS.get(unitText);
      if (unit == null) {
        throw new BadDuration(
            "time: unknown unit " + quote(unitText) + " in duration " + quote(orig));
      }
      BigInteger bigUnit = BigInteger.valueOf(unit);
      if (v.compareTo(MAX.divide(bigUnit)) > 0) {
        throw invalid(orig);
      }
      v = v.multiply(bigUnit);
      if (f.signum() > 0) {
        double frac = f.doubleValue() * ((double) unit / scale);
        v = v.add(BigInteger.valueOf((long) frac));
        if (v.compareTo(MAX) > 0) {
          throw invalid(orig);
        }
      }
      d = d.add(v);
      if (d.compareTo(MAX) > 0) {
        throw invalid(orig);
      }
    }
    if (neg) {
      return d.negate().longValue();
    }
    if (d.compareTo(MAX.subtract(BigInteger.ONE)) > 0) {
      throw invalid(orig);
    }
    return d.longValue();
  }

  private static BadDuration invalid(String orig) {
    return new BadDuration("time: invalid duration " + quote(orig));
  }

  /** The {@code time} package's own quoting: bytes outside printable ASCII as {@code \xNN}. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (byte raw : s.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xFF;
      if (c >= 0x80 || c < ' ') {
        b.append(String.format("\\x%02x", c));
      } else {
        if (c == '"' || c == '\\') {
          b.append('\\');
        }
        b.append((char) c);
      }
    }
    return b.append('"').toString();
  }

  /**
   * {@code agent.ValidateDuration} of a duration field: Istio's text, or {@code null} when valid. A
   * text Go cannot read as a duration yields jsonpb's {@code bad Duration: ...}.
   */
  public static String validate(String text) {
    try {
      return validate(parse(text));
    } catch (BadDuration e) {
      return "bad Duration: " + e.getMessage();
    }
  }

  public static String validate(long nanos) {
    if (nanos < MILLISECOND) {
      return "duration must be greater than 1ms";
    }
    if (nanos % MILLISECOND != 0) {
      return "only durations to ms precision are supported";
    }
    return null;
  }

  /** Unit spellings people write, by the unit Go reads. */
  private static final Map<String, String> SPELLINGS =
      Map.ofEntries(
          Map.entry("sec", "s"),
          Map.entry("secs", "s"),
          Map.entry("second", "s"),
          Map.entry("seconds", "s"),
          Map.entry("msec", "ms"),
          Map.entry("msecs", "ms"),
          Map.entry("milli", "ms"),
          Map.entry("millis", "ms"),
          Map.entry("millisecond", "ms"),
          Map.entry("milliseconds", "ms"),
          Map.entry("min", "m"),
          Map.entry("mins", "m"),
          Map.entry("minute", "m"),
          Map.entry("minutes", "m"),
          Map.entry("hr", "h"),
          Map.entry("hrs", "h"),
          Map.entry("hour", "h"),
          Map.entry("hours", "h"),
          Map.entry("micros", "us"),
          Map.entry("microsecond", "us"),
          Map.entry("microseconds", "us"),
          Map.entry("nanos", "ns"),
          Map.entry("nanosecond", "ns"),
          Map.entry("nanoseconds", "ns"));

  /**
   * What the author probably meant by a duration Istio refuses: {@code 30s} for {@code 30sec},
   * {@code 30 s} or {@code 30S}, {@code 30s} for a bare {@code 30} (Go wants a unit).
   *
   * @param text the duration as written
   * @return a duration Istio accepts, or {@code null} when none is a safe guess
   */
  public static String suggest(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      if (i == start) {
        return null;
      }
      String number = s.substring(start, i);
      int unitStart = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      String unit = s.substring(unitStart, i);
      if (unit.isEmpty()) {
        unit = "s";
      } else if (!UNITS.containsKey(unit)) {
        unit = SPELLINGS.get(unit);
        if (unit == null) {
          return null;
        }
      }
      out.append(number).append(unit);
    }
    String guess = out.toString();
    return !guess.equals(text) && validate(guess) == null ? guess : null;
  }

  /**
   * A Java duration in the form Istio reads ({@code 5s}, {@code 250ms}, {@code 1500us}), exactly:
   * the largest unit that divides it.
   */
  public static String format(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("a duration cannot be negative: " + d);
    }
    long nanos = d.toNanos();
    if (nanos % 1_000_000_000L == 0) {
      return (nanos / 1_000_000_000L) + "s";
    }
    if (nanos % 1_000_000L == 0) {
      return (nanos / 1_000_000L) + "ms";
    }
    if (nanos % 1_000L == 0) {
      return (nanos / 1_000L) + "us";
    }
    return nanos + "ns";
  }
}
