package dev.vsplit.yaml;

import dev.vsplit.model.CorsPolicy;
import dev.vsplit.model.Delegate;
import dev.vsplit.model.Destination;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.HTTPBody;
import dev.vsplit.model.HTTPDirectResponse;
import dev.vsplit.model.HTTPFaultInjection;
import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPMirrorPolicy;
import dev.vsplit.model.HTTPRedirect;
import dev.vsplit.model.HTTPRetry;
import dev.vsplit.model.HTTPRewrite;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.HTTPRouteDestination;
import dev.vsplit.model.HeaderOperations;
import dev.vsplit.model.Headers;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.Percent;
import dev.vsplit.model.Port;
import dev.vsplit.model.PortSelector;
import dev.vsplit.model.RegexRewrite;
import dev.vsplit.model.Server;
import dev.vsplit.model.ServerTLSSettings;
import dev.vsplit.model.StringMatch;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A seeded generator of VirtualServices, built from the model records, with awkward strings (YAML
 * 1.1 and 1.2 look-alikes, indicators, control characters, line breaks, Unicode) and unmodelled
 * fields at every level.
 *
 * <p>Values are what a reader produces: an integer is an {@code Integer} when it fits, a {@code
 * Long} when it does not, a {@code BigInteger} beyond that; numbers with a fraction or an exponent
 * are {@code Double}s.
 */
final class RandomManifests {

  private static final String[] TRICKY = {
    "",
    " ",
    "*",
    "*.example.com",
    "on",
    "off",
    "yes",
    "No",
    "y",
    "n",
    "true",
    "False",
    "TRUE",
    "null",
    "Null",
    "~",
    "0",
    "-1",
    "+12",
    "0755",
    "0o17",
    "0x1F",
    "0X1f",
    "0b101",
    "1_000",
    "1e3",
    "1.5e3",
    ".5",
    "1.",
    "-.inf",
    ".NaN",
    "2025-01-01",
    "2025-01-01T10:00:00Z",
    "12:30",
    "<<",
    "=",
    "a: b",
    "a:b",
    "a #b",
    "#c",
    "- x",
    "? x",
    "!tag",
    "&anchor",
    "*alias",
    "|",
    ">",
    "%",
    "@x",
    "`x",
    "'q'",
    "\"q\"",
    "\\",
    "{a: 1}",
    "[a]",
    "---",
    "...",
    " lead",
    "trail ",
    "two\nlines",
    "two\nlines\n",
    "  indented\nfirst",
    "trailing\n\n",
    "\n",
    "cr\rlf",
    "tab\there",
    "\ttab",
    "bell\u0007",
    "esc\u001B",
    "del\u007F",
    "c1\u0090",
    "nel\u0085",
    "\u0085lead",
    "ls\u2028",
    "ps\u2029",
    "\uFEFFbom",
    "é",
    "日本語",
    "emoji \uD83D\uDE00",
    "\u00A0nbsp",
    "/api/v1",
    "^/api/(.*)$",
    "GET|HEAD",
    "reviews.prod.svc.cluster.local",
    "x-user",
    "v1"
  };

  private static final char[] CHARS =
      ("abcxyzXYZ019 -_.:/#?&*!|>'\"%@`{}[],\\=~+\t\n\r\u0007\u0085\u00A0\u2028\uFEFFéü日")
          .toCharArray();

  private final Random random;

  /**
   * Whether {@link #string} also makes the strings only a writer's own quoting rules care about
   * (see {@link #nastyString}), and lists have at most two items (many small resources rather than
   * a few large ones); off for the reader's tests, whose round trips such strings would not survive
   * (snakeyaml writes a lone surrogate as another character).
   */
  private final boolean nasty;

  RandomManifests(long seed) {
    this(seed, false);
  }

  RandomManifests(long seed, boolean nasty) {
    this.random = new Random(seed);
    this.nasty = nasty;
  }

