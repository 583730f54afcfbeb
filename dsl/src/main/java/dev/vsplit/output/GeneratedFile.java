package dev.vsplit.output;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;
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
 * @param regenerate how its header says to regenerate it, in the front end's words ({@link
 *     Fix#regenerate()}), e.g. {@code regenerate}; one line
 */
public record GeneratedFile(String path, String body, String source, String regenerate) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Header.checkSource(source);
    Header.checkRegenerate(regenerate);
  }

  /**
   * A file whose header says to regenerate it in the engine's own words ({@link Wording#NEUTRAL}).
   */
  public GeneratedFile(String path, String body, String source) {
    this(path, body, source, Wording.NEUTRAL.word(Fix.regenerate()));
  }

  /**
   * The file as written: the header line naming {@link #source} and hashing {@link #body}, then the
   * body.
   */
  public String content() {
    return Header.file(source, body, regenerate);
  }

  byte[] bytes() {
    return content().getBytes(StandardCharsets.UTF_8);
  }
}
