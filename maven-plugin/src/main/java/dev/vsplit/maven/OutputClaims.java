package dev.vsplit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Which {@code generate} execution writes which output folder in this build. A generation owns its
 * folder: it deletes the files it generated earlier and no longer produces. So two executions with
 * different specs writing one folder (two {@code <execution>}s of one pom, or two modules sharing a
 * folder) would delete each other's files in turn, and the folder would hold whichever ran last.
 * The second one is refused. Executions running at the same time are kept apart by the lock in the
 * folder as well; this catches the ones that run one after the other, which no lock sees.
 *
 * <p>Claims live as long as the build (the key is the Maven session, held weakly), and the same
 * project running the same specs into the same folder again (say {@code mvn process-classes
 * vsplit:generate}) is no conflict.
 */
final class OutputClaims {

  /** One execution's claim: what it is, for the message, and what it writes, to compare. */
  record Claim(String project, String execution, List<String> specs) {
    boolean sameWork(Claim other) {
      return project.equals(other.project) && specs.equals(other.specs);
    }

    String describe() {
      return "execution '" + execution + "' of " + project;
    }
  }

  private static final Map<Object, Map<Path, Claim>> BY_BUILD = new WeakHashMap<>();

  private OutputClaims() {}

  /**
   * Records that {@code claim} writes {@code folder} in the build {@code session}, or refuses when
   * another execution with other work claimed it first.
   */
  static void claim(Object session, Path folder, Claim claim, String shownFolder)
      throws MojoFailureException {
    Path key = canonical(folder);
    Claim first;
    synchronized (BY_BUILD) {
      first = BY_BUILD.computeIfAbsent(session, s -> new HashMap<>()).putIfAbsent(key, claim);
    }
    if (first != null && !first.sameWork(claim)) {
      throw new MojoFailureException(
          "vsplit: "
              + shownFolder
              + " is the output folder of "
              + first.describe()
              + " in this build already; "
              + claim.describe()
              + " writing it too would delete the files the other one"
              + " generated (a generation removes the files it no longer produces). Nothing was written by "
              + claim.describe()
              + ". Give each execution its own <outputDirectory>, or run all the specs in one execution.");
    }
  }

  /**
   * The folder as the file system knows it, through links; as written when it does not exist yet.
   */
  private static Path canonical(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException notYet) {
      return abs;
    }
  }
}
