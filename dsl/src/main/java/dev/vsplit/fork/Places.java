package dev.vsplit.fork;

import dev.vsplit.Team;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each team's specs live, as the administrator declared it ({@link Team#specPackage}, {@link
 * Team#specFolder}), and which team's place holds a class.
 *
 * @param teams the teams, with their places
 * @param projectDirectory the project's folder, which a team's folder is relative to
 * @param sourceRoots the Java source folders, to find a class's source file
 */
record Places(List<Team> teams, Path projectDirectory, List<Path> sourceRoots) {

  /**
   * Copies the lists.
   *
   * @param teams the teams, with their places
   * @param projectDirectory the project's folder
   * @param sourceRoots the Java source folders
   */
  public Places {
    teams = List.copyOf(teams);
    sourceRoots = List.copyOf(sourceRoots);
  }

  /**
   * The team whose place holds the class: its package is the team's package or inside it, or its
   * source file lies in the team's folder. The most specific place wins (a team's package inside
   * another's).
   *
   * @param className the class's binary name
   * @return the team, or {@code null} when no team's place holds it
   */
  public Team teamOf(String className) {
    String pkg =
        className.lastIndexOf('.') < 0 ? "" : className.substring(0, className.lastIndexOf('.'));
    Path source = sourceFile(className);
    Team best = null;
    int bestLength = -1;
    for (Team t : teams) {
      int length = -1;
      if (t.specPackage() != null
          && (pkg.equals(t.specPackage()) || pkg.startsWith(t.specPackage() + "."))) {
        length = t.specPackage().length();
      } else if (t.specFolder() != null && source != null) {
        Path folder = projectDirectory.resolve(t.specFolder()).toAbsolutePath().normalize();
        if (source.startsWith(folder)) {
          length = folder.toString().length();
        }
      }
      if (length > bestLength) {
        best = t;
        bestLength = length;
      }
    }
    return best;
  }

  /**
   * Each team's place as a message shows it: {@code identity: package com.acme.identity}.
   *
   * @return one entry per team that has a place
   */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Team t : teams) {
      if (t.specPackage() != null) {
        out.add(t.name() + ": package " + t.specPackage());
      } else if (t.specFolder() != null) {
        out.add(t.name() + ": folder " + t.specFolder());
      }
    }
    return out;
  }

  /** The class's source file, absolute, when a source root holds it. */
  Path sourceFile(String className) {
    String top = className.replaceAll("\\$.*", "");
    String relative = top.replace('.', '/') + ".java";
    for (Path root : sourceRoots) {
      Path candidate = root.resolve(relative).toAbsolutePath().normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
