package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Which routes of a VirtualService never match because earlier routes take every request they
 * would: each match of the route is covered by the union of the earlier routes' matches, or can
 * match nothing at all (its header conditions contradict each other).
 *
 * <p>The answer is sound (a route reported is never the first to match any request) and exact (a
 * route not reported is the first to match some request) except where it says nothing rather than
 * guess: a regex it cannot compare, {@code ignoreUriCase} against case-sensitive matches, more than
 * {@value #MAX_COMBINATIONS} header cases, and three readings it keeps on the safe side, so that it
 * stays sound whichever way Envoy and Istio read them: a later match's {@code withoutHeaders} is
 * taken to admit a missing header, an earlier match is held to its source conditions even when it
 * names gateways, and a match without gateways is not covered by matches that name them. It reasons
 * per field, as Envoy matches:
 *
 * <ul>
 *   <li>path, method, scheme, authority, port, query parameters, source namespace and labels: an
 *       earlier match can only help cover a later one if, on each of these fields, it admits every
 *       value the later one does (prefix or exact containment, a weaker or absent condition). Their
 *       values are unbounded, so no union of narrower conditions covers a wider one.
 *   <li>headers: {@code withoutHeaders} can split a header's values between routes (present and
 *       absent, one value and all others), so headers are decided by trying one representative
 *       value of every distinct case (absent, each constant written, each constant extended, a
 *       fresh value).
 *   <li>gateways: per gateway a match names. A match without gateways is never taken as covered by
 *       matches that name gateways, even when those name all the VirtualService's gateways.
 * </ul>
 *
 * <p>Candidate earlier matches are found through a {@link MatchIndex} (by path prefix and exact
 * path), so a VirtualService with {@code n} routes costs about {@code n} times the path length, not
 * {@code n²}, when most matches have a path.
 */
public final class Shadowing {

  /** The most header combinations tried for one match before giving up (and saying nothing). */
  static final int MAX_COMBINATIONS = 20_000;

  private static final String ABSENT = null;
  private static final String ANY_OTHER_GATEWAY = "\u0000any-other-gateway";

  private Shadowing() {}

  /** Whether a value tried is {@link #ABSENT}: the request does not carry the header. */
  private static boolean absent(String value) {
    return value == null;
  }

  /**
   * A route that never matches.
   *
   * @param route its position in the route list
   * @param by the earlier routes that together take every request it would, by position; empty when
   *     the route can match nothing on its own
   * @param contradictory which of its matches (by index; 0 for a route without matches) can match
   *     no request at all
   */
  public record Shadow(int route, List<Integer> by, List<Integer> contradictory) {
    public Shadow {
      by = List.copyOf(by);
      contradictory = List.copyOf(contradictory);
    }
  }

  /** The shadowed routes of an effective VirtualService, in order. */
  public static List<Shadow> find(EffectiveVirtualService vs) {
    return find(vs.http());
  }

  /** The shadowed routes of a route list evaluated first to last, in order. */
  public static List<Shadow> find(List<HTTPRoute> routes) {
    MatchIndex<Integer> earlier = new MatchIndex<>();
    Candidates candidates = new Candidates();
    List<Shadow> out = new ArrayList<>();
    for (int k = 0; k < routes.size(); k++) {
      List<HTTPMatchRequest> matches = matchesOf(routes.get(k));
      Set<Integer> by = null; // made for the few routes whose first match is covered
      List<Integer> contradictory = null;
      boolean shadowed = true;
      for (int j = 0; j < matches.size() && shadowed; j++) {
        HTTPMatchRequest b = matches.get(j);
        if (contradictory(b)) {
          if (contradictory == null) {
            contradictory = new ArrayList<>();
          }
          contradictory.add(j);
          continue;
        }
        Set<Integer> covering = covering(b, earlier, candidates);
        if (covering == null) {
          shadowed = false;
        } else {
          if (by == null) {
            by = new TreeSet<>();
          }
          by.addAll(covering);
        }
      }
      if (shadowed) {
        out.add(
            new Shadow(
                k,
                by == null ? List.of() : List.copyOf(by),
                contradictory == null ? List.of() : contradictory));
      }
      for (HTTPMatchRequest m : matches) {
        earlier.add(m, k);
      }
    }
    return out;
  }

  private static List<HTTPMatchRequest> matchesOf(HTTPRoute route) {
    return route.match().isEmpty() ? List.of(HTTPMatchRequest.EMPTY) : route.match();
  }

  private record Candidate(HTTPMatchRequest match, int route) {}

  /**
   * The earlier matches that contain one match on its unsplit fields: one collector and one list
   * for every lookup of a route list, most of which find none.
   */
  private static final class Candidates implements BiConsumer<HTTPMatchRequest, Integer> {
    final List<Candidate> list = new ArrayList<>();
    private HTTPMatchRequest b;

