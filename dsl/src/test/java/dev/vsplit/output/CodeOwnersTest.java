package dev.vsplit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeOwnersTest {

  @TempDir Path tmp;

  @Test
  void oneSortedLinePerOwnedFileUnderThePrefix() {
    Map<String, List<String>> owners = new LinkedHashMap<>();
    owners.put("ns1/virtualservice-vs-1.yaml", List.of("@acme/identity", "alice@example.com"));
    owners.put("default/virtualservice-bookinfo.yaml", List.of("@acme/mesh-admins"));
    owners.put("ns2/virtualservice-unowned.yaml", List.of());
    assertThat(CodeOwners.render("deploy/istio/", owners))
        .isEqualTo(
            """
        # Code owners of the files vsplit generates here. GitHub and GitLab read only one CODEOWNERS file \
        (CODEOWNERS, .github/CODEOWNERS or docs/CODEOWNERS): copy these lines into yours, or have CI append this file to it.
        /deploy/istio/default/virtualservice-bookinfo.yaml @acme/mesh-admins
        /deploy/istio/ns1/virtualservice-vs-1.yaml @acme/identity alice@example.com
        """);
  }

  @Test
  void emptyPrefixMeansTheRepositoryRoot() {
    assertThat(CodeOwners.render("", Map.of("kustomization.yaml", List.of("@admin"))))
        .endsWith("\n/kustomization.yaml @admin\n");
  }

  @Test
  void refusesWhatCodeOwnersWouldReadDifferently() {
    assertThatThrownBy(() -> CodeOwners.render("istio", Map.of("a.yaml", List.of("identity-team"))))
        .hasMessage(
            "code owner \"identity-team\" of a.yaml is not an owner GitHub or GitLab accept:"
                + " write @user, @org/team or an e-mail address");
    assertThatThrownBy(() -> CodeOwners.render("my istio", Map.of("a.yaml", List.of("@a"))))
        .hasMessageContaining("contains a space");
    assertThatThrownBy(() -> CodeOwners.render("istio", Map.of("../a.yaml", List.of("@a"))))
        .hasMessageContaining("contains '..'");
  }

  @Test
  void prefixIsThePathFromTheFolderHoldingGit() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectory(repo.resolve(".git"));
    assertThat(CodeOwners.repositoryRelativePrefix(repo.resolve("deploy/istio")))
        .isEqualTo("deploy/istio");
    assertThat(CodeOwners.repositoryRelativePrefix(repo)).isEmpty();

    Path worktree = Files.createDirectories(tmp.resolve("worktree"));
    Files.writeString(
        worktree.resolve(".git"), "gitdir: /elsewhere\n"); // a worktree's .git is a file
    assertThat(CodeOwners.repositoryRelativePrefix(worktree.resolve("istio"))).isEqualTo("istio");
  }

  @Test
  void withoutARepositoryThePrefixIsTheFolderName() {
    // tmp lives under the system temp folder, outside any repository on a build machine
    assertThat(CodeOwners.repositoryRelativePrefix(tmp.resolve("out/istio"))).isEqualTo("istio");
  }
}
