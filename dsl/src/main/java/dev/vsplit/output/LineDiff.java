package dev.vsplit.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two small texts, line by line (longest common subsequence), for drift messages.
 * Not a general diff tool: the texts it compares are generated files of a few hundred lines; past
 * {@value #MAX_CELLS} table cells it stops looking for common lines in the middle.
 */
final class LineDiff {

  static final int CONTEXT = 2;
  static final long MAX_CELLS = 4_000_000L;

  private LineDiff() {}

  private enum Op {
    SAME(' '),
    DELETE('-'),
    INSERT('+');
    final char mark;

    Op(char mark) {
      this.mark = mark;
    }
  }

  private record Edit(Op op, String line) {}

  /**
   * The hunks turning {@code a} into {@code b}, without the {@code ---}/{@code +++} lines: each
   * hunk an {@code @@ -l,n +l,n @@} line, then its lines marked {@code ' '}, {@code -} or {@code
   * +}. Empty when the texts are equal.
   */
  static List<String> hunks(String a, String b) {
    List<String> x = lines(a);
    List<String> y = lines(b);
    List<Edit> edits = edits(x, y);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op == Op.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int lastChange = i; // the hunk grows while changes are at most 2 * CONTEXT lines apart
      for (int k = i; k < edits.size(); k++) {
        if (edits.get(k).op != Op.SAME) {
          lastChange = k;
        } else if (k - lastChange > 2 * CONTEXT) {
          break;
        }
      }
      int end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      int oldLine = 0;
      int newLine = 0;
      for (int k = 0; k < start; k++) {
        oldLine += edits.get(k).op != Op.INSERT ? 1 : 0;
        newLine += edits.get(k).op != Op.DELETE ? 1 : 0;
      }
      int oldCount = 0;
      int newCount = 0;
      List<String> body = new ArrayList<>();
      for (int k = start; k < end; k++) {
        Edit e = edits.get(k);
        oldCount += e.op != Op.INSERT ? 1 : 0;
        newCount += e.op != Op.DELETE ? 1 : 0;
        boolean terminated = e.line.endsWith("\n");
        body.add(e.op.mark + (terminated ? e.line.substring(0, e.line.length() - 1) : e.line));
        if (!terminated) {
          body.add("\\ No newline at end of file");
        }
      }
      out.add("@@ -" + range(oldLine, oldCount) + " +" + range(newLine, newCount) + " @@");
      out.addAll(body);
      i = end;
    }
    return out;
  }

  private static String range(int before, int count) {
    return (count == 0 ? before : before + 1) + "," + count;
  }

  /** Lines with their {@code \n}; a last line without one stays without, so that it differs. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl + 1;
      out.add(text.substring(from, to));
      from = to;
    }
    return out;
  }

  private static List<Edit> edits(List<String> x, List<String> y) {
    int prefix = 0;
    while (prefix < x.size() && prefix < y.size() && x.get(prefix).equals(y.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < x.size() - prefix
        && suffix < y.size() - prefix
        && x.get(x.size() - 1 - suffix).equals(y.get(y.size() - 1 - suffix))) {
      suffix++;
    }
    List<Edit> out = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      out.add(new Edit(Op.SAME, x.get(k)));
    }
    List<String> mx = x.subList(prefix, x.size() - suffix);
    List<String> my = y.subList(prefix, y.size() - suffix);
    int n = mx.size();
    int m = my.size();
    if ((long) n * m > MAX_CELLS) {
      mx.forEach(l -> out.add(new Edit(Op.DELETE, l)));
      my.forEach(l -> out.add(new Edit(Op.INSERT, l)));
    } else {
      int[][] lcs = new int[n + 1][m + 1]; // lcs[i][j]: common lines of mx[i..] and my[j..]
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] =
              mx.get(i).equals(my.get(j))
                  ? lcs[i + 1][j + 1] + 1
                  : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && mx.get(i).equals(my.get(j))) {
          out.add(new Edit(Op.SAME, mx.get(i++)));
          j++;
        } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
          out.add(new Edit(Op.INSERT, my.get(j++)));
        } else {
          out.add(new Edit(Op.DELETE, mx.get(i++)));
        }
      }
    }
    for (int k = x.size() - suffix; k < x.size(); k++) {
      out.add(new Edit(Op.SAME, x.get(k)));
    }
    return out;
  }
}
