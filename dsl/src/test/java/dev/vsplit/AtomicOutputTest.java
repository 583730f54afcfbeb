package dev.vsplit;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.InlineSpecs.mesh;
import static dev.vsplit.InlineSpecs.team;
import static dev.vsplit.Match.exact;
import static dev.vsplit.Match.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.atomic.TypoInApiVersionMesh;
import com.example.bookinfo.BookinfoMesh;
import com.example.bookinfo.identity.IdentityRoutes;
import com.example.bookinfo.storefront.StorefrontRoutes;
import com.example.broken.ThrowingMesh;
import com.example.broken.ThrowingRoutes;
import dev.vsplit.api.GenerateRequest;
import dev.vsplit.api.GenerateResult;
import dev.vsplit.api.Generation;
import dev.vsplit.api.Vsplit;
import dev.vsplit.faults.FaultyFileSystem;
import dev.vsplit.faults.Folders;
import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.output.OutputConflictException;
import dev.vsplit.routing.MeshOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing generation leaves the previous output byte for byte as it was, whatever fails: a spec
 * that throws, a result with an error (a schema-invalid resource), a hand edit in the way, or an
 * I/O error at any single step of the write.
 */
class AtomicOutputTest {

  @TempDir Path tmp;
  private Path out;
  private Map<String, String> before;

  private GenerateRequest request(String... specClasses) {
    return new GenerateRequest(
        Path.of("").toAbsolutePath(),
        List.of(),
        List.of(),
        List.of(specClasses),
        List.of(Path.of("src/test/java")),
        out,
        MeshOptions.DEFAULTS);
  }

  private static GenerateResult generate(GenerateRequest request) throws IOException {
    return Vsplit.generate(request, AtomicOutputTest.class.getClassLoader());
  }

  /**
   * The previous output: bookinfo as vsplit:generate wrote it, plus a README someone wrote beside
   * it.
   */
  @BeforeEach
  void previousOutput() throws IOException {
    out = tmp.resolve("istio");
    GenerateResult first =
        generate(
            request(
                BookinfoMesh.class.getName(),
                IdentityRoutes.class.getName(),
                StorefrontRoutes.class.getName()));
    assertThat(first.hasErrors()).as("%s", first.findings()).isFalse();
    assertThat(first.written().written()).hasSize(7);
    Files.writeString(out.resolve("README.md"), "hand-written, never touched\n");
    before = Folders.snapshot(out);
  }

  @Test
  void aSpecThatThrowsWritesNothing() throws IOException {
    GenerateResult result =
        generate(request(ThrowingMesh.class.getName(), ThrowingRoutes.class.getName()));

    assertThat(result.findings()).extracting(Finding::code).contains(Code.VS207);
    assertThat(result.written()).isNull();
    assertThat(Folders.snapshot(out)).isEqualTo(before);
  }

