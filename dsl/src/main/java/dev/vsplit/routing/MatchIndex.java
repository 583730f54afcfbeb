package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Matches indexed by URI so that "which of these could contain this match?" costs the length of the
 * path, not the number of matches: prefixes are found by looking up every prefix of the path, exact
 * paths by equality. Matches the index cannot place (no URI, regex, {@code ignoreUriCase}, empty
 * values) are candidates for everything; a match without a URI condition has no other containers
 * than those and the prefixes every path has ({@code ""}, {@code "/"}).
 *
 * @param <T> what each match belongs to (a route, a delegation)
 */
public final class MatchIndex<T> {

  private record Entry<T>(HTTPMatchRequest match, T owner) {}

  private final Map<String, List<Entry<T>>> prefixes = new HashMap<>();

  /**
   * The lists of {@link #prefixes} again, open-addressed by the prefix's {@link String#hashCode}: a
   * path's prefixes are looked up by a hash that grows with each character, with no substring made
   * and hashed per length.
   */
  private String[] prefixKeys = new String[16];

  private List<Entry<T>>[] prefixLists = newLists(16);

  /**
   * Each slot's key's hash: a probe compares ints in one array and reads a key's characters only
   * when the hash is its own (the keys of a large index lie all over the heap).
   */
  private int[] prefixHashes = new int[16];

  /** The lengths some indexed prefix has: only those are looked up. */
  private boolean[] prefixLengths = new boolean[16];

  private final Map<String, List<Entry<T>>> exacts = new HashMap<>();
  private final List<Entry<T>> others = new ArrayList<>();
  private int size;

  public void add(HTTPMatchRequest match, T owner) {
    Entry<T> e = new Entry<>(match, owner);
    size++;
    StringMatch uri = match.uri();
    if (!indexable(match)) {
      others.add(e);
    } else if (uri instanceof StringMatch.Prefix p) {
      // looked up in the open-addressed table; put in the map (whose order scans keep) on a miss
      List<Entry<T>> list = prefixOf(p.value(), p.value().length(), p.value().hashCode());
      if (list == null) {
        list = newPrefix(p.value());
        prefixes.put(p.value(), list);
      }
      list.add(e);
    } else {
      List<Entry<T>> list = exacts.get(uri.value());
      if (list == null) {
        list = new ArrayList<>(2);
        exacts.put(uri.value(), list);
      }
      list.add(e);
    }
  }

