package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.faults.Folders;
import dev.vsplit.fuzz.FuzzRun;
import dev.vsplit.output.OutputDirectory.Hook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random names and contents into {@link OutputDirectory#write}, over a folder that already holds
 * random earlier output, hand edits, foreign files and symbolic links (some leading outside), with
 * an I/O error or a bug injected at a random step in one case of three. Invariants:
 *
 * <ul>
 *   <li>the write either completes, leaving exactly the files asked for (and {@code check} then
 *       finds nothing to change), or throws one of our typed refusals or the injected error,
 *       leaving the folder byte for byte as it was: never a partial output;
 *   <li>nothing outside the folder changes, whatever the names and links;
 *   <li>no lock file or staging folder is left behind.
 * </ul>
 */
class OutputDirectoryFuzzTest {

  static final String NAME = "output";

  @TempDir Path tmp;

  private static final String[] SEGMENTS = {
    "ns1",
    "ns2",
    "default",
    "virtualservice-a.yaml",
    "virtualservice-b.yaml",
    "gateway-gw.yaml",
    "kustomization.yaml",
    "CODEOWNERS",
    "effective-routes.yaml",
    "NS1",
    "Ns1",
    "ünï",
    "日本.yaml",
    "🦄",
    "..",
    ".",
    "",
    ".git",
    ".vsplit.lock",
    ".vsplit-staging-1",
    ".vsplitx",
    "a\\b",
    "C:",
    "x:y",
    "a\u0000b",
    "tab\there",
    "new\nline",
    " ",
    "-",
    "~",
    "con",
    "nul",
    "a.yaml.",
    "README.md",
    "link",
    "outside-link"
  };

  private static String segment(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> "s".repeat(1 + random.nextInt(300));
      case 1 -> "é".repeat(100 + random.nextInt(60)); // two bytes a character: 200-320 bytes
      default -> SEGMENTS[random.nextInt(SEGMENTS.length)];
    };
  }

  private static String path(Random random) {
    if (random.nextInt(20) == 0) { // deep: past PATH_MAX (4096 bytes) once joined to the folder
      StringBuilder deep = new StringBuilder();
      for (int i = 0; i < 10 + random.nextInt(15); i++) {
        deep.append("d".repeat(200 + random.nextInt(55))).append('/');
      }
      return deep.append("x.yaml").toString();
    }
    StringBuilder p = new StringBuilder(random.nextInt(15) == 0 ? "/" : "");
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      p.append(segment(random));
      if (i < n - 1) {
        p.append(random.nextInt(20) == 0 ? "//" : "/");
      }
    }
    if (random.nextInt(20) == 0) {
      p.append('/');
    }
    return p.toString();
  }

  /** Paths that pass every check, for the earlier output. */
  private static String safePath(Random random) {
    String[] folders = {"ns1", "ns2", "default", "api"};
    String[] names = {
      "virtualservice-a.yaml", "virtualservice-b.yaml", "gateway-gw.yaml", "virtualservice-ünï.yaml"
    };
    return random.nextInt(4) == 0
        ? "kustomization.yaml"
        : folders[random.nextInt(folders.length)] + "/" + names[random.nextInt(names.length)];
  }

  private static String content(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> "a: 1\r\nb: 2\r\n";
      case 2 -> Header.PREFIX + "someone.Else. Do not edit\nx: y\n";
      case 3 -> "x: " + "ü🦄\u2028".repeat(random.nextInt(50)) + "\n";
      case 4 -> "big: " + "z".repeat(random.nextInt(200_000)) + "\n";
      default -> "k" + random.nextInt(5) + ": v" + random.nextInt(5) + "\n";
    };
  }

  private static GeneratedFile file(String path, String body) {
    return new GeneratedFile(path, body, "dev.example.FuzzSpec");
  }

  @Test
  void randomNamesContentsAndFailuresNeverLeaveAPartialOutputNorWriteOutsideTheFolder() {
    FuzzRun.Stats stats =
        FuzzRun.run(
            NAME,
            FuzzRun.cases(400),
            (seed, s) -> {
              Path root = Files.createDirectories(tmp.resolve(Long.toHexString(seed)));
              try {
                runCase(seed, root, s);
              } finally {
                Folders.delete(root);
              }
            });
    assertThat(stats.cases() + stats.regressions()).isPositive();
  }

  private void runCase(long seed, Path root, FuzzRun.Stats stats) throws IOException {
    Random random = new Random(seed);
    Path dir = root.resolve("istio");
    Path outside = Files.createDirectories(root.resolve("outside"));
    OutputDirectory.write(
        outside,
        List.of(file("virtualservice-a.yaml", "precious: 1\n"), file("ns1/x.yaml", "x: 1\n")));

    // The earlier output, then what people and tools did to the folder since.
    List<GeneratedFile> earlier = new ArrayList<>();
    Map<String, GeneratedFile> byPath = new LinkedHashMap<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      GeneratedFile f = file(safePath(random), content(random));
      if (byPath.keySet().stream().noneMatch(p -> p.equalsIgnoreCase(f.path()))) {
        byPath.put(f.path(), f);
      }
    }
    earlier.addAll(byPath.values());
    OutputDirectory.write(dir, earlier);
    disturb(dir, outside, earlier, random, stats);

    // The next output: any names, any contents, some of the earlier paths.
    // Half the cases only have names that pass (to reach the write), half any name at all.
    boolean hostileNames = random.nextBoolean();
    stats.count(hostileNames ? "names:any" : "names:valid");
    List<GeneratedFile> next = new ArrayList<>();
    for (int i = random.nextInt(8); i > 0; i--) {
      String path =
          !earlier.isEmpty() && random.nextInt(3) == 0
              ? earlier.get(random.nextInt(earlier.size())).path()
              : hostileNames ? path(random) : safePath(random);
      if (hostileNames || next.stream().noneMatch(f -> f.path().equals(path))) {
        next.add(file(path, content(random)));
      }
    }

    Map<String, String> before = Folders.snapshot(dir);
    Map<String, String> outsideBefore = Folders.snapshot(outside);
    AtomicBoolean injected = new AtomicBoolean();
    Hook hook = Hook.NONE;
    if (random.nextInt(3) == 0) {
      Hook.Step at = Hook.Step.values()[random.nextInt(3)];
      int occurrence = 1 + random.nextInt(3);
      boolean io = random.nextBoolean();
      AtomicInteger seen = new AtomicInteger();
      hook =
          (step, path) -> {
            if (step == at && seen.incrementAndGet() == occurrence) {
              injected.set(true);
              if (io) {
                throw new IOException("injected at " + step + " " + path);
              }
              throw new IllegalStateException("injected bug at " + step + " " + path);
            }
          };
    }

    Throwable failure = null;
    try {
      OutputDirectory.write(dir, next, hook);
    } catch (OutputRefusedException e) {
      failure = e;
      stats.count("refused:" + e.getClass().getSimpleName());
    } catch (IOException | RuntimeException e) {
      if (!injected.get()) {
        throw new AssertionError(
            "write failed with an error that is neither a refusal nor the injected one", e);
      }
      failure = e;
      stats.count("injected-failure");
    }

    assertThat(Folders.snapshot(outside))
        .as("the folder beside the output")
        .isEqualTo(outsideBefore);
    Map<String, String> after = Folders.snapshot(dir);
    assertThat(after.keySet())
        .as("vsplit's lock and staging folders are gone")
        .noneMatch(k -> k.startsWith(".vsplit"));
    if (failure != null) {
      assertThat(after)
          .as("a failed write leaves the folder as it was (%s)", failure)
          .isEqualTo(before);
      return;
    }
    stats.count("written");
    Path real = dir.toRealPath();
    for (GeneratedFile f : next) {
      Path written = dir.resolve(f.path());
      assertThat(written.toRealPath()).as(f.path()).startsWith(real);
      assertThat(Files.isSymbolicLink(written)).isFalse();
      assertThat(new String(Files.readAllBytes(written), StandardCharsets.UTF_8))
          .as(f.path())
          .isEqualTo(f.content());
    }
    for (var e : before.entrySet()) {
      boolean produced = next.stream().anyMatch(f -> pathKey(dir, f.path()).equals(e.getKey()));
      boolean generated = e.getValue().startsWith(Header.PREFIX);
      boolean folder = e.getValue().equals("<dir>"); // emptied by the write, and removed
      if (!produced && !generated && !folder) {
        assertThat(after)
            .as("a file vsplit did not write stays")
            .containsEntry(e.getKey(), e.getValue());
      }
    }
    assertThat(OutputDirectory.check(dir, next).isClean()).as("check after write").isTrue();
  }

  /**
   * The key a path has in a snapshot: through links inside the folder, to where the file really is.
   */
  private static String pathKey(Path dir, String path) {
    try {
      return dir.toRealPath().relativize(dir.resolve(path).toRealPath()).toString();
    } catch (IOException e) {
      return path;
    }
  }

  /** Hand edits, foreign files, links inside and out, as a real folder may hold them. */
  private static void disturb(
      Path dir, Path outside, List<GeneratedFile> earlier, Random random, FuzzRun.Stats stats)
      throws IOException {
    for (int i = random.nextInt(4); i > 0; i--) {
      try {
        disturbOnce(dir, outside, earlier, random, stats);
      } catch (java.nio.file.FileSystemException inTheWay) {
        // an earlier disturbance (a link where a folder would go) is in the way: fine
      }
    }
  }

  private static void disturbOnce(
      Path dir, Path outside, List<GeneratedFile> earlier, Random random, FuzzRun.Stats stats)
      throws IOException {
    {
      switch (random.nextInt(5)) {
        case 0 -> {
          if (!earlier.isEmpty()) {
            Path f = dir.resolve(earlier.get(random.nextInt(earlier.size())).path());
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
              Files.writeString(f, Files.readString(f) + "# hotfix\n");
              stats.count("disturb:hand-edit");
            }
          }
        }
        case 1 -> {
          Path f = dir.resolve(safePath(random));
          if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(f.getParent());
            Files.writeString(f, "hand-written: true\n");
            stats.count("disturb:foreign-file");
          }
        }
        case 2 -> {
          Path link = dir.resolve(random.nextBoolean() ? "link" : "ns" + (1 + random.nextInt(2)));
          if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(
                link, random.nextBoolean() ? outside : outside.resolve("virtualservice-a.yaml"));
            stats.count("disturb:link-outside");
          }
        }
        case 3 -> {
          Path link = dir.resolve("outside-link");
          if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir);
            String[] targets = {"ns1", "missing", "outside-link"}; // inside, nowhere, itself
            Files.createSymbolicLink(link, dir.resolve(targets[random.nextInt(targets.length)]));
            stats.count("disturb:link-inside");
          }
        }
        default -> {
          Path f =
              dir.resolve(
                  "NS1".toLowerCase(Locale.ROOT).equals("ns1") && random.nextBoolean()
                      ? "README.md"
                      : "ns2/notes.txt");
          Files.createDirectories(f.getParent());
          Files.writeString(f, "notes\n");
          stats.count("disturb:notes");
        }
      }
    }
  }
}