  Gateway gateway() {
    String apiVersion = "networking.istio.io/" + pick("v1alpha3", "v1beta1", "v1");
    ObjectMeta meta =
        new ObjectMeta(
            dnsName(),
            maybe(() -> pick(dnsName(), "", string())),
            stringMap(),
            stringMap(),
            extra(Set.of("name", "namespace", "labels", "annotations")));
    GatewaySpec spec =
        new GatewaySpec(
            list(
                3,
                () ->
                    new Server(
                        maybe(
                            () ->
                                new Port(
                                    maybe(this::integer),
                                    maybe(this::string),
                                    maybe(this::string),
                                    maybe(this::integer),
                                    extra(fields(Port.class)))),
                        maybe(this::string),
                        strings(),
                        maybe(
                            () ->
                                new ServerTLSSettings(
                                    maybe(this::bool),
                                    maybe(this::string),
                                    maybe(this::string),
                                    maybe(this::string),
                                    maybe(this::string),
                                    maybe(this::string),
                                    strings(),
                                    maybe(this::string),
                                    maybe(this::string),
                                    strings(),
                                    extra(fields(ServerTLSSettings.class)))),
                        maybe(this::string),
                        maybe(this::string),
                        extra(fields(Server.class)))),
            stringMap(),
            extra(Set.of("servers", "selector")));
    return new Gateway(
        apiVersion, meta, spec, extra(Set.of("apiVersion", "kind", "metadata", "spec")));
  }

  VirtualService virtualService() {
    String apiVersion = "networking.istio.io/" + pick("v1alpha3", "v1beta1", "v1");
    ObjectMeta meta =
        new ObjectMeta(
            dnsName(),
            maybe(() -> pick(dnsName(), "", string())),
            stringMap(),
            stringMap(),
            extra(Set.of("name", "namespace", "labels", "annotations")));
    VirtualServiceSpec spec =
        new VirtualServiceSpec(
            strings(),
            strings(),
            list(4, this::route),
            plainList(),
            plainList(),
            strings(),
            extra(Set.of("hosts", "gateways", "http", "tls", "tcp", "exportTo")));
    return new VirtualService(
        apiVersion, meta, spec, extra(Set.of("apiVersion", "kind", "metadata", "spec")));
  }

  private HTTPRoute route() {
    return new HTTPRoute(
        maybe(this::string),
        list(3, this::match),
        list(3, this::routeDestination),
        maybe(
            () ->
                new HTTPRedirect(
                    maybe(this::string),
                    maybe(this::string),
                    maybe(this::integer),
                    maybe(this::string),
                    maybe(this::string),
                    maybe(this::integer),
                    extra(fields(HTTPRedirect.class)))),
        maybe(
            () ->
                new HTTPDirectResponse(
                    maybe(this::integer),
                    maybe(
                        () ->
                            new HTTPBody(
                                maybe(this::string),
                                maybe(this::string),
                                extra(fields(HTTPBody.class)))),
                    extra(fields(HTTPDirectResponse.class)))),
        maybe(
            () ->
                new Delegate(
                    maybe(this::string), maybe(this::string), extra(fields(Delegate.class)))),
        maybe(
            () ->
                new HTTPRewrite(
                    maybe(this::string),
                    maybe(this::string),
                    maybe(
                        () ->
                            new RegexRewrite(
                                maybe(this::string),
                                maybe(this::string),
                                extra(fields(RegexRewrite.class)))),
                    extra(fields(HTTPRewrite.class)))),
        maybe(this::string),
        maybe(
            () ->
                new HTTPRetry(
                    maybe(this::integer),
                    maybe(this::string),
                    maybe(this::string),
                    maybe(this::bool),
                    extra(fields(HTTPRetry.class)))),
        maybe(this::fault),
        maybe(this::destination),
        list(
            2,
            () ->
                new HTTPMirrorPolicy(
                    maybe(this::destination),
                    maybe(this::percent),
                    extra(fields(HTTPMirrorPolicy.class)))),
        maybe(this::percent),
        maybe(
            () ->
                new CorsPolicy(
                    list(2, this::stringMatch),
                    strings(),
                    strings(),
                    strings(),
                    maybe(this::string),
                    maybe(this::bool),
                    maybe(this::string),
                    extra(fields(CorsPolicy.class)))),
        maybe(this::headers),
        maybe(this::integer),
        extra(fields(HTTPRoute.class)));
  }

  private HTTPMatchRequest match() {
    return new HTTPMatchRequest(
        maybe(this::string),
        maybe(this::stringMatch),
        maybe(this::stringMatch),
        maybe(this::stringMatch),
        maybe(this::stringMatch),
        matchMap(),
        maybe(this::integer),
        stringMap(),
        strings(),
        matchMap(),
        maybe(this::bool),
        matchMap(),
        maybe(this::string),
        maybe(this::string),
        extra(fields(HTTPMatchRequest.class)));
  }

