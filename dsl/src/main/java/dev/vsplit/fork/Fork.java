package dev.vsplit.fork;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One forked JVM running {@link ForkMain}: started at once, then {@link #await awaited}. Its output
 * goes to a file (never a pipe that a chatty spec could fill and block), and only the end of it is
 * read back.
 */
final class Fork {

  /** How much of a fork's output a message shows, from its end. */
  static final int OUTPUT_SHOWN = 4000;

  /**
   * What a fork ended with: its result's bytes, or why there are none. A class, not a record: a
   * record's equality would compare the array by identity.
   */
  static final class Ended {
    private final byte[] result;
    private final String problem;
    private final String output;

    Ended(byte[] result, String problem, String output) {
      this.result = result;
      this.problem = problem;
      this.output = output;
    }

    /** The result's bytes, or {@code null} when there are none. */
    byte[] result() {
      return result;
    }

    /** Why there is no result, or {@code null}. */
    String problem() {
      return problem;
    }

    /** The end of the fork's output. */
    String output() {
      return output;
    }
  }

  private final Process process;
  private final Path resultFile;
  private final Path outputFile;
  private final long started = System.nanoTime();

  private Fork(Process process, Path resultFile, Path outputFile) {
    this.process = process;
    this.resultFile = resultFile;
    this.outputFile = outputFile;
  }

  /**
   * Starts {@code java -cp <classpath> ForkMain <args>} in {@code workDirectory}, which receives
   * the result and output files named by {@code id}.
   */
  static Fork start(
      List<Path> classpath,
      List<String> jvmOptions,
      Path workDirectory,
      String id,
      List<String> args)
      throws IOException {
    Path result = workDirectory.resolve(id + ".result");
    Path output = workDirectory.resolve(id + ".out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    command.add(ForkMain.class.getName());
    command.add(args.get(0));
    command.add(result.toString());
    command.addAll(args.subList(1, args.size()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    return new Fork(builder.start(), result, output);
  }

  private static File nullDevice() {
    return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
  }

  /**
   * Waits for the fork until {@code timeout} after it started; a fork still running then is killed
   * with everything it started.
   */
  Ended await(Duration timeout) throws InterruptedException, IOException {
    long left = timeout.toNanos() - (System.nanoTime() - started);
    if (!process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      return new Ended(
          null,
          "did not finish within "
              + timeout.toSeconds()
              + " s and was stopped (raise the fork timeout if it needs longer)",
          output());
    }
    int exit = process.exitValue();
    boolean hasResult = Files.isRegularFile(resultFile);
    if (exit != 0 || !hasResult) {
      return new Ended(
          null,
          "exited with code "
              + exit
              + (hasResult ? "" : " before writing its result")
              + (exit == 0 ? " (a spec called System.exit?)" : ""),
          output());
    }
    long size = Files.size(resultFile);
    if (size > dev.vsplit.assembly.SpecData.MAX_BYTES) {
      return new Ended(
          null,
          "wrote a result of "
              + size
              + " bytes, more than the "
              + dev.vsplit.assembly.SpecData.MAX_BYTES
              + " read",
          output());
    }
    return new Ended(Files.readAllBytes(resultFile), null, output());
  }

  /** Stops the fork and everything it started: its result is not wanted. */
  void stop() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** The end of what the fork printed. */
  private String output() throws IOException {
    if (!Files.isRegularFile(outputFile)) {
      return "";
    }
    try (RandomAccessFile file = new RandomAccessFile(outputFile.toFile(), "r")) {
      long length = file.length();
      int n = (int) Math.min(length, OUTPUT_SHOWN);
      byte[] bytes = new byte[n];
      file.seek(length - n);
      file.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return length > n ? "..." + text : text;
    }
  }
}
