package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The parser's exceptions as problems a person can act on: placed at the file's line and column
 * (not the document's, not where the parser happened to stand), snakeyaml's snippets left out, a
 * parser constraint named as the {@link ReadLimits} limit it stands for, and a hint where the cause
 * is a known trap (a map on the {@code ---} line, a tab as indentation, a key too long).
 */
final class ParseErrors {

  private ParseErrors() {}

  /** A document that breaks a parser constraint: the read limit it stands for, at {@code where}. */
  static YamlProblem overLimit(
      StreamConstraintsException e, Location where, String path, ReadLimits limits) {
    return YamlProblem.overLimit(where, path, constraintMessage(e, limits), limitOf(e));
  }

  /** A document that is not valid YAML. {@code last}: where the parser stood last. */
  static YamlProblem syntax(
      JacksonException e, String file, DocumentSplitter.Chunk chunk, Location last) {
    Location where = syntaxLocation(e, file, chunk, last);
    String message = syntaxMessage(e);
    if (chunk.markerLine() && where.line() == chunk.firstLine()) {
      message +=
          "; after \"---\" on the same line only a comment, a scalar or a {...}/[...] value may follow:"
              + " start the manifest on the next line";
    }
    if (message.endsWith("while scanning a simple key; could not find expected ':'")
        && longKeyAt(chunk, where)) {
      // YAML caps a key written without "? " at 1024 characters; the ':' is there, only too far.
      message += "; a key written without \"? \" may be at most 1024 characters long";
    }
    return new YamlProblem(where, "", message);
  }

  /** Malformed input that snakeyaml-engine reports with its own unchecked exceptions. */
  static YamlProblem unexpected(RuntimeException e, Location at) {
    return new YamlProblem(at, "", "cannot parse YAML: " + firstLine(e.getMessage()));
  }

  static String tooLong(ReadLimits limits) {
    return "a string longer than the limit of "
        + limits.maxScalarLength()
        + " characters; no Istio field needs one this long (maxScalarLength)";
  }

  static String tooDeep(ReadLimits limits) {
    return "nesting deeper than " + limits.maxDepth() + " levels; no Istio resource is this deep";
  }

  /**
   * Whether the line of {@code where} has a ':' more than 1024 characters after the start of its
   * key.
   */
  private static boolean longKeyAt(DocumentSplitter.Chunk chunk, Location where) {
    String[] lines = chunk.text().split("\n", -1);
    int index = where.line() - chunk.firstLine();
    if (index < 0 || index >= lines.length) {
      return false;
    }
    String line = lines[index];
    String key = line.stripLeading();
    int colon = key.indexOf(':', 1024);
    return colon > 0;
  }

  /**
   * The read limit a parser constraint stands for, or {@code null} for Jackson's own fixed ones.
   */
  private static String limitOf(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("String value length")) {
      return "maxScalarLength";
    }
    if (message.startsWith("Document length")) {
      return "maxFileBytes";
    }
    return message.contains("nesting depth") ? "maxDepth" : null;
  }

  private static String constraintMessage(StreamConstraintsException e, ReadLimits limits) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("String value length")) {
      return tooLong(limits);
    }
    if (message.startsWith("Document length")) {
      return "the document is longer than the limit of "
          + limits.maxFileBytes()
          + " characters (maxFileBytes)";
    }
    if (message.startsWith("Name length")) {
      return "a key longer than the limit of "
          + StreamReadConstraints.DEFAULT_MAX_NAME_LEN
          + " characters";
    }
    if (message.contains("nesting depth")) {
      return tooDeep(limits);
    }
    return "the document exceeds a reading limit: " + firstLine(message);
  }

  /**
   * Where snakeyaml found the error (its problem mark); Jackson's own location is where its parser
   * stood, which for a tab used as indentation is the line before. An error at the end of the
   * document ("expected ']' but got stream end") is placed where Jackson stood, the end of the last
   * value, rather than on the next document's marker.
   */
  private static Location syntaxLocation(
      JacksonException e, String file, DocumentSplitter.Chunk chunk, Location last) {
    int lineOffset = chunk.firstLine() - 1;
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYamlEngineException marked
          && marked.getProblemMark().isPresent()) {
        Mark mark = marked.getProblemMark().get();
        if (mark.getIndex() < chunk.text().stripTrailing().length()) {
          return new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }
      }
    }
    return e.getLocation() == null ? last : YamlParsers.location(file, e.getLocation(), lineOffset);
  }

  private static String syntaxMessage(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "cannot parse YAML";
    }
    // snakeyaml's messages carry a snippet with an "in reader, line N" that counts within the
    // document; the location printed before the message is the one that counts.
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()
          || l.startsWith("in reader")
          || l.startsWith("^")
          || line.startsWith("    ")) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(l);
    }
    String text = out.toString();
    if (text.contains("\\t(TAB)")) {
      return "YAML syntax error: a tab is used for indentation; YAML allows only spaces there";
    }
    return "YAML syntax error: " + text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