  private HTTPRouteDestination routeDestination() {
    return new HTTPRouteDestination(
        maybe(this::destination),
        maybe(this::integer),
        maybe(this::headers),
        extra(fields(HTTPRouteDestination.class)));
  }

  private Destination destination() {
    return new Destination(
        maybe(this::string),
        maybe(this::string),
        maybe(() -> new PortSelector(maybe(this::integer), extra(fields(PortSelector.class)))),
        extra(fields(Destination.class)));
  }

  private HTTPFaultInjection fault() {
    return new HTTPFaultInjection(
        maybe(
            () ->
                new HTTPFaultInjection.Delay(
                    maybe(this::string),
                    maybe(this::percent),
                    maybe(this::integer),
                    extra(fields(HTTPFaultInjection.Delay.class)))),
        maybe(
            () ->
                new HTTPFaultInjection.Abort(
                    maybe(this::integer),
                    maybe(this::string),
                    maybe(this::string),
                    maybe(this::percent),
                    extra(fields(HTTPFaultInjection.Abort.class)))),
        extra(fields(HTTPFaultInjection.class)));
  }

  private Headers headers() {
    Supplier<HeaderOperations> ops =
        () ->
            new HeaderOperations(
                stringMap(), stringMap(), strings(), extra(fields(HeaderOperations.class)));
    return new Headers(maybe(ops), maybe(ops), extra(fields(Headers.class)));
  }

  private Percent percent() {
    double value =
        switch (random.nextInt(6)) {
          case 0 -> 100.0;
          case 1 -> 12.5;
          case 2 -> random.nextInt(101);
          case 3 -> 0.1 + 0.2;
          case 4 -> pick(1e-7, 1e20, Double.NaN, Double.POSITIVE_INFINITY);
          default -> random.nextDouble() * 100;
        };
    return new Percent(random.nextInt(8) == 0 ? null : value, extra(Set.of("value")));
  }

