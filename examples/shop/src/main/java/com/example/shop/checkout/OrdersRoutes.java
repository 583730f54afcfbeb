package com.example.shop.checkout;

import static dev.vsplit.Backend.destination;
import static dev.vsplit.Match.relativePrefix;

import com.example.shop.ShopMesh;
import dev.vsplit.Cors;
import dev.vsplit.Routes;
import dev.vsplit.Secondary;
import dev.vsplit.TeamSpec;

/** Team checkout's public orders API: writes and reads go to separate deployments. */
public final class OrdersRoutes implements TeamSpec {

  @Override
  public Secondary secondary() {
    return ShopMesh.ORDERS_API;
  }

  @Override
  public void define(Routes http) {
    Cors shopOnly =
        Cors.allowOrigins("https://shop.example.com").allowMethods("GET", "POST").maxAge("1h");

    http.route("writes")
        .match(relativePrefix("").method("POST"), relativePrefix("").method("PUT"))
        .to(destination("orders-writer.checkout.svc.cluster.local").port(8080))
        .timeout("15s")
        .cors(shopOnly);

    http.route("reads")
        .match(relativePrefix(""))
        .to(destination("orders-reader.checkout.svc.cluster.local").port(8080))
        .retries(3, "500ms", "5xx,reset")
        .cors(shopOnly);
  }
}