    void collect(HTTPMatchRequest b, MatchIndex<Integer> earlier) {
      list.clear();
      this.b = b;
      earlier.forEachPossibleContainer(b, this);
    }

    @Override
    public void accept(HTTPMatchRequest a, Integer route) {
      if (containsOnUnsplitFields(a, b)) {
        list.add(new Candidate(a, route));
      }
    }
  }

  /**
   * The earlier routes whose matches together admit every request {@code b} admits, or {@code null}
   * when they do not (or it cannot be decided).
   */
  private static Set<Integer> covering(
      HTTPMatchRequest b, MatchIndex<Integer> earlier, Candidates found) {
    found.collect(b, earlier);
    if (found.list.isEmpty()) {
      return null;
    }
    List<Candidate> candidates = found.list; // sorted in place: the next lookup clears it
    candidates.sort((x, y) -> Integer.compare(x.route(), y.route()));
    List<String> gateways =
        b.gateways().isEmpty()
            ? List.of(ANY_OTHER_GATEWAY)
            : new ArrayList<>(new LinkedHashSet<>(b.gateways()));
    Set<Integer> by = new TreeSet<>();
    for (String g : gateways) {
      List<Candidate> through = new ArrayList<>();
      for (Candidate c : candidates) {
        if (c.match().gateways().isEmpty() || c.match().gateways().contains(g)) {
          through.add(c);
        }
      }
      Set<Integer> covering = coveringByHeaders(b, through);
      if (covering == null) {
        return null;
      }
      by.addAll(covering);
    }
    return by;
  }

  // ---------------------------------------------------------------------------------------------
  // fields no union can cover: containment, one candidate at a time

