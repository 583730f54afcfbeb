package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one naming rule for generated specs, as split and scaffold use it. */
class SpecNamesTest {

  @Test
  void aTeamSpecIsNamedForItsTeamOrForItsSecondaryWhenTheTeamHasSeveral() {
    assertThat(SpecNames.teamSpec("account-pages", "shop-account-pages", true))
        .isEqualTo("AccountPagesRoutes");
    assertThat(SpecNames.teamSpec("web", "web-frontend", false)).isEqualTo("WebFrontendRoutes");
    assertThat(SpecNames.meshSpec("bookinfo")).isEqualTo("BookinfoMesh");
  }

  @Test
  void aTakenNameGetsTheFirstFreeNumber() {
    Set<String> taken = new HashSet<>(Set.of("WebRoutes", "WebRoutes2"));

    assertThat(SpecNames.unique("WebRoutes", taken::add)).isEqualTo("WebRoutes3");
    assertThat(SpecNames.unique("WebRoutes", taken::add)).isEqualTo("WebRoutes4");
    assertThat(SpecNames.unique("ApiRoutes", taken::add)).isEqualTo("ApiRoutes");
  }

  @Test
  void aPlanGetsUniqueConstantsAndClassesAndClashesOfNamedClassesAreReturned() {
    Planner.Team web = new Planner.Team("web", "web", List.of());
    Planner.Team api = new Planner.Team("api", "api", List.of());
    Planner.Secondary webVs = new Planner.Secondary("web", "web", web, null);
    Planner.Secondary front = new Planner.Secondary("front", "web", web, null);
    Planner.Secondary apiVs = new Planner.Secondary("api-vs", "api", api, null);
    Planner.Secondary named = new Planner.Secondary("admin", "api", api, null);
    named.className = "ShopMesh";
    named.explicitClassName = true;

    List<Planner.Secondary> clashes =
        SpecNames.name("ShopMesh", List.of(web, api), List.of(webVs, front, apiVs, named));

    assertThat(clashes).containsExactly(named);
    assertThat(web.constant).isEqualTo("WEB");
    assertThat(webVs.constant).isEqualTo("WEB_VS");
    assertThat(webVs.className).isEqualTo("WebRoutes");
    assertThat(front.className).isEqualTo("FrontRoutes");
    assertThat(apiVs.className).isEqualTo("ApiVsRoutes");
  }
}
