package dev.vsplit.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file vsplit generates into the output folder.
 *
 * @param path where it goes, relative to the output folder, folders separated by {@code /}, e.g.
 *     {@code ns1/virtualservice-vs-1.yaml} (see {@link OutputLayout#pathOf}); checked for safety by
 *     {@link OutputDirectory}, which refuses paths that are absolute or lead outside the folder
 * @param body the file's content without the {@link Header} line
 * @param source the spec class (or classes, comma-separated) it came from, e.g. {@code
 *     dev.example.IdentityRoutes}; one line
 */
public record GeneratedFile(String path, String body, String source) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Header.checkSource(source);
  }

  /**
   * The file as written: the header line naming {@link #source} and hashing {@link #body}, then the
   * body.
   */
  public String content() {
    return Header.file(source, body);
  }

  byte[] bytes() {
    return content().getBytes(StandardCharsets.UTF_8);
  }
}