  /**
   * Whether {@code a} admits every value {@code b} admits on the path, method, scheme, authority,
   * port, query parameters and source. (Gateways and headers are decided across candidates.)
   */
  static boolean containsOnUnsplitFields(HTTPMatchRequest a, HTTPMatchRequest b) {
    if (!a.extra().isEmpty()) {
      return false; // a condition vsplit does not model
    }
    if (!uriContains(a, b)
        || !pseudoContains(a.method(), b.method())
        || !pseudoContains(a.scheme(), b.scheme())
        || !pseudoContains(a.authority(), b.authority())) {
      return false;
    }
    if (a.portNumber() != 0 && a.portNumber() != b.portNumber()) {
      return false;
    }
    for (var e : a.queryParams().entrySet()) {
      if (!presentValueContains(e.getValue(), b.queryParams().get(e.getKey()))) {
        return false;
      }
    }
    // Istio ignores a match's source conditions when it names gateways: b admits any source then.
    // An earlier match is held to its source conditions in every case (never more than it admits).
    boolean bSourceFree = !b.gateways().isEmpty();
    String ns = a.sourceNamespace();
    if (ns != null && !ns.isEmpty() && (bSourceFree || !ns.equals(b.sourceNamespace()))) {
      return false;
    }
    for (var e : a.sourceLabels().entrySet()) {
      if (bSourceFree || !e.getValue().equals(b.sourceLabels().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean uriContains(HTTPMatchRequest a, HTTPMatchRequest b) {
    StringMatch au = a.uri();
    if (au == null || au instanceof StringMatch.Empty) {
      return true;
    }
    if (au instanceof StringMatch.Prefix p && (p.value().isEmpty() || p.value().equals("/"))) {
      return true; // every path starts with "/"
    }
    StringMatch bu = b.uri();
    if (bu == null || bu instanceof StringMatch.Empty) {
      return false;
    }
    boolean aFold = a.ignoresUriCase() && !(au instanceof StringMatch.Regex);
    boolean bFold = b.ignoresUriCase() && !(bu instanceof StringMatch.Regex);
    return stringContains(au, aFold, bu, bFold);
  }

  /**
   * {@code :method}, {@code :scheme}, {@code :authority}: always present, so {@code {}} admits all.
   */
  private static boolean pseudoContains(StringMatch a, StringMatch b) {
    if (a == null || RequestMatching.isPresentMatch(a)) {
      return true;
    }
    if (b == null || RequestMatching.isPresentMatch(b)) {
      return false;
    }
    return stringContains(a, false, b, false);
  }

  /**
   * A condition on a value that must be present (a query parameter, a positive header condition).
   */
  private static boolean presentValueContains(StringMatch a, StringMatch b) {
    if (b == null) {
      return false; // b admits requests without it
    }
    if (RequestMatching.isPresentMatch(a)) {
      return true;
    }
    if (RequestMatching.isPresentMatch(b)) {
      return false;
    }
    return stringContains(a, false, b, false);
  }

  /**
   * Whether every string {@code b} admits, {@code a} admits. {@code fold}: ASCII case is folded
   * (the condition admits every case variant). Regexes: only an identical one, or an exact value
   * the regex matches.
   */
  static boolean stringContains(StringMatch a, boolean aFold, StringMatch b, boolean bFold) {
    if (b instanceof StringMatch.Regex) {
      return a instanceof StringMatch.Regex && a.value().equals(b.value());
    }
    String bv = b.value();
    boolean bVariants = bFold && hasAsciiLetter(bv);
    if (a instanceof StringMatch.Regex) {
      return b instanceof StringMatch.Exact
          && !bVariants
          && RequestMatching.matchesString(a, bv, false);
    }
    String av = a.value();
    if (a instanceof StringMatch.Exact) {
      if (!(b instanceof StringMatch.Exact)) {
        return false;
      }
      return aFold ? Request.ascii(av).equals(Request.ascii(bv)) : !bVariants && av.equals(bv);
    }
    // a is a prefix
    if (aFold) {
      return Request.ascii(bv).startsWith(Request.ascii(av));
    }
    return bv.startsWith(av) && (!bVariants || !hasAsciiLetter(av));
  }

  private static boolean hasAsciiLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // headers: positive and negative conditions, decided across candidates

  /** Whether a match's header conditions contradict each other: it admits no request. */
  static boolean contradictory(HTTPMatchRequest m) {
    if (m.withoutHeaders().isEmpty()) {
      return false; // most matches: no entry set and iterator made for nothing
    }
    for (var e : m.withoutHeaders().entrySet()) {
      StringMatch p = m.headers().get(e.getKey());
      if (p == null) {
        continue;
      }
      StringMatch n = e.getValue();
      // p admits present values only; the match admits those n does not
      if (RequestMatching.isPresentMatch(n)) {
        return true;
      }
      if (RequestMatching.isPresentMatch(p) || p instanceof StringMatch.Regex) {
        continue; // some value is left (n excludes an exact value, a prefix, or a regex's values)
      }
      if (n instanceof StringMatch.Regex) {
        if (p instanceof StringMatch.Exact && RequestMatching.matchesString(n, p.value(), false)) {
          return true;
        }
        continue;
      }
      if (stringContains(n, false, p, false)) {
        return true;
      }
    }
    return false;
  }

  private static Set<Integer> coveringByHeaders(HTTPMatchRequest b, List<Candidate> through) {
    List<Candidate> c = new ArrayList<>(through);
    List<String> enumerated;
    while (true) {
      if (c.isEmpty()) {
        return null;
      }
      Set<String> keys = new TreeSet<>(b.headers().keySet());
      keys.addAll(b.withoutHeaders().keySet());
      for (Candidate x : c) {
        keys.addAll(x.match().headers().keySet());
        keys.addAll(x.match().withoutHeaders().keySet());
      }
      enumerated = new ArrayList<>();
      List<Candidate> kept = new ArrayList<>();
      Set<Candidate> dropped = new HashSet<>();
      for (String k : keys) {
        boolean negative = c.stream().anyMatch(x -> x.match().withoutHeaders().containsKey(k));
        if (negative) {
          enumerated.add(k);
          for (Candidate x : c) {
            if (hasRegex(x.match(), k)) {
              dropped.add(
                  x); // what it admits cannot be enumerated: leave it out (it may only cover more)
            }
          }
        } else {
          for (Candidate x : c) {
            if (!positiveContains(x.match().headers().get(k), b, k)) {
              dropped.add(x);
            }
          }
        }
      }
      for (Candidate x : c) {
        if (!dropped.contains(x)) {
          kept.add(x);
        }
      }
      if (kept.size() == c.size()) {
        break;
      }
      c = kept;
    }
    if (enumerated.isEmpty()) {
      return Set.of(
          c.get(0).route()); // each remaining candidate alone admits all of b: name the first
    }
    for (String k : enumerated) {
      if (hasRegex(b, k)) {
        return null; // b's values there cannot be enumerated
      }
    }
    return enumerate(b, c, enumerated);
  }

  /**
   * Whether the positive condition {@code a} (or none) on header {@code k} admits every value
   * {@code b} admits there.
   */
  private static boolean positiveContains(StringMatch a, HTTPMatchRequest b, String k) {
    if (a == null) {
      return true;
    }
    StringMatch bp = b.headers().get(k);
    if (bp == null) {
      return false; // b admits requests without the header
    }
    if (RequestMatching.isPresentMatch(a)) {
      return true;
    }
    if (RequestMatching.isPresentMatch(bp)) {
      return false;
    }
    return stringContains(a, false, bp, false);
  }

  private static boolean hasRegex(HTTPMatchRequest m, String k) {
    StringMatch p = m.headers().get(k);
    StringMatch n = m.withoutHeaders().get(k);
    return (p instanceof StringMatch.Regex && !RequestMatching.isPresentMatch(p))
        || (n instanceof StringMatch.Regex && !RequestMatching.isPresentMatch(n));
  }

  /**
   * Tries one value of every distinct case of each enumerated header; {@code null} when some case
   * is left to {@code b}.
   */
  private static Set<Integer> enumerate(HTTPMatchRequest b, List<Candidate> c, List<String> keys) {
    List<List<String>> values = new ArrayList<>();
    long combinations = 1;
    for (String k : keys) {
      List<String> v = new ArrayList<>();
      for (String rep : representatives(k, b, c)) {
        if (admitsB(b, k, rep)) {
          v.add(rep);
        }
      }
      if (v.isEmpty()) {
        return Set.of(); // b admits no value of this header: it matches nothing
      }
      values.add(v);
      combinations *= v.size();
      if (combinations > MAX_COMBINATIONS) {
        return null; // too many cases to try: say nothing
      }
    }
    Set<Integer> by = new TreeSet<>();
    int[] index = new int[keys.size()];
    String[] point = new String[keys.size()];
    while (true) {
      for (int i = 0; i < keys.size(); i++) {
        point[i] = values.get(i).get(index[i]);
      }
      Candidate taker = null;
      for (Candidate x : c) {
        if (admitsA(x.match(), keys, point)) {
          taker = x;
          break;
        }
      }
      if (taker == null) {
        return null;
      }
      by.add(taker.route());
      int i = 0;
      while (i < index.length && ++index[i] == values.get(i).size()) {
        index[i] = 0;
        i++;
      }
      if (i == index.length) {
        return by;
      }
    }
  }

  /**
   * One value per distinct case of header {@code k} under every condition written on it: absent,
   * each constant, each constant followed by a character that no longer constant continues it with,
   * and (as the constant {@code ""} extended) a value no constant starts.
   */
  private static List<String> representatives(String k, HTTPMatchRequest b, List<Candidate> c) {
    Set<String> constants = new TreeSet<>();
    constants.add("");
    addConstants(constants, b.headers().get(k));
    addConstants(constants, b.withoutHeaders().get(k));
    for (Candidate x : c) {
      addConstants(constants, x.match().headers().get(k));
      addConstants(constants, x.match().withoutHeaders().get(k));
    }
    List<String> out = new ArrayList<>();
    out.add(ABSENT);
    for (String constant : constants) {
      out.add(constant);
      out.add(constant + fresh(constant, constants));
    }
    return out;
  }

  private static void addConstants(Set<String> constants, StringMatch m) {
    if (m instanceof StringMatch.Exact || m instanceof StringMatch.Prefix) {
      constants.add(m.value());
    }
  }

  /** A character that no constant longer than {@code c} continues {@code c} with. */
  private static char fresh(String c, Set<String> constants) {
    Set<Character> taken = new HashSet<>();
    for (String d : constants) {
      if (d.length() > c.length() && d.startsWith(c)) {
        taken.add(d.charAt(c.length()));
      }
    }
    for (char x : "~!#%&*+-.0123456789_zZqQ".toCharArray()) {
      if (!taken.contains(x)) {
        return x;
      }
    }
    char x = '\u00a1';
    while (taken.contains(x)) {
      x++;
    }
    return x;
  }

  /**
   * What {@code b} admits, read generously: {@code withoutHeaders} never refuses a missing header.
   */
  private static boolean admitsB(HTTPMatchRequest b, String k, String value) {
    StringMatch p = b.headers().get(k);
    if (p != null
        && (absent(value)
            || (!RequestMatching.isPresentMatch(p)
                && !RequestMatching.matchesString(p, value, false)))) {
      return false;
    }
    StringMatch n = b.withoutHeaders().get(k);
    if (n == null) {
      return true;
    }
    if (RequestMatching.isPresentMatch(n)) {
      return absent(value);
    }
    return absent(value) || !RequestMatching.matchesString(n, value, false);
  }

  /**
   * What an earlier match admits, read strictly: a missing header is the empty value for {@code
   * withoutHeaders}, as Istio sets it.
   */
  private static boolean admitsA(HTTPMatchRequest a, List<String> keys, String[] point) {
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      String value = point[i];
      StringMatch p = a.headers().get(k);
      if (p != null
          && (absent(value)
              || (!RequestMatching.isPresentMatch(p)
                  && !RequestMatching.matchesString(p, value, false)))) {
        return false;
      }
      StringMatch n = a.withoutHeaders().get(k);
      if (n != null) {
        if (RequestMatching.isPresentMatch(n)) {
          if (!absent(value)) {
            return false;
          }
        } else if (RequestMatching.matchesString(n, absent(value) ? "" : value, false)) {
          return false;
        }
      }
    }
    return true;
  }
}