  @Test
  void aSchemaInvalidResultWritesNothing() throws IOException {
    GenerateResult result = generate(request(TypoInApiVersionMesh.class.getName()));

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.VS004);
              assertThat(f.resource()).isEqualTo("default/bookinfo-gateway");
              assertThat(f.message())
                  .contains("Istio has no Gateway in networking.istio.io/v1beta2");
            });
    assertThat(result.written()).isNull();
    assertThat(Folders.snapshot(out)).isEqualTo(before);

    // The same through the library: a generation with an error cannot be written at all.
    Generation g = Vsplit.load(new TypoInApiVersionMesh());
    assertThatThrownBy(() -> g.writeTo(out)).isInstanceOf(IllegalStateException.class);
    assertThat(Folders.snapshot(out)).isEqualTo(before);
  }

  @Test
  void aHandEditInTheWayWritesNothing() throws IOException {
    Path edited = out.resolve("ns1/virtualservice-vs-1.yaml");
    Files.writeString(edited, Files.readString(edited).replace("/logout", "/signout"));
    Map<String, String> withEdit = Folders.snapshot(out);

    // Without IdentityRoutes, vs-1 becomes a skeleton: vsplit would have to overwrite the edit.
    Throwable e =
        catchThrowable(
            () ->
                generate(request(BookinfoMesh.class.getName(), StorefrontRoutes.class.getName())));

    assertThat(e)
        .isInstanceOf(OutputConflictException.class)
        .hasMessageContaining("ns1/virtualservice-vs-1.yaml");
    assertThat(Folders.snapshot(out)).isEqualTo(withEdit);
  }

  // ---------------------------------------------------------------------------------------------
  // I/O errors

  /**
   * Changes bookinfo's output: one secondary changed, one gone, the gateway gone, a new one in a
   * new folder.
   */
  private static Generation next() {
    Secondary vs1 =
        Team.named("identity")
            .namespace("ns1")
            .owners("@bookinfo/identity")
            .secondary("vs-1")
            .failClosed();
    Secondary api =
        Team.named("api").namespace("api").owners("@bookinfo/api").secondary("api").failClosed();
    Generation g =
        Vsplit.load(
            mesh(
                m ->
                    m.primary("bookinfo", "default")
                        .hosts("bookinfo.example.com")
                        .delegate(prefix("/api"), api)
                        .delegate(prefix("/log"), vs1)),
            team(
                vs1,
                http ->
                    http.route()
                        .match(exact("/login"))
                        .to(destination("productpage.default.svc.cluster.local").port(9080))),
            team(api, http -> http.route().to(destination("api.api.svc.cluster.local"))));
    assertThat(g.hasErrors()).as("%s", g.findings()).isFalse();
    return g;
  }

  @Test
  void anIoErrorAtAnyStepOfTheWriteLeavesThePreviousOutputByteForByte() throws IOException {
    Generation next = next();
    Path baseline = tmp.resolve("baseline");
    Folders.copy(out, baseline);
    Path review = tmp.resolve("istio-review");
    Path reviewBaseline = tmp.resolve("baseline-review");
    Folders.copy(review, reviewBaseline);
    Map<String, String> reviewBefore = Folders.snapshot(review);

    // A clean run, to learn every change the write makes and what the folders then hold.
    FaultyFileSystem fs = new FaultyFileSystem().failNever();
    next.writeTo(fs.path(out));
    List<String> steps = fs.operations();
    Map<String, String> after = Folders.snapshot(out);
    Map<String, String> reviewAfter = Folders.snapshot(review);
    assertThat(reviewAfter).as("the effective routes change too").isNotEqualTo(reviewBefore);
    assertThat(after)
        .isNotEqualTo(before)
        .containsKey("api/virtualservice-api.yaml")
        .doesNotContainKey("ns1/virtualservice-vs-2.yaml");
    assertThat(steps)
        .hasSizeGreaterThan(20)
        .anyMatch(s -> s.startsWith("move "))
        .anyMatch(s -> s.startsWith("delete "))
        .anyMatch(s -> s.startsWith("force "));

    List<String> failedAt = new ArrayList<>();
    for (int n = 1; n <= steps.size(); n++) {
      Folders.delete(out);
      Folders.copy(baseline, out);
      Folders.delete(review);
      Folders.copy(reviewBaseline, review);
      fs.failAt(n);
      Throwable e = catchThrowable(() -> next.writeTo(fs.path(out)));
      Map<String, String> now = Folders.snapshot(out);
      assertThat(Folders.snapshot(review))
          .as("the review folder after failing at step %d, %s", n, steps.get(n - 1))
          .isEqualTo(e != null ? reviewBefore : reviewAfter);
      if (e != null) {
        failedAt.add(steps.get(n - 1));
        assertThat(e)
            .as("failing at step %d, %s", n, steps.get(n - 1))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("injected I/O error #" + n);
        assertThat(now).as("after failing at step %d, %s", n, steps.get(n - 1)).isEqualTo(before);
      } else {
        // Failing after the last file is in place (removing the staging folder or the lock file)
        // changes nothing: the new output is complete.
        assertThat(now).as("after failing at step %d, %s", n, steps.get(n - 1)).isEqualTo(after);
      }
    }
    // Step 1 is Files.createDirectories probing the folder, which exists: its error is rightly
    // ignored.
    assertThat(steps.get(0)).startsWith("create-directory ").endsWith("istio");
    assertThat(steps.get(lastChangeOfOutput(steps, after)))
        .startsWith("delete ")
        .endsWith("ns1/virtualservice-vs-2.yaml");
    // The same probe for the review folder beside it, which exists too.
    String probeOfReview = "create-directory " + review;
    assertThat(steps).contains(probeOfReview);
    assertThat(failedAt)
        .as("every step up to the last move or delete fails the write")
        .containsAll(
            steps.subList(1, lastChangeOfOutput(steps, after) + 1).stream()
                .filter(step -> !step.equals(probeOfReview))
                .toList());
  }

  /**
   * The index of the last move or delete of an output file (not of a folder, the staging folder or
   * the lock).
   */
  private int lastChangeOfOutput(List<String> steps, Map<String, String> after) {
    int last = -1;
    for (int i = 0; i < steps.size(); i++) {
      String[] opAndPath = steps.get(i).split(" ", 2);
      String key = out.relativize(Path.of(opAndPath[1])).toString();
      boolean outputFile =
          !"<dir>".equals(before.getOrDefault(key, after.get(key)))
              && (before.containsKey(key) || after.containsKey(key));
      if ((opAndPath[0].equals("move") || opAndPath[0].equals("delete")) && outputFile) {
        last = i;
      }
    }
    return last;
  }

  @Test
  void aDiskThatStaysBrokenLosesNoPreviousFile() throws IOException {
    Generation next = next();
    Path baseline = tmp.resolve("baseline");
    Folders.copy(out, baseline);
    Path review = tmp.resolve("istio-review");
    Path reviewBaseline = tmp.resolve("baseline-review");
    Folders.copy(review, reviewBaseline);
    FaultyFileSystem fs = new FaultyFileSystem().failNever();
    next.writeTo(fs.path(out));
    int steps = fs.operations().size();
    Map<String, String> after = Folders.snapshot(out);
    Map<String, String> reviewAfter = Folders.snapshot(review);

    for (int n = 1; n <= steps; n++) {
      Folders.delete(out);
      Folders.copy(baseline, out);
      Folders.delete(review);
      Folders.copy(reviewBaseline, review);
      fs.failFrom(n); // this step and every later one fail, the rollback's too
      Throwable e = catchThrowable(() -> next.writeTo(fs.path(out)));
      fs.failNever();
      Map<String, String> now = Folders.snapshot(out);
      if (e != null) {
        // The disk is gone, so vsplit's own lock file or staging folder may stay behind, and when
        // the
        // previous files cannot be put back, the message says where their copies are; none is lost.
        boolean restored =
            before.entrySet().stream().allMatch(x -> x.getValue().equals(now.get(x.getKey())));
        if (!restored) {
          assertThat(e)
              .hasMessageContaining("nor put its previous files back")
              .hasMessageContaining(".vsplit-staging-");
        }
        for (var entry : before.entrySet()) {
          if (!entry.getValue().equals(now.get(entry.getKey()))
              && !entry.getValue().equals("<dir>")) {
            assertThat(now.entrySet())
                .as("a copy of %s after failing from step %d", entry.getKey(), n)
                .anyMatch(
                    x ->
                        x.getKey().startsWith(".vsplit-staging-")
                            && x.getValue().equals(entry.getValue()));
          }
        }
        assertThat(now.keySet())
            .as("after failing from step %d", n)
            .allMatch(
                k -> before.containsKey(k) || after.containsKey(k) || k.startsWith(".vsplit"));
      }
      // Once the disk works again, the next run completes the output.
      next.writeTo(out);
      Map<String, String> healed = Folders.snapshot(out);
      assertThat(healed).as("the run after failing from step %d", n).isEqualTo(after);
      assertThat(Folders.snapshot(review)).as("the review folder, healed").isEqualTo(reviewAfter);
    }
  }
}
