package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void equalTextsHaveNoHunks() {
    assertThat(LineDiff.hunks("a\nb\n", "a\nb\n")).isEmpty();
    assertThat(LineDiff.hunks("", "")).isEmpty();
  }

  @Test
  void aChangeInTheMiddleWithTwoLinesOfContext() {
    assertThat(
            String.join("\n", LineDiff.hunks("1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\nfour\n5\n6\n7\n")))
        .isEqualTo(
            """
        @@ -2,5 +2,5 @@
         2
         3
        -4
        +four
         5
         6""");
  }

  @Test
  void distantChangesMakeSeparateHunks() {
    String a = "a\n1\n2\n3\n4\n5\n6\nb\n";
    String b = "A\n1\n2\n3\n4\n5\n6\nB\n";
    assertThat(String.join("\n", LineDiff.hunks(a, b)))
        .isEqualTo(
            """
        @@ -1,3 +1,3 @@
        -a
        +A
         1
         2
        @@ -6,3 +6,3 @@
         5
         6
        -b
        +B""");
  }

  @Test
  void insertionsDeletionsAndAMissingLastNewline() {
    assertThat(String.join("\n", LineDiff.hunks("x\ny\n", "x\nnew\ny")))
        .isEqualTo(
            """
        @@ -1,2 +1,3 @@
         x
        -y
        +new
        +y
        \\ No newline at end of file""");
    assertThat(String.join("\n", LineDiff.hunks("", "only\n"))).isEqualTo("@@ -0,0 +1,1 @@\n+only");
    assertThat(String.join("\n", LineDiff.hunks("gone\n", ""))).isEqualTo("@@ -1,1 +0,0 @@\n-gone");
  }

  @Test
  void findsTheLongestCommonLinesNotJustPrefixAndSuffix() {
    assertThat(String.join("\n", LineDiff.hunks("a\nb\nc\nd\n", "b\nc\nd\ne\n")))
        .isEqualTo(
            """
        @@ -1,4 +1,4 @@
        -a
         b
         c
         d
        +e""");
  }
}
