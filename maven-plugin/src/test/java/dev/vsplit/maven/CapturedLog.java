package dev.vsplit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * What a goal logs, line by line as Maven prints it ({@code [INFO] ...}), instead of on the
 * console.
 */
final class CapturedLog {

  private CapturedLog() {}

  /** The lines {@code mojo} logs from now on; the list fills as it runs. */
  static List<String> of(AbstractMojo mojo) {
    return into(mojo, new ArrayList<>());
  }

  /** Adds the lines {@code mojo} logs from now on to {@code log}. */
  static List<String> into(AbstractMojo mojo, List<String> log) {
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            log.add("[INFO] " + content);
          }

          @Override
          public void warn(CharSequence content) {
            log.add("[WARNING] " + content);
          }

          @Override
          public void error(CharSequence content) {
            log.add("[ERROR] " + content);
          }
        });
    return log;
  }
}