  private List<Entry<T>> newPrefix(String prefix) {
    List<Entry<T>> list = new ArrayList<>(2);
    if ((prefixes.size() + 1) * 2 > prefixKeys.length) {
      String[] keys = prefixKeys;
      List<Entry<T>>[] lists = prefixLists;
      prefixKeys = new String[keys.length * 2];
      prefixLists = newLists(keys.length * 2);
      prefixHashes = new int[keys.length * 2];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null) {
          place(keys[i], lists[i]);
        }
      }
    }
    place(prefix, list);
    if (prefix.length() >= prefixLengths.length) {
      prefixLengths =
          Arrays.copyOf(prefixLengths, Math.max(prefix.length() + 1, prefixLengths.length * 2));
    }
    prefixLengths[prefix.length()] = true;
    return list;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array cannot be made otherwise
  private static <T> List<Entry<T>>[] newLists(int length) {
    return new List[length];
  }

  private void place(String prefix, List<Entry<T>> list) {
    int mask = prefixKeys.length - 1;
    int hash = prefix.hashCode();
    int slot = hash & mask;
    while (prefixKeys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    prefixKeys[slot] = prefix;
    prefixLists[slot] = list;
    prefixHashes[slot] = hash;
  }

  /** The list of the indexed prefix that is {@code path}'s first {@code length} characters. */
  private List<Entry<T>> prefixOf(String path, int length, int hash) {
    int mask = prefixKeys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = prefixKeys[slot];
      if (key == null) {
        return null;
      }
      if (prefixHashes[slot] == hash && key.length() == length && path.startsWith(key)) {
        return prefixLists[slot];
      }
    }
  }

  public int size() {
    return size;
  }

  /**
   * Every indexed match whose URI condition may hold for all the paths {@code match} admits (a
   * shorter prefix, the same exact path, or one the index cannot place), with its owner. A
   * superset: callers still check each candidate.
   */
  public void forEachPossibleContainer(
      HTTPMatchRequest match, BiConsumer<HTTPMatchRequest, T> action) {
    for (Entry<T> e : others) {
      action.accept(e.match, e.owner);
    }
    if (match.uri() == null || match.uri() instanceof StringMatch.Empty) {
      // every path: only a URI condition every path meets holds for all of them (prefix "" or "/")
      forEach(prefixes.get(""), action);
      forEach(prefixes.get("/"), action);
      return;
    }
    if (!indexable(match)) {
      forEachIndexed(action);
      return;
    }
    String path = match.uri().value();
    boolean[] lengths = prefixLengths;
    int longest = Math.min(path.length(), lengths.length - 1);
    int hash = 0; // String.hashCode of path's first len characters
    for (int len = 0; len <= longest; len++) {
      if (len > 0) {
        hash = 31 * hash + path.charAt(len - 1);
      }
      if (lengths[len]) {
        forEach(prefixOf(path, len, hash), action);
      }
    }
    if (match.uri() instanceof StringMatch.Exact) {
      List<Entry<T>> hits = exacts.get(path);
      if (hits != null) {
        for (Entry<T> e : hits) {
          action.accept(e.match, e.owner);
        }
      }
    }
  }

  private static <T> void forEach(List<Entry<T>> entries, BiConsumer<HTTPMatchRequest, T> action) {
    if (entries != null) {
      for (Entry<T> e : entries) {
        action.accept(e.match, e.owner);
      }
    }
  }

  private void forEachIndexed(BiConsumer<HTTPMatchRequest, T> action) {
    for (List<Entry<T>> list : prefixes.values()) {
      for (Entry<T> e : list) {
        action.accept(e.match, e.owner);
      }
    }
    for (List<Entry<T>> list : exacts.values()) {
      for (Entry<T> e : list) {
        action.accept(e.match, e.owner);
      }
    }
  }

  /**
   * Which matches an index could ever hand to {@link #forEachPossibleContainer} for a known set of
   * probes: those left out of the index change no answer for those probes, and the lists it answers
   * from keep their order. Built once from the probes (sorted paths, no per-prefix set).
   */
  public static final class Reach {
    private final boolean everything;
    private final String[] paths;
    private final String[] exactPaths;

    /** The reach of {@code probes}: every match, if one of them cannot be placed by its path. */
    public Reach(List<HTTPMatchRequest> probes) {
      List<String> all = new ArrayList<>();
      List<String> exact = new ArrayList<>();
      boolean scan = false;
      for (HTTPMatchRequest m : probes) {
        StringMatch uri = m.uri();
        if (uri == null || uri instanceof StringMatch.Empty) {
          continue; // reaches prefixes "" and "/", which every match with a path reaches too
        }
        if (!indexable(m)) {
          scan = true; // a probe the index answers by handing over everything
          break;
        }
        all.add(uri.value());
        if (uri instanceof StringMatch.Exact) {
          exact.add(uri.value());
        }
      }
      this.everything = scan;
      this.paths = all.toArray(String[]::new);
      this.exactPaths = exact.toArray(String[]::new);
      Arrays.sort(paths);
      Arrays.sort(exactPaths);
    }

    /** Whether {@code m}, indexed, may be handed to the action for one of the probes. */
    public boolean reaches(HTTPMatchRequest m) {
      if (everything || !indexable(m)) {
        return true;
      }
      String v = m.uri().value();
      if (m.uri() instanceof StringMatch.Exact) {
        return Arrays.binarySearch(exactPaths, v) >= 0;
      }
      if (v.isEmpty() || v.equals("/")) {
        return true; // also asked for a probe without a path
      }
      int at = Arrays.binarySearch(paths, v);
      return at >= 0 || (-at - 1 < paths.length && paths[-at - 1].startsWith(v));
    }
  }

  /**
   * A case-sensitive exact or prefix URI that starts with {@code /}: the only kind the maps can
   * answer for. An empty value, or one without the leading slash, is not a path: {@link Coverage}
   * counts prefix {@code /} as covering it, which no lookup of its own prefixes would find.
   */
  private static boolean indexable(HTTPMatchRequest m) {
    StringMatch uri = m.uri();
    return !m.ignoresUriCase()
        && (uri instanceof StringMatch.Prefix || uri instanceof StringMatch.Exact)
        && uri.value().startsWith("/");
  }
}
