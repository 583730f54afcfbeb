package dev.vsplit.fork;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** vsplit's own classes and libraries, for a forked JVM's classpath. */
public final class ForkClasspath {

  private ForkClasspath() {}

  /**
   * The classpath that holds vsplit where {@code loader} found it: the URLs of the nearest URL
   * class loader (a Maven plugin's realm: the plugin and its libraries, not Maven's own, which
   * would come before the project's), else this JVM's own classpath.
   *
   * @param loader the class loader that holds vsplit
   * @return folders and jars, in order
   */
  public static List<Path> of(ClassLoader loader) {
    Set<Path> out = new LinkedHashSet<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          if ("file".equals(url.getProtocol())) {
            try {
              out.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
              // not a local file: the fork cannot use it
            }
          }
        }
        return new ArrayList<>(out);
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        out.add(Path.of(entry));
      }
    }
    return new ArrayList<>(out);
  }
}
