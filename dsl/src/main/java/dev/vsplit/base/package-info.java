/**
 * Small values every layer shares, kept low so that no package depends on another just for them:
 * where something was written ({@link dev.vsplit.base.Location}, and {@link
 * dev.vsplit.base.CallSite} for the user's line that called the DSL), field paths inside a resource
 * ({@link dev.vsplit.base.FieldPath}), matches described for messages ({@link
 * dev.vsplit.base.Describe}), Kubernetes' name rules ({@link dev.vsplit.base.KubernetesNames}) and
 * Go durations as Istio reads them ({@link dev.vsplit.base.Durations}). May depend only on {@code
 * dev.vsplit.model}.
 */
package dev.vsplit.base;
