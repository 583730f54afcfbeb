package dev.vsplit.cli;

import dev.vsplit.api.Options;
import dev.vsplit.findings.Fix;
import dev.vsplit.findings.Wording;

/**
 * The command line's words for what the engine tells the user to do: its commands ({@code vsplit
 * split}) and options ({@code --allow-partial=true}), as the plugin's {@code MavenWording} words
 * them as goals and {@code -Dvsplit.} properties.
 */
enum CliWording implements Wording {
  INSTANCE;

  /** What the program is called in messages and examples. */
  static final String PROGRAM = "vsplit";

  @Override
  public String word(Fix fix) {
    return switch (fix.kind()) {
      case REGENERATE ->
          "run '" + PROGRAM + " generate --classpath <compiled specs> --specs <your MeshSpec>'";
      case COMPILE ->
          fix.subject() == null
              ? ""
              : "compile the specs, then "
                  + PROGRAM
                  + " "
                  + fix.subject()
                  + " --classpath <classes> --specs <your MeshSpec>";
      case RUN, OPERATION -> PROGRAM + " " + fix.subject();
      case SETTING ->
          Options.flagOf(fix.subject()) + (fix.value() == null ? "" : "=" + fix.value());
      case PARAMETER -> Options.flagOf(fix.subject());
      case CONFIGURATION -> "the option " + Options.flagOf(fix.subject());
      case RAISE_READ_LIMIT -> "raise " + Options.flagOf(fix.subject());
      case LAUNCHER -> "java";
    };
  }
}