  private StringMatch stringMatch() {
    return switch (random.nextInt(4)) {
      case 0 -> StringMatch.exact(string());
      case 1 -> StringMatch.prefix(string());
      case 2 -> StringMatch.regex(string());
      default -> StringMatch.empty();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // values

  String string() {
    if (nasty && random.nextInt(3) == 0) {
      return nastyString();
    }
    if (random.nextBoolean()) {
      return TRICKY[random.nextInt(TRICKY.length)];
    }
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      b.append(CHARS[random.nextInt(CHARS.length)]);
    }
    return b.toString();
  }

  /**
   * What only quoting rules care about: number and date look-alikes of every YAML 1.1 and 1.2 form,
   * reserved words in any case (and their non-ASCII look-alikes), indicators at the start and
   * inside, spaces and line breaks at the ends and around each other, every control character, lone
   * surrogates and pairs, non-characters, very long strings (and keys: a key of 128 characters or
   * more is written as {@code ? key}).
   */
  String nastyString() {
    switch (random.nextInt(9)) {
      case 0: // number, date and time look-alikes
        return from("0123456789_:.+-eExXbBoOaFfinINTt ", 1 + random.nextInt(9));
      case 1:
        return pick(
                "2025-01-01", "2025-1-1", "2025-12-31t1", "2025-01-01 x", "1:20", "190:20:30.15")
            + pick("", "", "0", ".", ":5", "_", " ", "x");
      case 2: // reserved words in any case, and look-alikes
        {
          String w = pick("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "<<");
          StringBuilder b = new StringBuilder();
          for (char c : w.toCharArray()) {
            b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
          }
          return pick(b.toString(), b + " ", "ye\u017f", "\u212a", "tru\u0131", b + "s");
        }
      case 3: // indicators and blanks in every position
        return from("#:-?,[]{}&*!|>'\"%@` \t\nab", 1 + random.nextInt(7));
      case 4: // any UTF-16 unit, lone surrogates included
        {
          StringBuilder b = new StringBuilder();
          for (int n = 1 + random.nextInt(6); n > 0; n--) {
            char c;
            if (random.nextInt(3) == 0) {
              c = (char) random.nextInt(0x100);
            } else if (random.nextInt(4) == 0) {
              c = "\uD83D\uDE00\uFFFE\uFFFF\uFEFF\u2028\u00A0".charAt(random.nextInt(7));
            } else {
              c = (char) random.nextInt(0x10000);
            }
            b.append(c);
          }
          return b.toString();
        }
      case 5: // supplementary code points
        return "x" + new String(Character.toChars(0x10000 + random.nextInt(0x100000))) + "y";
      case 6: // lines
        return from("ab \n", 1 + random.nextInt(12));
      case 7: // very long
        {
          StringBuilder b = new StringBuilder();
          int length = random.nextInt(10) == 0 ? pick(1000, 5000) : pick(100, 127, 128, 129, 200);
          while (b.length() < length) {
            b.append(random.nextBoolean() ? dnsName() : " ");
          }
          return b.substring(0, length);
        }
      default:
        return pick(
                "a", "a b", "a:", "a :b", "a #", "a#b", "-", "-a", "- a", "?", "? a", ":", ": a")
            + pick("", " ", "\n", ":", "'", "\"");
    }
  }

  private String from(String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private String dnsName() {
    StringBuilder b = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    for (int n = random.nextInt(10); n > 0; n--) {
      b.append("abcdefghijklmnopqrstuvwxyz0123456789-".charAt(random.nextInt(37)));
    }
    return b.toString();
  }

  private Integer integer() {
    return switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> pick(Integer.MAX_VALUE, Integer.MIN_VALUE, -1);
      default -> random.nextInt(100_000);
    };
  }

  private Boolean bool() {
    return random.nextBoolean();
  }

  private List<String> strings() {
    return list(3, this::string);
  }

  private Map<String, String> stringMap() {
    return map(3, this::string);
  }

  private Map<String, StringMatch> matchMap() {
    return map(3, this::stringMatch);
  }

  /** Unmodelled fields: names that are not the record's own, plain values. */
  private Map<String, Object> extra(Set<String> known) {
    if (random.nextInt(3) != 0) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      String key = random.nextBoolean() ? "future" + dnsName() : string();
      if (!known.contains(key)) {
        out.put(key, plain(2));
      }
    }
    return out;
  }

  private List<Object> plainList() {
    return random.nextInt(4) == 0 ? List.of() : list(2, () -> plainMap(2));
  }

  /** A value as a reader makes it for a field vsplit does not model: nested maps and lists. */
  Object plainValue() {
    return plain(3);
  }

  private Object plain(int depth) {
    int kind = random.nextInt(depth > 0 ? 10 : 8);
    return switch (kind) {
      case 0, 1 -> string();
      case 2 -> random.nextBoolean();
      case 3 -> null;
      case 4 -> random.nextInt(); // an Integer
      case 5 ->
          random.nextBoolean()
              ? (long) Integer.MAX_VALUE + 1 + random.nextInt(1000)
              : Long.MIN_VALUE;
      case 6 ->
          random.nextBoolean()
              ? new BigInteger("123456789012345678901234567890")
              : BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
      case 7 ->
          pick(
              1.0,
              2.5,
              -0.0,
              0.1 + 0.2,
              1e-7,
              1.0e20,
              Double.NaN,
              Double.NEGATIVE_INFINITY,
              random.nextDouble());
      case 8 -> plainMap(depth - 1);
      default -> list(3, () -> plain(depth - 1));
    };
  }

  private Map<String, Object> plainMap(int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int n = random.nextInt(4); n > 0; n--) {
      out.put(string(), plain(depth));
    }
    return out;
  }

  private <T> List<T> list(int max, Supplier<T> item) {
    List<T> out = new ArrayList<>();
    for (int n = random.nextInt((nasty ? Math.min(max, 2) : max) + 1); n > 0; n--) {
      out.add(item.get());
    }
    return out;
  }

  private <V> Map<String, V> map(int max, Supplier<V> value) {
    Map<String, V> out = new LinkedHashMap<>();
    for (int n = random.nextInt(max + 1); n > 0; n--) {
      out.put(string(), value.get());
    }
    return out;
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static final ClassValue<Set<String>> FIELDS =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .map(c -> c.getName())
              .collect(Collectors.toSet());
        }
      };

  private static Set<String> fields(Class<? extends Record> type) {
    return FIELDS.get(type);
  }
}
