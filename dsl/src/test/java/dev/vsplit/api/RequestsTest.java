package dev.vsplit.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.routing.Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values given beside request lines (explain's host, headers, ...) as both front ends use them.
 */
class RequestsTest {

  @Test
  void whatIsGivenBesideFillsWhatTheLineLeftOut() {
    Request r =
        Requests.withDefaults(
            Request.parse("POST /orders"),
            "shop.example.com",
            List.of("x-canary=true,x-user:ann"),
            "istio-system/shop",
            8080,
            "https",
            "web",
            List.of("app=web"));

    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.host()).isEqualTo("shop.example.com");
    assertThat(r.gateway()).isEqualTo("istio-system/shop");
    assertThat(r.port()).isEqualTo(8080);
    assertThat(r.scheme()).isEqualTo("https");
    assertThat(r.sourceNamespace()).isEqualTo("web");
    assertThat(r.headers())
        .containsExactly(Map.entry("x-canary", "true"), Map.entry("x-user", "ann"));
    assertThat(r.sourceLabels()).containsExactly(Map.entry("app", "web"));
  }

  @Test
  void theLinesOwnValuesWin() {
    Request line =
        Request.get("/login")
            .host("a.example.com")
            .gateway("mesh")
            .port(9090)
            .scheme("https")
            .sourceNamespace("ns1")
            .header("x-canary", "false")
            .sourceLabel("app", "line");

    Request r =
        Requests.withDefaults(
            line,
            "b.example.com",
            List.of("x-canary=true", "x-other=1"),
            "istio-system/shop",
            80,
            "http",
            "ns2",
            List.of("app=given", "tier=front"));

    assertThat(r.host()).isEqualTo("a.example.com");
    assertThat(r.gateway()).isEqualTo("mesh");
    assertThat(r.port()).isEqualTo(9090);
    assertThat(r.scheme()).isEqualTo("https");
    assertThat(r.sourceNamespace()).isEqualTo("ns1");
    assertThat(r.headers()).containsEntry("x-canary", "false").containsEntry("x-other", "1");
    assertThat(r.sourceLabels()).containsEntry("app", "line").containsEntry("tier", "front");
  }

  @Test
  void nothingGivenLeavesTheLineAsItWas() {
    Request line = Request.get("/login").host("a.example.com").header("x-a", "1");

    assertThat(Requests.withDefaults(line, null, null, null, null, null, null, null))
        .isEqualTo(line);
  }
}
