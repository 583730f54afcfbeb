package dev.vsplit.yaml;

/**
 * One {@code String} for each text that the documents of one read write again and again: the keys
 * ({@code match}, {@code route}, {@code destination}...) and short values ({@code stable}, {@code
 * 4s}). {@link BlockSubsetReader} already makes one per document; a folder of 10 000 manifests then
 * still kept 10 000 copies of each key (each document's source map holds its keys), some 300 000
 * strings and their arrays that every collection copied. Used by one read at a time, not shared
 * between threads.
 */
final class SharedStrings {

  /**
   * The longest value shared: subsets, timeouts, methods and ports repeat across files; names and
   * paths (longer) mostly do not, and would only grow the table.
   */
  static final int SHORT_VALUE = 16;

  private String[] strings = new String[1024];
  private int[] hashes = new int[1024];
  private int count;

  /**
   * The string of {@code text}'s characters from {@code from} to {@code to}, whose {@link
   * String#hashCode} is {@code hash}: the one made before, else a new one, kept.
   */
  String of(String text, int from, int to, int hash) {
    int length = to - from;
    int mask = strings.length - 1;
    for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      String known = strings[slot];
      if (known == null) {
        String made = text.substring(from, to);
        strings[slot] = made;
        hashes[slot] = hash;
        if (++count * 2 > strings.length) {
          grow();
        }
        return made;
      }
      if (hashes[slot] == hash
          && known.length() == length
          && text.regionMatches(from, known, 0, length)) {
        return known;
      }
    }
  }

  private void grow() {
    String[] old = strings;
    int[] oldHashes = hashes;
    strings = new String[old.length * 2];
    hashes = new int[old.length * 2];
    int mask = strings.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int hash = oldHashes[i];
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (strings[slot] != null) {
          slot = (slot + 1) & mask;
        }
        strings[slot] = old[i];
        hashes[slot] = hash;
      }
    }
  }
}
