/**
 * The command line: {@code java -jar vsplit-cli.jar analyze|explain|plan|generate|check|report|
 * split|scaffold|completion}, on picocli. Each command's options are built from {@code
 * dev.vsplit.api.Options}, the table the Maven plugin's parameters are held to, so both front ends
 * take the same settings with the same defaults and descriptions; {@code CliWording} words the
 * engine's fixes as this program's commands and options. Of vsplit-dsl it uses {@code
 * dev.vsplit.api} and the types the API hands out, as the plugin does: this module's {@code
 * ArchitectureTest} holds it so. Exit codes: 0 clean, 1 findings or drift, 2 usage.
 */
package dev.vsplit.cli;
