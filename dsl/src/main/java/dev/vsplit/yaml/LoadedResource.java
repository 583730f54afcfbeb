package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import dev.vsplit.model.IstioResource;

/**
 * A resource read from YAML, with where it was written.
 *
 * @param resource the resource, its namespace defaulted when the manifest had none
 * @param location the file and the line its document starts at
 * @param source lines of its fields, for findings
 * @param namespaceDefaulted whether {@code metadata.namespace} was missing and filled in
 */
public record LoadedResource(
    IstioResource resource, Location location, SourceMap source, boolean namespaceDefaulted) {

  /** A resource built in code rather than read: every field is located at {@code at}. */
  public static LoadedResource of(IstioResource resource, Location at) {
    return new LoadedResource(resource, at, SourceMap.none(at), false);
  }
}
