package com.example.specloader;

/**
 * A team spec that says nothing of {@code TeamSpec} itself: everything comes from its base class,
 * so its class file never names the interface.
 */
public final class CatalogRoutes extends BaseRoutes {

  public CatalogRoutes() {
    super(ShopMesh.CATALOG);
  }

  @Override
  protected String host() {
    return "catalog.catalog.svc.cluster.local";
  }
}
