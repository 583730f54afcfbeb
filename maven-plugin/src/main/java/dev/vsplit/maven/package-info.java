/**
 * The Maven plugin: one thin mojo per goal ({@code generate}, {@code check}, {@code analyze},
 * {@code explain}, {@code plan}, {@code split}, {@code scaffold}, {@code report}) that turns its
 * parameters into a request to {@code dev.vsplit.api.Vsplit}, prints the findings, and maps the
 * outcome to Maven (a {@code MojoFailureException} for what the user must fix, a {@code
 * MojoExecutionException} for I/O errors and bugs); {@link dev.vsplit.maven.OwnershipEntry} is an
 * ownership-map entry written in the plugin configuration, and {@code MavenWording} words each fix
 * the engine states in neutral terms as a Maven command or setting. Of vsplit-dsl it uses {@code
 * dev.vsplit.api} and the types the API hands out (findings, reports, results), never {@code
 * assembly}, {@code codegen} or the checker's parts: this module's {@code ArchitectureTest} holds
 * it so.
 */
package dev.vsplit.maven;
