/**
 * Running spec code out of the build's JVM: the administrator's mesh specs in one forked JVM, each
 * team's specs in one of their own, each run handing back data ({@link
 * dev.vsplit.assembly.SpecData}) that the build's JVM reads as untrusted input. A spec that ends
 * its JVM, crashes, hangs or writes garbage fails the build (VS222); what one team's code does
 * inside its JVM (reflection, {@code Unsafe}, rewriting the shared {@code Team} and {@code
 * Secondary} values) reaches no other team's result and not the administrator's declarations.
 */
package dev.vsplit.fork;
