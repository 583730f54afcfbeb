package dev.vsplit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.model.HTTPMatchRequest;
import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.StringMatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the primary route adds nothing to a delegate route, the merge keeps the delegate's own
 * objects (the usual case, 250,000 times at N = 10,000); when it adds anything, it builds new ones
 * with the primary's part in them.
 */
class MergeReuseTest {

  static HTTPMatchRequest prefix(String path) {
    return HTTPMatchRequest.uri(StringMatch.prefix(path));
  }

  static final HTTPRoute PRIMARY = HTTPRoute.EMPTY.withMatch(List.of(prefix("/shop")));

  @Test
  void aMatchTheRootMatchAddsNothingToIsTheDelegatesOwn() {
    HTTPMatchRequest cart = prefix("/shop/cart").withHeaders(Map.of("x", StringMatch.exact("1")));

    assertThat(Merger.mergeMatch(prefix("/shop"), cart)).isSameAs(cart);
  }

  @Test
  void aMatchTheRootMatchAddsAConditionToIsNew() {
    HTTPMatchRequest cart = prefix("/shop/cart");
    HTTPMatchRequest canaryShop = prefix("/shop").withHeaders(Map.of("x", StringMatch.exact("1")));

    HTTPMatchRequest merged = Merger.mergeMatch(canaryShop, cart);

    assertThat(merged).isNotSameAs(cart).isEqualTo(cart.withHeaders(canaryShop.headers()));
  }

  @Test
  void aRouteThePrimaryAddsNothingToIsTheDelegatesOwn() {
    HTTPRoute cart = HTTPRoute.EMPTY.withName("cart").withMatch(List.of(prefix("/shop/cart")));

    assertThat(Merger.mergeRoute(PRIMARY, cart)).isSameAs(cart);
    assertThat(Merger.mergeRoute(HTTPRoute.EMPTY, cart))
        .as("a primary route without match")
        .isSameAs(cart);
  }

  @Test
  void aRouteThePrimaryGivesATimeoutOrANameIsNewWithIt() {
    HTTPRoute cart = HTTPRoute.EMPTY.withName("cart").withMatch(List.of(prefix("/shop/cart")));

    HTTPRoute timed = Merger.mergeRoute(PRIMARY.withTimeout("10s"), cart);
    HTTPRoute named = Merger.mergeRoute(PRIMARY.withName("shop"), cart);

    assertThat(timed).isNotSameAs(cart).isEqualTo(cart.withTimeout("10s"));
    assertThat(timed.match().get(0))
        .as("the match is still the delegate's")
        .isSameAs(cart.match().get(0));
    assertThat(named).isEqualTo(cart.withName("shop-cart"));
  }

  @Test
  void aRouteWhoseMatchTheRootMatchesWidenIntoSeveralIsNew() {
    HTTPMatchRequest canary =
        HTTPMatchRequest.EMPTY.withHeaders(Map.of("x", StringMatch.exact("1")));
    HTTPRoute canaryRoute = HTTPRoute.EMPTY.withMatch(List.of(canary));

    HTTPRoute merged =
        Merger.mergeRoute(
            HTTPRoute.EMPTY.withMatch(List.of(prefix("/shop"), prefix("/store"))), canaryRoute);

    assertThat(merged.match())
        .containsExactly(
            prefix("/shop").withHeaders(canary.headers()),
            prefix("/store").withHeaders(canary.headers()));
  }
}
