/**
 * Reading and writing YAML. {@link dev.vsplit.yaml.ManifestReader} reads VirtualServices and
 * Gateways from files and folders into the model's records, within {@link
 * dev.vsplit.yaml.ReadLimits}, every problem at its file, line and field ({@link
 * dev.vsplit.yaml.ReadResult}: {@link dev.vsplit.yaml.LoadedResource}s with their {@link
 * dev.vsplit.yaml.SourceMap}, {@link dev.vsplit.yaml.SkippedDocument}s, {@link
 * dev.vsplit.yaml.YamlProblem}s); {@link dev.vsplit.yaml.DocumentReader} reads YAML that is not a
 * manifest (the ownership map) through the same reader and binder; {@link
 * dev.vsplit.yaml.EffectiveRoutesFile} reads an effective-routes document back; {@link
 * dev.vsplit.yaml.YamlWriter} is the one place that renders YAML. May depend on {@code
 * dev.vsplit.model}, {@code dev.vsplit.base} and {@code dev.vsplit.findings}.
 */
package dev.vsplit.yaml;
