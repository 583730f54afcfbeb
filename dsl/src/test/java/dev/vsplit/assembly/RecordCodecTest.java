package dev.vsplit.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.findings.Severity;
import dev.vsplit.model.StringMatch;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spec results as bytes: what is written reads back equal, and nothing else reads at all. */
class RecordCodecTest {

  static final byte[] HEADER = "test\n".getBytes(StandardCharsets.US_ASCII);

  record Sample(
      String text,
      int i,
      long l,
      boolean b,
      double d,
      Integer boxed,
      Long boxedLong,
      Boolean boxedBoolean,
      Double boxedDouble,
      Severity severity,
      StringMatch match,
      List<StringMatch> matches,
      Map<String, Location> sites,
      Map<String, Object> extra,
      Location site) {}

  record Nest(List<Nest> inner) {}

  record WithSet(Set<String> names) {}

  static Sample sample() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("string", "ü → ✓");
    extra.put("yes", true);
    extra.put("no", false);
    extra.put("int", 7);
    extra.put("long", 1L << 40);
    extra.put("double", 0.5);
    extra.put("big", new BigInteger("123456789012345678901234567890"));
    extra.put("decimal", new BigDecimal("1.50"));
    extra.put("null", null);
    extra.put("list", Arrays.asList(1, "two", null, List.of(Map.of("k", "v"))));
    Map<String, Location> sites = new LinkedHashMap<>();
    sites.put("timeout", Location.of("com/example/A.java", 12));
    sites.put("retries", new Location("com/example/A.java", 13, 4));
    return new Sample(
        "",
        -1,
        Long.MIN_VALUE,
        true,
        Double.NaN,
        null,
        42L,
        false,
        -0.0,
        Severity.WARNING,
        StringMatch.empty(),
        List.of(StringMatch.exact("/a"), StringMatch.prefix(""), StringMatch.regex("/b.*")),
        sites,
        extra,
        null);
  }

  static <T> T roundTrip(Class<T> type, T value) {
    return RecordCodec.decode(RecordCodec.encode(HEADER, type, value), HEADER, type);
  }

  @Test
  void whatIsWrittenReadsBackEqualInOrder() {
    Sample back = roundTrip(Sample.class, sample());

    assertThat(back).isEqualTo(sample());
    assertThat(back.extra().keySet()).containsExactlyElementsOf(sample().extra().keySet());
    assertThat(back.sites().keySet()).containsExactly("timeout", "retries");
    assertThat(back.extra().get("decimal")).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void bookinfosDeclarationsAndRoutesReadBackEqual() {
    SpecRunner runner = new SpecRunner();
    MeshDeclarations declared = runner.runMeshSpecs(List.of(new BookinfoMesh()));
    List<WrittenRoutes> written =
        runner.runTeamSpecs(
            List.of(new IdentityRoutes(), new StorefrontRoutes()),
            MeshAssembly.of(declared).placements());
    SpecData.TeamResult team = new SpecData.TeamResult(runner.declaredNow(), written);

    assertThat(roundTrip(MeshDeclarations.class, declared)).isEqualTo(declared);
    assertThat(roundTrip(SpecData.TeamResult.class, team)).isEqualTo(team);
    assertThat(written).isNotEmpty();
  }

  @Test
  void sameIsRecordEqualityWhateverTheMapsOrder() {
    MeshDeclarations declared = new SpecRunner().runMeshSpecs(List.of(new BookinfoMesh()));
    MeshDeclarations again = new SpecRunner().runMeshSpecs(List.of(new BookinfoMesh()));
    Sample reordered = sample();
    Map<String, Location> sites = new LinkedHashMap<>();
    sites.put("retries", reordered.sites().get("retries"));
    sites.put("timeout", reordered.sites().get("timeout"));
    Sample flipped = with(reordered, reordered.match(), sites);
    Sample otherMatch = with(reordered, StringMatch.exact(""), sites);

    assertThat(RecordCodec.same(MeshDeclarations.class, declared, again)).isTrue();
    assertThat(declared).isEqualTo(again);
    assertThat(RecordCodec.same(Sample.class, sample(), flipped)).isTrue();
    assertThat(sample()).isEqualTo(flipped);
    assertThat(RecordCodec.same(Sample.class, sample(), otherMatch)).isFalse();
    assertThat(sample()).isNotEqualTo(otherMatch);
    assertThat(RecordCodec.same(Sample.class, sample(), null)).isFalse();
    MeshDeclarations fewer = new MeshDeclarations(List.of(), declared.failures());
    assertThat(RecordCodec.same(MeshDeclarations.class, declared, fewer)).isFalse();
  }

  /** {@code s} with another match and other sites, everything else as it is. */
  private static Sample with(Sample s, StringMatch match, Map<String, Location> sites) {
    return new Sample(
        s.text(),
        s.i(),
        s.l(),
        s.b(),
        s.d(),
        s.boxed(),
        s.boxedLong(),
        s.boxedBoolean(),
        s.boxedDouble(),
        s.severity(),
        match,
        s.matches(),
        sites,
        s.extra(),
        s.site());
  }

  @Test
  void anotherHeaderIsRefused() {
    byte[] data = RecordCodec.encode(HEADER, Sample.class, sample());
    byte[] other = "tesT\n".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> RecordCodec.decode(data, other, Sample.class))
        .hasMessage("it does not start with the header of a spec result");
  }

  @Test
  void everyTruncationIsRefusedAndAnythingAfterTheValueToo() {
    byte[] data = RecordCodec.encode(HEADER, Sample.class, sample());
    for (int n = 0; n < data.length; n++) {
      byte[] cut = Arrays.copyOf(data, n);
      assertThatThrownBy(() -> RecordCodec.decode(cut, HEADER, Sample.class))
          .as("the first %d of %d bytes", n, data.length)
          .isInstanceOf(IllegalArgumentException.class);
    }
    byte[] longer = Arrays.copyOf(data, data.length + 1);
    assertThatThrownBy(() -> RecordCodec.decode(longer, HEADER, Sample.class))
        .hasMessage("1 bytes follow the value, at byte " + data.length);
  }

  @Test
  void countsAndStringsLargerThanWhatIsLeftAreRefusedBeforeAllocating() {
    Location site = Location.of("A.java", 1);
    byte[] data = RecordCodec.encode(HEADER, Location.class, site);
    // the record's marker, the file's marker, then the file's length
    ByteBuffer.wrap(data).putInt(HEADER.length + 2, Integer.MAX_VALUE);

    assertThatThrownBy(() -> RecordCodec.decode(data, HEADER, Location.class))
        .hasMessageStartingWith("a string of 2147483647 bytes (at most 14 can be read here)");

    byte[] list = RecordCodec.encode(HEADER, Nest.class, new Nest(List.of()));
    ByteBuffer.wrap(list).putInt(HEADER.length + 2, 1 << 30);
    assertThatThrownBy(() -> RecordCodec.decode(list, HEADER, Nest.class))
        .hasMessageStartingWith("a count of 1073741824 items, with 0 bytes left");
  }

  @Test
  void nestingIsBounded() {
    Nest deep = new Nest(List.of());
    for (int i = 0; i < 40; i++) {
      deep = new Nest(List.of(deep));
    }
    byte[] data = RecordCodec.encode(HEADER, Nest.class, deep);

    assertThatThrownBy(() -> RecordCodec.decode(data, HEADER, Nest.class))
        .hasMessageStartingWith("values nest deeper than 64");
    Nest shallow = new Nest(List.of(new Nest(List.of())));
    assertThat(roundTrip(Nest.class, shallow)).isEqualTo(shallow);
  }

  @Test
  void valuesAreCheckedByTheTypesTheyAreReadAs() {
    Finding finding = Finding.error(Code.VS222, "m", "h", Location.of("A.java", 3));
    byte[] data = RecordCodec.encode(HEADER, Finding.class, finding);
    assertThat(RecordCodec.decode(data, HEADER, Finding.class)).isEqualTo(finding);

    // the code's name, "VS222", becomes "VS999": no such constant
    byte[] unknown = data.clone();
    int at = indexOf(unknown, "VS222".getBytes(StandardCharsets.US_ASCII));
    System.arraycopy("VS999".getBytes(StandardCharsets.US_ASCII), 0, unknown, at, 5);
    assertThatThrownBy(() -> RecordCodec.decode(unknown, HEADER, Finding.class))
        .hasMessage("\"VS999\" is not a constant of Code");

    // the code is null: the record's own constructor refuses it
    byte[] noCode = new byte[data.length - 4 - 5];
    System.arraycopy(data, 0, noCode, 0, HEADER.length + 1);
    noCode[HEADER.length + 1] = 0;
    System.arraycopy(data, at + 5, noCode, HEADER.length + 2, data.length - at - 5);
    assertThatThrownBy(() -> RecordCodec.decode(noCode, HEADER, Finding.class))
        .hasMessage("Finding refused its values: code");

    // a marker that is neither null nor present
    byte[] marker = data.clone();
    marker[HEADER.length] = 7;
    assertThatThrownBy(() -> RecordCodec.decode(marker, HEADER, Finding.class))
        .hasMessage("a value's marker is 7, not 0 or 1, at byte " + (HEADER.length + 1));
  }

  @Test
  void aKeyThatComesTwiceIsRefused() {
    Map<String, Location> sites = new LinkedHashMap<>();
    sites.put("a", null);
    sites.put("b", null);
    Sample twoKeys =
        new Sample(
            "", 0, 0, false, 0, null, null, null, null, null, null, List.of(), sites, Map.of(),
            null);
    byte[] data = RecordCodec.encode(HEADER, Sample.class, twoKeys);
    data[indexOf(data, new byte[] {0, 0, 0, 1, 'b'}) + 4] = 'a';

    assertThatThrownBy(() -> RecordCodec.decode(data, HEADER, Sample.class))
        .hasMessageStartingWith("the key \"a\" comes twice");
  }

  @Test
  void aTypeItDoesNotKnowIsRefusedOnBothSides() {
    assertThatThrownBy(() -> RecordCodec.encode(HEADER, WithSet.class, new WithSet(Set.of("a"))))
        .hasMessage("a spec result cannot hold a java.util.Set<java.lang.String>");
    List<Object> odd = new ArrayList<>();
    odd.add(new StringBuilder("x"));
    Map<String, Object> extra = new LinkedHashMap<>(sample().extra());
    extra.put("odd", odd);
    Sample withOdd =
        new Sample(
            "", 0, 0, false, 0, null, null, null, null, null, null, List.of(), Map.of(), extra,
            null);
    assertThatThrownBy(() -> RecordCodec.encode(HEADER, Sample.class, withOdd))
        .hasMessage("not a plain YAML value: java.lang.StringBuilder (x)");

    // the record is there, and so is its set
    byte[] present = Arrays.copyOf(HEADER, HEADER.length + 2);
    present[HEADER.length] = 1;
    present[HEADER.length + 1] = 1;
    assertThatThrownBy(() -> RecordCodec.decode(present, HEADER, WithSet.class))
        .hasMessageStartingWith("a spec result cannot hold a java.util.Set<java.lang.String>");
  }

  static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i <= data.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
