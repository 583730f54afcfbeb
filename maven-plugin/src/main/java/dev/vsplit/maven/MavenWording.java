package dev.vsplit.maven;

import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;

/**
 * The plugin's words for what the engine tells the user to do: its goals ({@code vsplit:split}),
 * the build command that regenerates ({@code mvn process-classes}, where {@code generate} is
 * bound), and its parameters, as user properties ({@code -Dvsplit.allowPartial=true}) or as
 * elements of its configuration ({@code <specs>}). Every request the goals make carries it, so
 * findings, the generated files' header, generated sources and the proposed ownership map name
 * Maven's commands.
 */
enum MavenWording implements Wording {
  INSTANCE;

  /** What the plugin is known by on the command line, in a project that declares it. */
  static final String PREFIX = "vsplit:";

  /**
   * The plugin by its coordinates: what works without a project, where the prefix does not resolve.
   */
  static final String COORDINATES = "dev.vsplit:vsplit-maven-plugin:";

  @Override
  public String word(Fix fix) {
    return switch (fix.kind()) {
      case REGENERATE -> "run 'mvn process-classes'";
      case COMPILE -> "mvn compile" + (fix.subject() == null ? "" : " " + PREFIX + fix.subject());
      // split reads YAML and is run outside any project, where only the coordinates find the plugin
      case RUN -> "mvn " + (fix.subject().equals("split") ? COORDINATES : PREFIX) + fix.subject();
      case OPERATION -> PREFIX + fix.subject();
      case SETTING -> "-Dvsplit." + fix.subject() + (fix.value() == null ? "" : "=" + fix.value());
      case PARAMETER -> "<" + fix.subject() + ">";
      case CONFIGURATION -> "the plugin's <" + fix.subject() + ">";
      case RAISE_READ_LIMIT ->
          "raise <"
              + fix.subject()
              + "> in the plugin's configuration (or -Dvsplit."
              + fix.subject()
              + ")";
      case LAUNCHER -> "Maven";
    };
  }
}
