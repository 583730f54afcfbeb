package dev.vsplit.assembly;

import java.util.List;

/** What one team's specs wrote, read back from their run ({@link SpecData#readTeams}). */
public final class TeamData {

  final List<WrittenRoutes> written;

  TeamData(List<WrittenRoutes> written) {
    this.written = List.copyOf(written);
  }

  /**
   * The spec classes the result speaks for.
   *
   * @return class names, in the order they ran
   */
  public List<String> specs() {
    return written.stream().map(WrittenRoutes::spec).toList();
  }
}
