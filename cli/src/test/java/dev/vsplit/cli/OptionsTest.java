package dev.vsplit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Option;
import dev.vsplit.api.Options;
import dev.vsplit.findings.Fix;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command is the shared table's setting ({@code dev.vsplit.api.Options}), the
 * one the Maven plugin's parameters are held to: same name, default and description; and every
 * setting the table gives the command line is an option of each command it names.
 */
class OptionsTest {

  @Test
  void everyOptionIsTheTablesSetting() {
    CommandLine cl =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (var e : cl.getSubcommands().entrySet()) {
      String command = e.getKey();
      if (command.equals("completion")) {
        continue;
      }
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        String name = o.longestName();
        Option setting =
            Options.of(command, Option.FrontEnd.COMMAND_LINE).stream()
                .filter(s -> s.flag().equals(name))
                .findFirst()
                .orElse(null);
        if (setting == null) {
          wrong.add(command + " " + name + ": no setting in Options.ALL");
          continue;
        }
        checked++;
        if (!o.description()[0].equals(setting.description())) {
          wrong.add(command + " " + name + ": description differs");
        }
        if (!java.util.Objects.equals(o.defaultValue(), setting.defaultValue())) {
          wrong.add(
              command
                  + " "
                  + name
                  + ": default "
                  + o.defaultValue()
                  + ", the table's "
                  + setting.defaultValue());
        }
      }
      for (Option setting : Options.of(command, Option.FrontEnd.COMMAND_LINE)) {
        if (e.getValue().getCommandSpec().findOption(setting.flag()) == null) {
          wrong.add(command + " lacks " + setting.flag());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void theWordingNamesThisProgramsCommandsAndOptions() {
    CliWording w = CliWording.INSTANCE;
    assertThat(w.word(Fix.setting("allowPartial", "true"))).isEqualTo("--allow-partial=true");
    assertThat(w.word(Fix.run("scaffold"))).isEqualTo("vsplit scaffold");
    assertThat(w.word(Fix.parameter("maxFileBytes"))).isEqualTo("--max-file-bytes");
    assertThat(w.word(Fix.raiseReadLimit("maxDepth"))).isEqualTo("raise --max-depth");
    assertThat(w.word(Fix.regenerate())).contains("vsplit generate");
    for (Fix.Kind kind : Fix.Kind.values()) {
      Fix fix =
          switch (kind) {
            case RUN, OPERATION -> new Fix(kind, "split", null);
            case SETTING, PARAMETER, CONFIGURATION, RAISE_READ_LIMIT ->
                new Fix(kind, "input", null);
            default -> new Fix(kind, null, null);
          };
      assertThat(w.word(fix)).as(kind.name()).doesNotContain("mvn", "-Dvsplit", "vsplit:");
    }
  }
}
