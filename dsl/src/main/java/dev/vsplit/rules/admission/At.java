package dev.vsplit.rules.admission;

import dev.vsplit.base.FieldPath;

/**
 * The field a check is looking at, e.g. {@code spec.http[0].match[1].headers.x-user}, spelled out
 * ({@link #toString}) only when a message names it.
 *
 * <p>The checks visit every element of every route; almost none of them is wrong. A step here is
 * one small object that points to its parent, where a {@link FieldPath} string would copy the whole
 * path at each step: the text is built by {@link FieldPath} the same way, for the few fields a
 * message is about.
 */
final class At {
  /** What {@link #key} and {@link #index} add: a key, or an index when {@code key} is null. */
  private final At parent;

  private final String key;
  private final int index;

  /** The raw text of a root ({@code parent} is null), e.g. {@code spec.http}. */
  private final String root;

  private At(At parent, String key, int index, String root) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.root = root;
  }

  /** A path given as its text, e.g. {@code spec.http}: a {@link FieldPath} already. */
  static At of(String path) {
    return new At(null, null, -1, path);
  }

  /** The field {@code key} of this one, as {@link FieldPath#key} spells it. */
  At key(String key) {
    return new At(this, key, -1, null);
  }

  /** The element {@code index} of this list, as {@link FieldPath#index} spells it. */
  At index(int index) {
    return new At(this, null, index, null);
  }

  private void appendTo(StringBuilder path) {
    if (parent == null) {
      path.append(root);
    } else {
      parent.appendTo(path);
      if (key != null) {
        FieldPath.appendKey(path, key);
      } else {
        FieldPath.appendIndex(path, index);
      }
    }
  }

  /** The path's text, e.g. {@code spec.http[0].route}. */
  @Override
  public String toString() {
    StringBuilder path = new StringBuilder(64);
    appendTo(path);
    return path.toString();
  }
}
