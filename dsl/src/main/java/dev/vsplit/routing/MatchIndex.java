package dev.vsplit.routing;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.StringMatch;
import java.util.ArrayList;
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
      prefixes.computeIfAbsent(p.value(), k -> new ArrayList<>(2)).add(e);
    } else {
      exacts.computeIfAbsent(uri.value(), k -> new ArrayList<>(2)).add(e);
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
    for (int len = 0; len <= path.length(); len++) {
      List<Entry<T>> hits = prefixes.get(path.substring(0, len));
      if (hits != null) {
        for (Entry<T> e : hits) {
          action.accept(e.match, e.owner);
        }
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
