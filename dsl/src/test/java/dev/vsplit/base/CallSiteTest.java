package dev.vsplit.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The caller's line, located once per line and shared: a large mesh has a location for every route,
 * match and field, most of them on the few lines of a loop.
 */
class CallSiteTest {

  @Test
  void eachLineIsLocatedOnceAndShared() {
    List<Location> sameLine = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sameLine.add(CallSite.capture());
    }
    Location otherLine = CallSite.capture();

    Location first = sameLine.get(0);
    assertThat(first.file()).isEqualTo("dev/vsplit/base/CallSiteTest.java");
    assertThat(first.line()).isPositive();
    assertThat(first.column()).isZero();
    assertThat(sameLine).allSatisfy(at -> assertThat(at).isSameAs(first));
    assertThat(otherLine.file()).isSameAs(first.file());
    assertThat(otherLine.line()).isEqualTo(first.line() + 2);
    assertThat(otherLine.toString()).isEqualTo(first.file() + ":" + (first.line() + 2));
  }

  @Test
  void withoutLinesThisThreadCapturesNothingUntilTheWorkEnds() throws Exception {
    AtomicReference<Location> otherThread = new AtomicReference<>();
    List<Location> inside =
        CallSite.withoutLines(
            () -> {
              Location outer = CallSite.capture();
              Location nested = CallSite.withoutLines(CallSite::capture);
              Location afterNested = CallSite.capture();
              Thread t = new Thread(() -> otherThread.set(CallSite.capture()));
              t.start();
              try {
                t.join();
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
              return List.of(outer, nested, afterNested);
            });
    Location after = CallSite.capture();

    assertThat(inside).containsOnly(CallSite.NOT_CAPTURED);
    assertThat(otherThread.get().file()).isEqualTo("dev/vsplit/base/CallSiteTest.java");
    assertThat(after.file()).isEqualTo("dev/vsplit/base/CallSiteTest.java");
    assertThat(after.line()).isPositive();
  }

  @Test
  void withoutLinesEndsWhenTheWorkThrows() {
    try {
      CallSite.withoutLines(
          () -> {
            throw new IllegalStateException("spec failed");
          });
    } catch (IllegalStateException expected) {
      // the spec's failure is the caller's to report
    }
    assertThat(CallSite.capture()).isNotEqualTo(CallSite.NOT_CAPTURED);
  }
}
