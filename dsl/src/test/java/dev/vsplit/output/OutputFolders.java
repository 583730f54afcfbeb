package dev.vsplit.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: a whole folder as text, to compare before and after. */
final class OutputFolders {
  private OutputFolders() {}

  /**
   * Every entry under {@code dir}, relative path to content ({@code <dir>} for folders, {@code ->
   * target} for links).
   */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(p -> !p.equals(dir))
          .forEach(
              p -> {
                String key = dir.relativize(p).toString().replace('\\', '/');
                try {
                  if (Files.isSymbolicLink(p)) {
                    out.put(key, "-> " + Files.readSymbolicLink(p));
                  } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, "<dir>");
                  } else {
                    out.put(key, Files.readString(p, StandardCharsets.UTF_8));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static GeneratedFile file(String path, String body) {
    return new GeneratedFile(path, body, "dev.example.IdentityRoutes");
  }
}
