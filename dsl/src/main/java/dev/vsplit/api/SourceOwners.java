package dev.vsplit.api;

import dev.vsplit.Secondary;
import dev.vsplit.Team;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.output.CodeOwners;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec sources' lines of the CODEOWNERS fragment, repository-relative: each team's place to its
 * owners, then the administrator's mesh spec sources and files to the administrators (last, so that
 * they win where a team's place would hold them). Owners come only from the administrator's
 * declarations.
 */
final class SourceOwners {

  private SourceOwners() {}

  static Map<String, List<String>> of(
      GenerateRequest request, List<String> meshSpecs, Assembler.Result result) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Map<String, Team> teams = new LinkedHashMap<>();
    for (Secondary s : result.scopes().keySet()) {
      teams.putIfAbsent(s.team().name(), s.team());
    }
    for (Team t : teams.values()) {
      if (t.owners().isEmpty()) {
        continue;
      }
      if (t.specPackage() != null) {
        for (Path root : request.sourceRoots()) {
          Path folder = root.resolve(t.specPackage().replace('.', '/'));
          if (Files.isDirectory(folder) && inProject(request, folder)) {
            out.put(CodeOwners.repositoryRelativePrefix(folder) + "/", t.owners());
          }
        }
      } else if (t.specFolder() != null) {
        Path folder = request.projectDirectory().resolve(t.specFolder());
        out.put(CodeOwners.repositoryRelativePrefix(folder) + "/", t.owners());
      }
    }
    List<String> admins = result.adminOwners();
    if (admins.isEmpty()) {
      return out;
    }
    for (String spec : meshSpecs) {
      String file = spec.replaceAll("\\$.*", "").replace('.', '/') + ".java";
      for (Path root : request.sourceRoots()) {
        if (Files.isRegularFile(root.resolve(file)) && inProject(request, root.resolve(file))) {
          out.put(CodeOwners.repositoryRelativePrefix(root.resolve(file)), admins);
        }
      }
    }
    for (Path file : request.adminFiles()) {
      out.put(CodeOwners.repositoryRelativePrefix(file), admins);
    }
    return out;
  }

  /** Only the project's own sources: a source root elsewhere is another project's to own. */
  private static boolean inProject(GenerateRequest request, Path path) {
    return path.toAbsolutePath()
        .normalize()
        .startsWith(request.projectDirectory().toAbsolutePath().normalize());
  }
}
