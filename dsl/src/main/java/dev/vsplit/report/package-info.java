/**
 * Findings and effective routes rendered for people and tools outside the build log: SARIF 2.1.0
 * for code scanning ({@link dev.vsplit.report.Sarif}) and the self-contained HTML route map with
 * its request search ({@link dev.vsplit.report.HtmlReport}). Renderers only: they read findings and
 * effective routes and return text; front ends decide where it goes.
 */
package dev.vsplit.report;
