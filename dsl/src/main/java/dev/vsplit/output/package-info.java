/**
 * The checked-in output folder: {@link dev.vsplit.output.OutputDirectory} makes it hold exactly the
 * files the specs produce (atomically, under a lock, only files whose bytes change, refusing hand
 * edits and foreign files with an {@link dev.vsplit.output.OutputRefusedException}) or says how it
 * differs ({@link dev.vsplit.output.Drift}); {@link dev.vsplit.output.OutputLayout} places each
 * resource at {@code <namespace>/<kind>-<name>.yaml}; {@link dev.vsplit.output.Kustomization} and
 * {@link dev.vsplit.output.CodeOwners} write the folder's index and owners; each file's header line
 * carries the SHA-256 that tells a hand edit; {@link dev.vsplit.output.OutputFiles} writes single
 * files atomically. May depend on every package below it: {@code dev.vsplit.model}, {@code base},
 * {@code findings}, {@code yaml}, {@code routing} and {@code rules}.
 */
package dev.vsplit.output;
