package dev.vsplit.findings;

/**
 * How a front end words a {@link Fix}: its table of commands, settings and operation names. The
 * Maven plugin words {@code Fix.regenerate()} as the build command that runs its generate goal; a
 * command line would word it as its own command. Requests carry the wording of the front end that
 * makes them, and everything the engine writes for the user (findings, the generated files' header,
 * generated sources, a proposed ownership map, exception messages) takes its commands and settings
 * from it.
 *
 * <p>A wording must give every {@link Fix.Kind} words; it may give none ({@code ""}) to {@link
 * Fix.Kind#COMPILE}, whose words are an aside.
 */
@FunctionalInterface
public interface Wording {

  /**
   * The engine's own words, for a caller with no front end of its own: the operations by the
   * methods of {@code dev.vsplit.api.Vsplit} ({@code Vsplit.split}), settings by name ({@code
   * allowPartial=true}), and plain verbs ({@code regenerate}, {@code raise the read limit
   * maxFileBytes}); compiling is left to the caller's build.
   */
  Wording NEUTRAL =
      new Wording() {
        @Override
        public String word(Fix fix) {
          return switch (fix.kind()) {
            case REGENERATE -> "regenerate";
            case COMPILE -> "";
            case RUN, OPERATION -> "Vsplit." + fix.subject();
            case SETTING -> fix.subject() + (fix.value() == null ? "" : "=" + fix.value());
            case PARAMETER, CONFIGURATION -> fix.subject();
            case RAISE_READ_LIMIT -> "raise the read limit " + fix.subject();
            case LAUNCHER -> "vsplit";
          };
        }

        @Override
        public String toString() {
          return "Wording.NEUTRAL";
        }
      };

  /** The words for {@code fix} in this front end. */
  String word(Fix fix);

  /**
   * The words in parentheses, after a space ({@code " (Vsplit.scaffold)"}); nothing when there are
   * none.
   */
  default String aside(Fix fix) {
    String words = word(fix);
    return words.isEmpty() ? "" : " (" + words + ")";
  }
}
