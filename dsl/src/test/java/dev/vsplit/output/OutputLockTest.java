package dev.vsplit.output;

import static dev.vsplit.output.OutputFolders.file;
import static dev.vsplit.output.OutputFolders.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.output.OutputDirectory.Hook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class OutputLockTest {

  @TempDir Path tmp;

  private static final List<GeneratedFile> ONE =
      List.of(
          file("ns1/virtualservice-a.yaml", "a: 1\n"), file("ns1/virtualservice-b.yaml", "b: 1\n"));
  private static final List<GeneratedFile> TWO =
      List.of(
          file("ns1/virtualservice-a.yaml", "a: 2\n"), file("ns2/virtualservice-c.yaml", "c: 2\n"));

  @Test
  void aSecondGenerationIntoTheSameFolderIsRefusedWhileTheFirstWrites() throws Exception {
    Path dir = tmp.resolve("istio");
    CountDownLatch firstIsWriting = new CountDownLatch(1);
    CountDownLatch secondWasRefused = new CountDownLatch(1);
    Hook waitForTheSecond =
        (step, path) -> {
          if (step == Hook.Step.STAGED) {
            firstIsWriting.countDown();
            try {
              secondWasRefused.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };

    CompletableFuture<WriteResult> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return OutputDirectory.write(dir, ONE, waitForTheSecond);
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            });
    assertThat(firstIsWriting.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Throwable> second =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                OutputDirectory.write(dir, TWO);
                return null;
              } catch (Throwable t) {
                return t;
              } finally {
                secondWasRefused.countDown();
              }
            });

    Throwable refused = second.get(30, TimeUnit.SECONDS);
    assertThat(refused)
        .isInstanceOf(OutputLockedException.class)
        .hasMessage(
            "vsplit wrote nothing to "
                + dir
                + ": another vsplit generation is writing there (another thread of this process ("
                + ProcessHandle.current().pid()
                + ") holds "
                + dir.toRealPath().resolve(".vsplit.lock")
                + "). Wait for it to finish and run again. If no vsplit build is running, delete "
                + dir.toRealPath().resolve(".vsplit.lock")
                + ".");
    assertThat(first.get(30, TimeUnit.SECONDS).written()).hasSize(2);
    assertThat(snapshot(dir))
        .containsOnlyKeys("ns1", "ns1/virtualservice-a.yaml", "ns1/virtualservice-b.yaml");
    assertThat(dir.resolve("ns1/virtualservice-a.yaml")).hasContent(ONE.get(0).content());

    // Once the first is done, the folder is free again.
    OutputDirectory.write(dir, TWO);
    assertThat(snapshot(dir))
        .containsOnlyKeys("ns1", "ns1/virtualservice-a.yaml", "ns2", "ns2/virtualservice-c.yaml");
  }

  @Test
  void aLockFileNobodyHoldsIsStaleAndTakenOver() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("istio"));
    Files.writeString(
        dir.resolve(".vsplit.lock"), "pid=" + ProcessHandle.current().pid() + "\ntoken=old\n");

    assertThat(OutputDirectory.write(dir, ONE).written()).hasSize(2);
    assertThat(dir.resolve(".vsplit.lock")).doesNotExist();
  }

  @Test
  void anotherProcessHoldingTheLockRefusesUntilItDies() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("istio"));
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");

      Throwable refused =
          org.assertj.core.api.Assertions.catchThrowable(() -> OutputDirectory.write(dir, ONE));
      assertThat(refused)
          .isInstanceOf(OutputLockedException.class)
          .hasMessageContaining(
              "another vsplit generation is writing there (process " + holder.pid() + " holds ");
      assertThat(snapshot(dir)).containsOnlyKeys(".vsplit.lock");

      holder
          .destroyForcibly()
          .waitFor(); // kill -9: the lock file stays behind, the OS lock does not
      assertThat(dir.resolve(".vsplit.lock")).exists();
      assertThat(OutputDirectory.write(dir, ONE).written()).hasSize(2);
      assertThat(dir.resolve(".vsplit.lock")).doesNotExist();
    } finally {
      holder.destroyForcibly();
    }
  }

  /** Holds the lock on a folder until killed. */
  static final class LockHolder {
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]).toRealPath();
      OutputLock lock = OutputLock.acquire(dir, dir);
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(60_000);
      lock.close();
    }
  }
}
